package org.sitrep.model;

/**
 * Who reported an event. {@code kind} tells analysts how to weigh it: a monitor, a state outlet, a
 * party to the conflict speaking for itself, social media, or the publisher of the article.
 */
public record Source(String name, Kind kind, String country) {
    public enum Kind { MONITOR, STATE_MEDIA, NEWS_AGENCY, PARTY, SOCIAL_MEDIA, OFFICIAL, WITNESS, PUBLISHER, OTHER }

    public Source {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("source name is blank");
        }
        country = country == null ? "" : country;
    }

    public Source(String name, Kind kind) {
        this(name, kind, "");
    }

    /** State media and officials speak for their state; a monitor or a wire agency does not. */
    public boolean speaksForState() {
        return kind == Kind.STATE_MEDIA || kind == Kind.OFFICIAL || kind == Kind.PARTY;
    }
}
