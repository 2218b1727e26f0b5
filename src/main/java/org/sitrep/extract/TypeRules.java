package org.sitrep.extract;

import org.sitrep.lexicon.ActorKind;
import org.sitrep.lexicon.CueKind;
import org.sitrep.model.SubEventType;

import java.util.List;
import java.util.Map;

/**
 * ACLED's coding rules, applied to the cues of a sentence and the kinds of actors in it. The
 * vocabulary lives in cues.tsv; the decisions, which follow the codebook, live here:
 * suicide and chemical attacks first; intercepted weapons are disrupted weapons use; protests by
 * how the authorities responded; territory by who took it; shelling inside a clash is the clash;
 * arrests by the state are Arrests, by anyone else Abduction; killings of civilians are Attacks.
 */
final class TypeRules {
    /** The type and whether it rests on weak cues only (casualty words, a bare "attack"). */
    record Decision(SubEventType type, boolean weak) {
    }

    private TypeRules() {
    }

    /** The weight of the cues that say people were taken and then killed (cues.tsv; SubTypeTableTest). */
    static final int TAKEN_AND_KILLED = 6;

    static Decision decide(Map<CueKind, Integer> c, List<Mention> mentions) {
        boolean civilianTarget = mentions.stream().anyMatch(m -> m.isCivilian() && m.role() != Mention.Role.AGENT);
        boolean protesters = mentions.stream().anyMatch(m -> m.kind() == ActorKind.PROTESTERS);
        boolean stateAgent = mentions.stream().anyMatch(m -> m.role() == Mention.Role.AGENT && m.isStateSide());
        boolean nonStateAgent = mentions.stream().anyMatch(m -> m.role() == Mention.Role.AGENT && !m.isStateSide()
                && !m.isCivilian());
        int weapon = Math.max(w(c, CueKind.SHELL), Math.max(w(c, CueKind.AIR), w(c, CueKind.IED)));

        if (w(c, CueKind.SUICIDE) > 0) {
            return strong(SubEventType.SUICIDE_BOMB);
        }
        if (w(c, CueKind.CHEM) >= 5) {
            return strong(SubEventType.CHEMICAL_WEAPON);
        }
        // "14 soldiers were killed ... the Taliban said they had seized weapons": people killed make it violence
        if (w(c, CueKind.INTERCEPT) >= 4 && w(c, CueKind.KILL) < 3 && w(c, CueKind.CLASH) < 3) {
            return strong(SubEventType.DISRUPTED_WEAPONS_USE);
        }
        // "Police prevented the protesters from marching and detained several": a protest met by force
        if (w(c, CueKind.PROTEST) >= 4 || (protesters && (w(c, CueKind.PROTEST) > 0 || w(c, CueKind.DISPERSE) > 0))) {
            if (w(c, CueKind.REPRESS) > 0 || (protesters && (w(c, CueKind.KILL) > 0 || w(c, CueKind.SHOOT) > 0) && w(c, CueKind.RIOT) == 0)) {
                // the state's force against protesters; gunmen of no state attacking them is an attack on civilians
                return strong(nonStateAgent && !stateAgent ? SubEventType.ATTACK : SubEventType.EXCESSIVE_FORCE);
            }
            if (w(c, CueKind.RIOT) > 0 || w(c, CueKind.CLASH) >= 3) {
                return strong(SubEventType.VIOLENT_DEMONSTRATION);
            }
            if (w(c, CueKind.DISPERSE) > 0 || w(c, CueKind.ARREST) >= 4) {
                return strong(SubEventType.PROTEST_WITH_INTERVENTION);
            }
            return strong(SubEventType.PEACEFUL_PROTEST);
        }
        if (w(c, CueKind.MOB) > 0) {
            return strong(SubEventType.MOB_VIOLENCE);
        }
        if (w(c, CueKind.RIOT) >= 5 || (protesters && w(c, CueKind.RIOT) > 0)) {
            return strong(SubEventType.VIOLENT_DEMONSTRATION);
        }
        if (w(c, CueKind.SEXUAL) > 0) {
            return strong(SubEventType.SEXUAL_VIOLENCE);
        }
        if (w(c, CueKind.TRANSFER) >= 5 && w(c, CueKind.CLASH) < 3 && weapon == 0) {
            return strong(SubEventType.NON_VIOLENT_TRANSFER);
        }
        if (w(c, CueKind.RETAKE) > 0 || w(c, CueKind.TAKE) >= 4) {
            boolean retake = w(c, CueKind.RETAKE) > 0;
            if ((retake && !nonStateAgent) || (stateAgent && !nonStateAgent)) {
                return strong(SubEventType.GOVERNMENT_REGAINS_TERRITORY);
            }
            return strong(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        }
        if (w(c, CueKind.GRENADE) > 0) {
            return strong(SubEventType.GRENADE);
        }
        int clash = w(c, CueKind.CLASH);
        if (clash >= 3 && clash >= weapon - 1) {
            return strong(SubEventType.ARMED_CLASH); // shelling inside a clash is the clash
        }
        if (weapon >= 3) {
            if (w(c, CueKind.IED) == weapon) {
                return strong(SubEventType.REMOTE_EXPLOSIVE);
            }
            return strong(w(c, CueKind.AIR) == weapon ? SubEventType.AIR_DRONE_STRIKE : SubEventType.SHELLING);
        }
        boolean combatantCaptives = mentions.stream().anyMatch(m -> m.role() == Mention.Role.TARGET
                && m.kind().isCombatant());
        if ((w(c, CueKind.ARREST) > 0 || w(c, CueKind.CAPTURE) > 0) && combatantCaptives && !stateAgent
                && mentions.stream().noneMatch(m -> m.kind() == ActorKind.POLICE)) {
            return new Decision(SubEventType.ARMED_CLASH, true); // soldiers "detained" by the other side: war captives
        }
        // "arrested and killed", "abducted and executed": the killing, not the taking, is what is coded
        boolean takenAndKilled = w(c, CueKind.KILL) >= TAKEN_AND_KILLED;
        if (w(c, CueKind.ABDUCT) >= 4 && !takenAndKilled) {
            return strong(SubEventType.ABDUCTION);
        }
        if (w(c, CueKind.ARREST) >= 4 && !takenAndKilled) {
            return strong(nonStateAgent && !stateAgent ? SubEventType.ABDUCTION : SubEventType.ARRESTS);
        }
        if (clash > 0) {
            return strong(SubEventType.ARMED_CLASH);
        }
        boolean violence = w(c, CueKind.KILL) > 0 || w(c, CueKind.SHOOT) > 0 || w(c, CueKind.ASSAULT) > 0 || w(c, CueKind.ATTACK) > 0
                || w(c, CueKind.WOUND) > 0;
        if (violence) {
            boolean combatantTarget = mentions.stream().anyMatch(m -> m.role() != Mention.Role.AGENT && !m.isCivilian()
                    && m.kind() != ActorKind.PROTESTERS);
            SubEventType t = civilianTarget || !combatantTarget ? SubEventType.ATTACK : SubEventType.ARMED_CLASH;
            int strength = Math.max(w(c, CueKind.KILL), Math.max(w(c, CueKind.SHOOT), w(c, CueKind.ASSAULT)));
            return new Decision(t, strength < 4);
        }
        if (w(c, CueKind.HQ) >= 5) {
            return strong(SubEventType.HEADQUARTERS_ESTABLISHED); // "rebels establish headquarters in captured village"
        }
        if (w(c, CueKind.CAPTURE) > 0) {
            return new Decision(SubEventType.ARMED_CLASH, true);
        }
        if (w(c, CueKind.AGREE) >= 3) {
            return strong(SubEventType.AGREEMENT);
        }
        if (w(c, CueKind.HQ) > 0) {
            return strong(SubEventType.HEADQUARTERS_ESTABLISHED);
        }
        if (w(c, CueKind.LOOT) >= 3) {
            return strong(SubEventType.LOOTING);
        }
        if (w(c, CueKind.TRANSFER) >= 4) {
            return strong(SubEventType.NON_VIOLENT_TRANSFER);
        }
        if (w(c, CueKind.MEET) >= 3 && w(c, CueKind.CHANGE) < 5) {
            // "military delegations met to discuss joint patrols": armed parties meeting is a development;
            // a president meeting a counterpart on trade is diplomacy, weak, left to the classifier
            return new Decision(SubEventType.OTHER, mentions.stream().noneMatch(Mention::isArmed));
        }
        if (w(c, CueKind.CHANGE) >= 4 || w(c, CueKind.WITHDRAW) > 0) {
            return strong(SubEventType.CHANGE_TO_GROUP);
        }
        if (w(c, CueKind.INVADE) > 0 || w(c, CueKind.MOVE) > 0 || w(c, CueKind.MEET) > 0 || w(c, CueKind.ORDER) > 0 || w(c, CueKind.CHANGE) > 0
                || w(c, CueKind.TRANSFER) > 0 || w(c, CueKind.AGREE) > 0 || w(c, CueKind.LOOT) > 0) {
            return new Decision(SubEventType.OTHER, true);
        }
        return null;
    }

    private static Decision strong(SubEventType t) {
        return new Decision(t, false);
    }

    private static int w(Map<CueKind, Integer> c, CueKind cue) {
        return c.getOrDefault(cue, 0);
    }
}
