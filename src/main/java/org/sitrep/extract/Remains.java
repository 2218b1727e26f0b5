package org.sitrep.extract;

import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.TaggedSentence;
import org.sitrep.lexicon.WordList;

/**
 * One person's remains that a sentence reports found, dumped or left, with no verb of killing: "A body
 * was found in the canal", "Body of young man found on the highway", "Dismembered Body Left With
 * Threatening Message". Such remains are one person killed. The words are the lexicon's
 * (remains-words, remains-modifiers, remains-verbs, finding-verbs).
 */
final class Remains {
    /** How far from the remains word, or from the person after its "of", the verb may stand (CasualtyTest). */
    static final int SPAN = 3;

    private final Lexicon lex;

    Remains(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * The token of the remains word, or -1: a remains word after nothing, a determiner or a word that
     * describes remains ("the electoral body" is no one's), with a remains verb within {@link #SPAN} of it
     * or of the person it is "of" ("the body of a young man was found"). Remains merely shown ("posing with
     * the body of a soldier") are of a killing told elsewhere, if at all.
     */
    int at(TaggedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.is(i, WordList.REMAINS_WORDS) || i > 0 && !s.is(i - 1, WordList.REMAINS_MODIFIERS)) {
                continue;
            }
            int end = s.word(i + 1).equals("of") ? person(s, i + 2) : -1;
            for (int k = Math.max(0, i - SPAN); k <= Math.min(s.size() - 1, Math.max(i, end) + SPAN); k++) {
                if (k != i && (s.is(k, WordList.REMAINS_VERBS) || s.is(k, WordList.FINDING_VERBS))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The person noun within {@link #SPAN} words from {@code from} ("of a young man"), or -1. */
    private int person(TaggedSentence s, int from) {
        for (int k = from; k < Math.min(s.size(), from + SPAN); k++) {
            if (s.at(lex.actorNouns(), k) != null || s.is(k, WordList.ONE_PERSON_NOUNS)) {
                return k;
            }
            if (!Character.isLetter(s.tokens().get(k).text().charAt(0))) {
                return -1;
            }
        }
        return -1;
    }
}
