package org.sitrep.model;

/**
 * How firmly the report asserts the event, strongest first. A source's attribution ("according to")
 * makes a claim {@code REPORTED}; hedges such as "purportedly" or a party's own claim make it
 * {@code ALLEGED}; an explicit denial makes it {@code DENIED}.
 */
public enum Certainty {
    CONFIRMED, REPORTED, ALLEGED, DENIED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The weaker of two: an event built from a confirmed and an alleged sentence is alleged. */
    public Certainty weaker(Certainty other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
