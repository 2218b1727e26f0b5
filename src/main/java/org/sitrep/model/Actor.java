package org.sitrep.model;

import java.util.Objects;

/**
 * An actor in ACLED's style. {@code inter} is ACLED's actor type (1 state forces ... 8 external/other
 * forces); {@code country} is the ISO 3166 alpha-2 code of the state or group's home, or empty.
 */
public record Actor(String name, int inter, String country) {
    public Actor {
        Objects.requireNonNull(name, "actor name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name is blank");
        }
        if (inter < 1 || inter > 8) {
            throw new IllegalArgumentException("inter code " + inter + " for actor '" + name + "' is not in 1..8");
        }
        country = country == null ? "" : country;
    }
}
