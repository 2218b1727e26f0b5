package org.sitrep.model;

import java.util.Arrays;

/** ACLED's 25 sub-event types, each under its event type, spelled as the codebook spells them. */
public enum SubEventType {
    ARMED_CLASH("Armed clash", EventType.BATTLES),
    GOVERNMENT_REGAINS_TERRITORY("Government regains territory", EventType.BATTLES),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY("Non-state actor overtakes territory", EventType.BATTLES),
    CHEMICAL_WEAPON("Chemical weapon", EventType.EXPLOSIONS_REMOTE_VIOLENCE),
    AIR_DRONE_STRIKE("Air/drone strike", EventType.EXPLOSIONS_REMOTE_VIOLENCE),
    SUICIDE_BOMB("Suicide bomb", EventType.EXPLOSIONS_REMOTE_VIOLENCE),
    SHELLING("Shelling/artillery/missile attack", EventType.EXPLOSIONS_REMOTE_VIOLENCE),
    REMOTE_EXPLOSIVE("Remote explosive/landmine/IED", EventType.EXPLOSIONS_REMOTE_VIOLENCE),
    GRENADE("Grenade", EventType.EXPLOSIONS_REMOTE_VIOLENCE),
    SEXUAL_VIOLENCE("Sexual violence", EventType.VIOLENCE_AGAINST_CIVILIANS),
    ATTACK("Attack", EventType.VIOLENCE_AGAINST_CIVILIANS),
    ABDUCTION("Abduction/forced disappearance", EventType.VIOLENCE_AGAINST_CIVILIANS),
    PEACEFUL_PROTEST("Peaceful protest", EventType.PROTESTS),
    PROTEST_WITH_INTERVENTION("Protest with intervention", EventType.PROTESTS),
    EXCESSIVE_FORCE("Excessive force against protesters", EventType.PROTESTS),
    VIOLENT_DEMONSTRATION("Violent demonstration", EventType.RIOTS),
    MOB_VIOLENCE("Mob violence", EventType.RIOTS),
    AGREEMENT("Agreement", EventType.STRATEGIC_DEVELOPMENTS),
    ARRESTS("Arrests", EventType.STRATEGIC_DEVELOPMENTS),
    CHANGE_TO_GROUP("Change to group/activity", EventType.STRATEGIC_DEVELOPMENTS),
    DISRUPTED_WEAPONS_USE("Disrupted weapons use", EventType.STRATEGIC_DEVELOPMENTS),
    HEADQUARTERS_ESTABLISHED("Headquarters or base established", EventType.STRATEGIC_DEVELOPMENTS),
    LOOTING("Looting/property destruction", EventType.STRATEGIC_DEVELOPMENTS),
    NON_VIOLENT_TRANSFER("Non-violent transfer of territory", EventType.STRATEGIC_DEVELOPMENTS),
    OTHER("Other", EventType.STRATEGIC_DEVELOPMENTS);

    private final String label;
    private final EventType type;

    SubEventType(String label, EventType type) {
        this.label = label;
        this.type = type;
    }

    public String label() {
        return label;
    }

    public EventType type() {
        return type;
    }

    /** Accepts ACLED's spelling or this enum's name, so lexicon files can use either. */
    public static SubEventType parse(String s) {
        String t = s.trim();
        return Arrays.stream(values()).filter(v -> v.label.equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown ACLED sub-event type '" + s
                        + "'; expected one of " + Arrays.stream(values()).map(SubEventType::label).toList()));
    }
}
