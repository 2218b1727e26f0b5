package org.sitrep.geo;

import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.WordList;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The places a capitalised span may name when the gazetteer does not spell it so: its spelling variants
 * ({@link Gazetteer#variantKeys}), for a span a cue makes a place ("shelled Kabani", "in Tell Tamr").
 */
final class VariantLookup {
    private final Gazetteer gazetteer;
    /** Every English word of the list: no word of a name found by its spelling variant may be one. */
    private final Set<String> englishWords;
    private final Set<String> nameHeads;

    VariantLookup(Gazetteer gazetteer, Lexicon lexicon, Set<String> englishWords) {
        this.gazetteer = gazetteer;
        this.englishWords = englishWords;
        this.nameHeads = lexicon.words(WordList.NAME_HEADS);
    }

    /** Shortest name, in letters, worth looking up by its spelling variants. */
    static final int MIN_VARIANT_LETTERS = 4;

    /**
     * The places of the names spelled like the span's ("Tell Tamr": Tall at Tamr), when the span has a cue
     * that makes it a place and none of its words is English ("in Parliament" is no variant of anything).
     */
    /** Whether the lower-case word is in the English word list. */
    boolean isEnglishWord(String lower) {
        return englishWords.contains(lower);
    }

    List<GeoEntry> lookup(List<Token> toks, int i, int j, String key) {
        if (key.replace(" ", "").length() < MIN_VARIANT_LETTERS) {
            return List.of();
        }
        for (int k = i; k < j; k++) {
            String w = toks.get(k).lower();
            int dash = w.lastIndexOf('-');
            String tail = dash >= 0 ? w.substring(dash + 1) : w;
            if (englishWords.contains(tail) && !(j - i > 1 && k < j - 1 && nameHeads.contains(tail))) {
                return List.of();
            }
        }
        List<GeoEntry> out = new ArrayList<>();
        for (String v : gazetteer.variantKeys(key)) {
            out.addAll(gazetteer.places(v));
        }
        return out;
    }
}
