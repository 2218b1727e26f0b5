package org.sitrep.geo;

import java.util.List;

/**
 * A place mention in the text, [start, end) into the article, with every gazetteer entry its name
 * may denote. {@code kind} says whether it named a country, a nationality, or a place; {@code ofActor}
 * marks a nationality that qualifies an armed or official actor ("Russian forces"), which says whose
 * the actor is, not where the story happened.
 */
public record Toponym(String text, int start, int end, int sentence, Kind kind, List<GeoEntry> candidates,
                      boolean ofActor) {
    public enum Kind { PLACE, COUNTRY, DEMONYM }

    public Toponym {
        candidates = List.copyOf(candidates);
    }

    public Toponym(String text, int start, int end, int sentence, Kind kind, List<GeoEntry> candidates) {
        this(text, start, end, sentence, kind, candidates, false);
    }
}
