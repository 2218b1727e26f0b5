package org.sitrep.geo;

import java.util.List;

/**
 * A place mention in the text, [start, end) into the article, with every gazetteer entry its name
 * may denote. {@code kind} says whether it named a country, a nationality, or a place.
 */
public record Toponym(String text, int start, int end, int sentence, Kind kind, List<GeoEntry> candidates) {
    public enum Kind { PLACE, COUNTRY, DEMONYM }

    public Toponym {
        candidates = List.copyOf(candidates);
    }
}
