package org.sitrep.export;

import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The columns ACLED derives from an event's type, actors and id, as its codebook defines them. */
public final class AcledCodes {
    static final String POLITICAL_VIOLENCE = "Political violence";
    static final String DEMONSTRATIONS = "Demonstrations";
    static final String STRATEGIC_DEVELOPMENTS = "Strategic developments";
    /** Excessive force against protesters and mob violence are both kinds at once in ACLED's codebook. */
    static final String BOTH = POLITICAL_VIOLENCE + "; " + DEMONSTRATIONS;
    static final String CIVILIAN_TARGETING = "Civilian targeting";
    /** Digits of the number in event_id_cnty: wide enough that two of a million events of one country share one with odds of 1 in 2,000. */
    static final int NUMBER_DIGITS = 15;

    private AcledCodes() {
    }

    public static String disorderType(SubEventType s) {
        if (s == SubEventType.EXCESSIVE_FORCE || s == SubEventType.MOB_VIOLENCE) {
            return BOTH;
        }
        return switch (s.type().family()) {
            case POLITICAL_VIOLENCE -> POLITICAL_VIOLENCE;
            case DEMONSTRATIONS -> DEMONSTRATIONS;
            case STRATEGIC_DEVELOPMENTS -> STRATEGIC_DEVELOPMENTS;
        };
    }

    /**
     * "Civilian targeting" when civilians are a primary target of political violence: every violence
     * against civilians, and any other violent event with civilians (inter code 7) as one side; else empty.
     */
    public static String civilianTargeting(Event e) {
        if (!disorderType(e.subEventType()).startsWith(POLITICAL_VIOLENCE)) {
            return "";
        }
        boolean civilians = e.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS || e.inter1() == 7 || e.inter2() == 7;
        return civilians ? CIVILIAN_TARGETING : "";
    }

    /** A number derived from Sitrep's event id alone: the same event gets the same number in every export. */
    public static long eventNumber(String sitrepId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sitrepId.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return Long.remainderUnsigned(v, pow10(NUMBER_DIGITS));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /** ACLED's event_id_cnty: the country's ISO alpha-3 prefix and the event's number; the number alone without a country. */
    public static String eventIdCnty(String iso3, String sitrepId) {
        return (iso3 == null ? "" : iso3) + eventNumber(sitrepId);
    }

    /** ACLED tags every demonstration with its crowd size; Sitrep does not read crowd sizes, so "no report". */
    public static String tags(Event e) {
        return e.eventType().family() == EventType.Family.DEMONSTRATIONS ? "crowd size=no report" : "";
    }
}
