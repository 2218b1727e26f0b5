package org.sitrep.extract;

import org.sitrep.lexicon.CasualtyKind;
import org.sitrep.lexicon.PhraseMatcher;
import org.sitrep.lexicon.TaggedSentence;

import java.util.List;

/** Fates reported of people together, so that no count is any one fate's ({@link Casualty}). */
final class Lumps {
    private Lumps() {
    }

    /**
     * Fates joined by "or" ("killed or wounded", "killed, injured or captured"), or counted together ("the number of
     * dead and wounded"), lump people: ACLED takes no fatality from such a figure, so none of its fates gets the count.
     */
    static boolean lumped(TaggedSentence s, List<PhraseMatcher.Match<CasualtyKind>> all, int mi) {
        for (int step = -1; step <= 1; step += 2) {
            int k = mi;
            while (k + step >= 0 && k + step < all.size()) {
                PhraseMatcher.Match<CasualtyKind> a = all.get(Math.min(k, k + step)), b = all.get(Math.max(k, k + step));
                int gap = b.start() - a.end();
                if (gap < 1 || gap > 2 || a.value() == b.value()) {
                    break;
                }
                boolean or = false, joined = true, tally = s.word(a.start() - 1).equals("of") && s.word(a.start() - 2).equals("number");
                for (int t = a.end(); t < b.start(); t++) {
                    String w = s.word(t);
                    or |= w.equals("or") || tally && w.equals("and");
                    joined &= w.equals("or") || w.equals(",") || tally && w.equals("and");
                }
                if (!joined) {
                    break;
                }
                if (or) {
                    return true;
                }
                k += step;
            }
        }
        return false;
    }
}
