package org.sitrep.store;

/** Ids written since the last flush, a contiguous run; {@code from} and {@code to} are -1 for none. */
final class IdRun {
    private long from = -1, to = -1;

    void add(long id) {
        from = from < 0 ? id : from;
        to = id;
    }

    boolean isEmpty() {
        return from < 0;
    }

    /** Whether {@code id} is at or after the start of the run (an id written since the last flush). */
    boolean reaches(long id) {
        return from >= 0 && id >= from;
    }

    long from() {
        return from;
    }

    long to() {
        return to;
    }

    void clear() {
        from = to = -1;
    }
}
