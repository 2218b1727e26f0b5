package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A name the article once places explicitly ("Parkland, Florida", "Ijara in Garissa county") means that
 * place wherever the article repeats it bare: the reporter does not switch Parklands mid-story.
 * Only a reading the text itself placed spreads, and only to mentions that have it among their candidates
 * and are not placed by the text otherwise.
 */
final class OneSensePerName {
    private OneSensePerName() {
    }

    static List<Resolved> apply(List<Resolved> resolved) {
        Map<String, GeoEntry> placed = new HashMap<>();
        for (Resolved r : resolved) {
            Toponym t = r.toponym();
            if (t.kind() == Toponym.Kind.PLACE && VillagePlacement.heldAsWritten(resolved, r)) {
                placed.putIfAbsent(NameKey.of(t.text()), r.place());
            }
        }
        if (placed.isEmpty()) {
            return resolved;
        }
        List<Resolved> out = new ArrayList<>(resolved.size());
        for (Resolved r : resolved) {
            GeoEntry p = placed.get(NameKey.of(r.toponym().text()));
            if (p != null && r.toponym().within() < 0 && !p.equals(r.place()) && r.toponym().candidates().contains(p)) {
                out.add(new Resolved(r.toponym(), p, r.score(), r.runnersUp()));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
