package org.sitrep.geo;

import java.util.List;

/**
 * A place mention in the text, [start, end) into the article, with every gazetteer entry its name
 * may denote. {@code kind} says whether it named a country, a nationality, or a place; {@code ofActor}
 * marks a nationality that qualifies an armed or official actor ("Russian forces"), which says whose
 * the actor is, not where the story happened. Candidates from {@code variantsFrom} on are names the text
 * does not spell, only transliterates ("Tell Tamr" for "Tall at Tamr"; those before it, villages spelled
 * exactly): such a mention needs the article's support to stand ({@link #variant}); without variants
 * {@code variantsFrom} is the number of candidates. {@code within}: the start of the mention the text says
 * holds this one, the next ("Palmyra in Homs province", "Nad Ali district of Helmand", "Semdinli, Hakkari",
 * "Playas Tijuana") or its possessive owner before it ("Myanmar's Kani Township"), else -1.
 * {@code inName}: the place begins a longer name, of an organisation, paper or team ("The Washington Post",
 * "Lagos Chamber of Commerce", "Houston Rockets"): a mention of the place, never where an event happened.
 * {@code listedAfter}: the start of the mention this one follows in a list ("Utah, Colorado, and Idaho"), else -1.
 * {@code village}: the text calls the place a village ("Masat village", "the village of Masat").
 * {@code bearingFrom}: the start of the mention the text gives a bearing from ("Tal Afar, west of Mosul"): the
 * place lies some way off it, not in it; else -1.
 */
public record Toponym(String text, int start, int end, int sentence, Kind kind, List<GeoEntry> candidates,
                      boolean ofActor, int variantsFrom, int within, boolean inName, int listedAfter,
                      boolean village, int bearingFrom) {
    public enum Kind { PLACE, COUNTRY, DEMONYM }

    public Toponym {
        candidates = List.copyOf(candidates);
        if (variantsFrom < 0 || variantsFrom > candidates.size()) {
            throw new IllegalArgumentException("variantsFrom " + variantsFrom + " outside 0.." + candidates.size()
                    + " for '" + text + "'");
        }
    }

    /** Whether some readings are only spelling variants of the text's name. */
    public boolean variant() {
        return variantsFrom < candidates.size();
    }

    /** The readings the text spells as the gazetteer does (all of them, when none is a variant). */
    public List<GeoEntry> exactCandidates() {
        return candidates.subList(0, variantsFrom);
    }

    public Toponym(String text, int start, int end, int sentence, Kind kind, List<GeoEntry> candidates) {
        this(text, start, end, sentence, kind, candidates, false, candidates.size(), -1, false, -1, false, -1);
    }

    public Toponym(String text, int start, int end, int sentence, Kind kind, List<GeoEntry> candidates, boolean ofActor) {
        this(text, start, end, sentence, kind, candidates, ofActor, candidates.size(), -1, false, -1, false, -1);
    }

    /** This mention, held by the one starting at {@code start}. */
    public Toponym within(int start) {
        return new Toponym(text, this.start, end, sentence, kind, candidates, ofActor, variantsFrom, start, inName, listedAfter, village, bearingFrom);
    }

    /** This mention, listed after the one starting at {@code start}. */
    public Toponym listedAfter(int start) {
        return new Toponym(text, this.start, end, sentence, kind, candidates, ofActor, variantsFrom, within, inName, start, village, bearingFrom);
    }

    /** This mention, as the start of an organisation's name. */
    public Toponym asNamePart() {
        return new Toponym(text, start, end, sentence, kind, candidates, ofActor, variantsFrom, within, true, listedAfter, village, bearingFrom);
    }

    /** This mention, of a place the text calls a village. */
    public Toponym asVillage() {
        return new Toponym(text, start, end, sentence, kind, candidates, ofActor, variantsFrom, within, inName, listedAfter, true, bearingFrom);
    }

    /** This mention, a bearing away from the one starting at {@code start}. */
    public Toponym bearingFrom(int start) {
        return new Toponym(text, this.start, end, sentence, kind, candidates, ofActor, variantsFrom, within, inName, listedAfter, village, start);
    }
}
