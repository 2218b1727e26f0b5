package org.sitrep.model;

import java.util.Arrays;

/** ACLED's actor types ("inter codes"), with the codes and names of its codebook. */
public enum Inter {
    STATE_FORCES(1, "State Forces"),
    REBEL_GROUPS(2, "Rebel Groups"),
    POLITICAL_MILITIAS(3, "Political Militias"),
    IDENTITY_MILITIAS(4, "Identity Militias"),
    RIOTERS(5, "Rioters"),
    PROTESTERS(6, "Protesters"),
    CIVILIANS(7, "Civilians"),
    EXTERNAL_FORCES(8, "External/Other Forces");

    private final int code;
    private final String label;

    Inter(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Demonstrators of either kind: rioters or protesters. */
    public boolean isDemonstrators() {
        return this == RIOTERS || this == PROTESTERS;
    }

    public static Inter of(int code) {
        if (code < 1 || code > 8) {
            throw new IllegalArgumentException("inter code " + code + " is not one of ACLED's 1..8 ("
                    + Arrays.stream(values()).map(i -> i.code + " " + i.label).toList() + ")");
        }
        return values()[code - 1];
    }

    /**
     * ACLED's interaction code: both inter codes, lower first ("13"); a sole actor's code times ten ("10");
     * 0 with no actor. Either argument may be null.
     */
    public static int interaction(Inter a, Inter b) {
        if (a == null || b == null) {
            Inter only = a != null ? a : b;
            return only == null ? 0 : only.code * 10;
        }
        return Math.min(a.code, b.code) * 10 + Math.max(a.code, b.code);
    }
}
