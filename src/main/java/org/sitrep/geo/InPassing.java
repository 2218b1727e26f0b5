package org.sitrep.geo;

import org.sitrep.lexicon.TaggedSentence;
import org.sitrep.lexicon.WordList;
import org.sitrep.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * Places a sentence names in passing, never where its event happened: a road's ends, a facility's namesake, the
 * country across a border.
 */
public final class InPassing {
    private InPassing() {
    }

    /** Whether the mention is a road's end or a facility's name ({@link #roadEnd}, {@link #facilityName}). */
    static boolean named(TaggedSentence s, Toponym t) {
        int ti = s.sentence().tokenIndex(t.start()), te = PlaceChooser.tokenEnd(s, t);
        return roadEnd(s, t, ti, te) || facilityName(s, te);
    }

    private static final Set<String> DASHES = Set.of("-", "–", "—");
    private static final Set<String> SELF_PLACED = Set.of("camp", "base", "airport", "airfield", "airbase", "prison",
            "jail", "barracks", "compound");

    /** Whether the mention is one of two hyphened towns before a road word ("the Nairobi-Mombasa highway"). */
    static boolean roadEnd(TaggedSentence s, Toponym t, int ti, int te) {
        List<Token> toks = s.tokens();
        Token tok = toks.get(ti);
        if (te == ti + 1 && DASHES.stream().anyMatch(d -> tok.text().indexOf(d) > 0) && (tok.start() < t.start() || tok.end() > t.end())) {
            return s.is(te, WordList.ROAD_WORDS); // one token, "Kabul-Kandahar"
        }
        // the tokenizer's "Nairobi - Mombasa": a dash written tight on both sides
        boolean first = te + 2 < toks.size() && dashBetween(toks, te) && s.is(te + 2, WordList.ROAD_WORDS);
        boolean second = ti >= 2 && dashBetween(toks, ti - 1) && s.is(te, WordList.ROAD_WORDS);
        return first || second;
    }

    /** Whether the name is a facility's, in a town the sentence names: "the Amara cultural centre in Suruç". */
    static boolean facilityName(TaggedSentence s, int te) {
        for (int k = te; k < Math.min(s.size() - 1, te + 3); k++) {
            if (s.tokens().get(k).isCapitalized()) {
                return false;
            }
            if (s.is(k, WordList.FACILITY_HEADS)) {
                // camps, bases, airports and prisons stand where they are named for ("the Talmans camp in rural Idlib")
                return !SELF_PLACED.contains(s.word(k)) && (s.word(k + 1).equals("in") || s.word(k + 1).equals("at"))
                        && k + 2 < s.size() && s.tokens().get(k + 2).isCapitalized();
            }
        }
        return false;
    }

    private static boolean dashBetween(List<Token> toks, int k) {
        return k >= 1 && k + 1 < toks.size() && DASHES.contains(toks.get(k).text())
                && toks.get(k - 1).end() == toks.get(k).start() && toks.get(k).end() == toks.get(k + 1).start();
    }

    /**
     * Whether the country mention at tokens [ti, te) names the other side of a border: "near the Thai border",
     * "the border with China". A story's events happen on its own side, in the country it is about.
     */
    static boolean acrossBorder(TaggedSentence s, int ti, int te) {
        return s.is(te, WordList.BORDER_WORDS) || borderWith(s, ti);
    }

    /** Whether the country mention at token {@code ti} follows "the border with" ("the crossing with the"). */
    public static boolean borderWith(TaggedSentence s, int ti) {
        return s.word(ti - 1).equals("with") && s.is(ti - 2, WordList.BORDER_WORDS)
                || s.word(ti - 1).equals("the") && s.word(ti - 2).equals("with") && s.is(ti - 3, WordList.BORDER_WORDS);
    }
}
