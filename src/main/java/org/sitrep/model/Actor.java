package org.sitrep.model;

import java.util.Objects;

/**
 * An actor in ACLED's style: its name, ACLED's actor type ({@link Inter}) and {@code country}, the
 * ISO 3166 alpha-2 code of the state or group's home, or empty.
 */
public record Actor(String name, Inter inter, String country) {
    public Actor {
        Objects.requireNonNull(name, "actor name");
        Objects.requireNonNull(inter, () -> "inter code of actor '" + name + "'");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name is blank");
        }
        country = country == null ? "" : country;
    }

    /** An actor with ACLED's numeric inter code (1..8), as stored records and ACLED files write it. */
    public Actor(String name, int interCode, String country) {
        this(name, Inter.of(interCode), country);
    }
}
