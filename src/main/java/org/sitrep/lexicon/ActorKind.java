package org.sitrep.lexicon;

/**
 * The kind of an actor named in a sentence: a common noun's kind from actor-nouns.tsv ("troops" are
 * MILITARY, "gunmen" ARMED), or NAMED for a group from actors.tsv. The kind decides the ACLED actor.
 */
public enum ActorKind {
    GOVERNMENT, POLICE, MILITARY, WEAPON, MILITIA, REBELS, ARMED, PROTESTERS, RIOTERS, CIVILIANS, NAMED;

    /** The state's side: its forces, police, government, or a weapon (fired by a state's forces). */
    public boolean isStateSide() {
        return this == MILITARY || this == WEAPON || this == POLICE || this == GOVERNMENT;
    }

    /** Armed non-state or state combatants as victims: their capture in fighting is war, not arrest. */
    public boolean isCombatant() {
        return this == MILITARY || this == MILITIA || this == REBELS;
    }

    /**
     * Of two kinds in one run of nouns ("regime soldiers", "militia proxies"), the one that decides:
     * the state before armed groups, armed groups before people.
     */
    public static ActorKind stronger(ActorKind a, ActorKind b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** Parses a kind as written in actor-nouns.tsv (lower case); NAMED is not written there. */
    public static ActorKind parseNounKind(String s) {
        for (ActorKind k : values()) {
            if (k != NAMED && k.name().equalsIgnoreCase(s.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("actor noun kind '" + s + "' is not one of government, police, military,"
                + " weapon, militia, rebels, armed, protesters, rioters, civilians");
    }
}
