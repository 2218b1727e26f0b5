package org.sitrep.extract;

import org.sitrep.lexicon.ActorKind;
import org.sitrep.lexicon.TaggedSentence;
import org.sitrep.lexicon.WordList;

import java.util.List;
import java.util.Set;

/**
 * A party's unverified claim of its enemies' dead ("the resistance says it killed 180 junta troops",
 * "Eighteen Junta Soldiers Killed: Tanintharyi Resistance", "the army claims to have killed 8 rebels").
 * ACLED codes such tolls as 0 and keeps the claim in the notes; a party's word on its own losses or on
 * civilians killed by the other side stands. The claimant is an armed actor that speaks or claims, or
 * the attribution after a headline's last colon.
 */
final class PartyClaims {
    /** How far after an actor a speech verb may stand: "Sagaing PDFs claim", "the junta said on Monday". */
    static final int SPEECH_WINDOW = 3;
    /** Longest attribution after a headline's colon: ": Tanintharyi Resistance", ": PDF Group". */
    static final int ATTRIBUTION_MAX_TOKENS = 5;

    private PartyClaims() {
    }

    /** The armed party whose claim a sentence's count is, or null when the count is not such a claim. */
    static Mention claimant(TaggedSentence s, List<Mention> mentions, Set<ActorKind> victims, List<Casualty.Count> counts) {
        if (victims.isEmpty() || counts.isEmpty()) {
            return null;
        }
        int first = counts.stream().mapToInt(Casualty.Count::numberStart).min().orElseThrow();
        int last = counts.stream().mapToInt(Casualty.Count::numberEnd).max().orElseThrow();
        for (Mention m : mentions) {
            if (!m.isArmed() || m.kind() == ActorKind.WEAPON || !enemies(m, victims)) {
                continue;
            }
            int verb = speechVerb(s, m);
            // "the resistance says it killed 180 troops"; "... 14 soldiers were killed, the Taliban said." but not
            // "Nine soldiers were killed, he said, while the Taliban said they had seized weapons"
            boolean before = verb >= 0 && m.end() <= first;
            boolean closing = verb >= 0 && m.start() >= last && s.size() - verb <= CLOSING_TOKENS;
            if (before || closing || attribution(s, m)) {
                return m;
            }
        }
        return null;
    }

    /** A claim that closes a sentence ends within this many tokens of its verb: "said on Tuesday." */
    static final int CLOSING_TOKENS = 4;


    /** Victims of the other side: soldiers counted by rebels, fighters counted by the army. */
    private static boolean enemies(Mention claimant, Set<ActorKind> victims) {
        boolean state = claimant.isStateSide();
        for (ActorKind v : victims) {
            boolean victimState = v.isStateSide();
            boolean victimArmed = victimState || v == ActorKind.REBELS || v == ActorKind.MILITIA || v == ActorKind.ARMED;
            if (victimArmed && victimState != state) {
                return true;
            }
        }
        return false;
    }

    /** The speech or claim verb right after the actor, or -1. */
    private static int speechVerb(TaggedSentence s, Mention m) {
        for (int k = m.end(); k < Math.min(s.size(), m.end() + SPEECH_WINDOW); k++) {
            String w = s.word(k);
            if (w.startsWith("claim") || s.is(k, WordList.SPEECH_VERBS)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean attribution(TaggedSentence s, Mention m) {
        int colon = -1;
        for (int k = s.size() - 1; k >= Math.max(0, s.size() - ATTRIBUTION_MAX_TOKENS - 1); k--) {
            if (s.word(k).equals(":") || s.word(k).equals("\u2013") || s.word(k).equals("\u2014")) {
                colon = k;
                break;
            }
        }
        return colon > 0 && m.start() > colon;
    }
}
