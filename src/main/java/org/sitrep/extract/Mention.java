package org.sitrep.extract;

/**
 * An actor named in a sentence, over tokens [start, end). {@code kind} is the actor-noun kind
 * ("military", "civilians", ...) or "named" for a group from actors.tsv; {@code country} is the
 * nationality written before it (ISO alpha-2) or empty; {@code role} is its part in the event.
 */
record Mention(int start, int end, String kind, String country, Lexicon.NamedActor named, Role role,
               boolean coordinated) {
    enum Role { AGENT, TARGET, PARTY }

    Mention withRole(Role r) {
        return new Mention(start, end, kind, country, named, r, coordinated);
    }

    boolean isCivilian() {
        return "civilians".equals(kind);
    }

    boolean isStateSide() {
        return "military".equals(kind) || "weapon".equals(kind) || "police".equals(kind) || "government".equals(kind)
                || (named != null && named.inter() == 1);
    }
}
