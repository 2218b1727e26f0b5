package org.sitrep.extract;

import org.sitrep.lexicon.ActorKind;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.model.Inter;

/**
 * An actor named in a sentence, over tokens [start, end). {@code kind} is the actor-noun kind, or
 * NAMED for a group from actors.tsv ({@code named}); {@code country} is the nationality written before
 * it (ISO alpha-2) or empty; {@code role} is its part in the event, null until {@link Roles} sets it.
 */
record Mention(int start, int end, ActorKind kind, String country, Lexicon.NamedActor named, Role role,
               boolean coordinated) {
    enum Role { AGENT, TARGET, PARTY }

    Mention withRole(Role r) {
        return new Mention(start, end, kind, country, named, r, coordinated);
    }

    boolean isCivilian() {
        return kind == ActorKind.CIVILIANS;
    }

    /** An armed actor: state forces, police, a weapon, rebels, militias, armed men, a named group that fights. */
    boolean isArmed() {
        if (named != null) {
            Inter i = named.inter();
            return i != Inter.RIOTERS && i != Inter.PROTESTERS && i != Inter.CIVILIANS;
        }
        return kind == ActorKind.MILITARY || kind == ActorKind.POLICE || kind == ActorKind.WEAPON
                || kind == ActorKind.REBELS || kind == ActorKind.MILITIA || kind == ActorKind.ARMED;
    }

    boolean isStateSide() {
        return kind.isStateSide() || (named != null && named.inter() == Inter.STATE_FORCES);
    }
}
