package org.sitrep.model;

/**
 * Who reported an event. {@code kind} tells analysts how to weigh it: a monitor, a state outlet, a
 * party to the conflict speaking for itself, social media, or the publisher of the article.
 */
public record Source(String name, Kind kind) {
    public enum Kind { MONITOR, STATE_MEDIA, NEWS_AGENCY, PARTY, SOCIAL_MEDIA, OFFICIAL, WITNESS, PUBLISHER, OTHER }

    public Source {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("source name is blank");
        }
    }
}
