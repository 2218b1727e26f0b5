package org.sitrep.geo;

import java.util.List;

/** A toponym with the place chosen for it and the runners-up, best first, for callers to inspect. */
public record Resolved(Toponym toponym, GeoEntry place, double score, List<GeoEntry> runnersUp) {
    public Resolved {
        runnersUp = List.copyOf(runnersUp);
    }
}
