package org.sitrep.lexicon;

/**
 * What an event cue signals (the second column of cues.tsv). The extractor's coding rules read a
 * sentence's cues by kind; a cue kind no rule reads is allowed but does nothing.
 */
public enum CueKind {
    /** Fighting between armed sides. */ CLASH,
    /** Artillery, mortars, rockets, missiles. */ SHELL,
    /** Air and drone strikes. */ AIR,
    /** Roadside bombs, landmines, car bombs. */ IED,
    /** Hand grenades. */ GRENADE,
    /** Suicide attacks. */ SUICIDE,
    /** Chemical weapons. */ CHEM,
    /** Weapons intercepted, shot down, defused. */ INTERCEPT,
    /** Demonstrations. */ PROTEST,
    /** Force used against demonstrators. */ REPRESS,
    /** Dispersal of a demonstration. */ DISPERSE,
    /** Rioting: stones, arson, storming. */ RIOT,
    /** Mob violence. */ MOB,
    /** Killing. */ KILL,
    /** Shooting. */ SHOOT,
    /** Assault, beating. */ ASSAULT,
    /** A bare "attack". */ ATTACK,
    /** Wounding. */ WOUND,
    /** Sexual violence. */ SEXUAL,
    /** Arrests and detentions. */ ARREST,
    /** Capture of people in fighting. */ CAPTURE,
    /** Abduction, kidnapping, disappearance. */ ABDUCT,
    /** Territory taken. */ TAKE,
    /** Territory retaken. */ RETAKE,
    /** Territory handed over without fighting. */ TRANSFER,
    /** Agreements, ceasefires. */ AGREE,
    /** Bases and headquarters established. */ HQ,
    /** Looting and destruction of property. */ LOOT,
    /** A group changes its structure or activity. */ CHANGE,
    /** Withdrawal of forces. */ WITHDRAW,
    /** Invasion, incursion. */ INVADE,
    /** Movements of forces. */ MOVE,
    /** Meetings between parties. */ MEET,
    /** Orders, decrees. */ ORDER
}
