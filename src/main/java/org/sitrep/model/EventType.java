package org.sitrep.model;

import java.util.Arrays;
import java.util.List;

/** ACLED's six event types, spelled as the codebook spells them. */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Political violence in ACLED's sense: the types that carry fatalities and fuse across reports. */
    public boolean isViolent() {
        return this == BATTLES || this == EXPLOSIONS_REMOTE_VIOLENCE || this == VIOLENCE_AGAINST_CIVILIANS;
    }

    /** ACLED's three kinds of disorder: the family an event type belongs to. */
    public enum Family { POLITICAL_VIOLENCE, DEMONSTRATIONS, STRATEGIC_DEVELOPMENTS }

    public Family family() {
        return switch (this) {
            case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> Family.POLITICAL_VIOLENCE;
            case PROTESTS, RIOTS -> Family.DEMONSTRATIONS;
            case STRATEGIC_DEVELOPMENTS -> Family.STRATEGIC_DEVELOPMENTS;
        };
    }

    /** The event types of a family, in declaration order. */
    public static List<EventType> of(Family f) {
        return Arrays.stream(values()).filter(t -> t.family() == f).toList();
    }

    public static EventType fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(label.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown ACLED event type '" + label
                        + "'; expected one of " + Arrays.stream(values()).map(EventType::label).toList()));
    }
}
