package org.sitrep.model;

/** Whether an event happened, is still going on, or was only announced. */
public enum Status {
    OCCURRED, ONGOING, PLANNED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
