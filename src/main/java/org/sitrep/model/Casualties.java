package org.sitrep.model;

/**
 * Human cost of one event. {@code fatalities} follows ACLED: 0 when none are reported. Injuries and
 * captives are null when the report does not mention them, which is not the same as zero.
 */
public record Casualties(int fatalities, Integer injuries, Integer captured) {
    public static final Casualties NONE = new Casualties(0, null, null);

    public Casualties {
        if (fatalities < 0 || (injuries != null && injuries < 0) || (captured != null && captured < 0)) {
            throw new IllegalArgumentException("negative casualty count: " + fatalities + "/" + injuries + "/" + captured);
        }
    }

    /** Combines figures that describe different people in one incident (e.g. two sentences). */
    public Casualties plus(Casualties o) {
        return new Casualties(fatalities + o.fatalities, add(injuries, o.injuries), add(captured, o.captured));
    }

    /** Combines two reports of the same people: ACLED's conservative rule keeps the lower figure. */
    public Casualties conservative(Casualties o) {
        return new Casualties(Math.min(fatalities, o.fatalities), min(injuries, o.injuries), min(captured, o.captured));
    }

    /** Combines two mentions of the same people in one report: the larger, more complete figure. */
    public Casualties fuller(Casualties o) {
        return new Casualties(Math.max(fatalities, o.fatalities), max(injuries, o.injuries), max(captured, o.captured));
    }

    private static Integer add(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(a + b);
    }

    private static Integer min(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
    }

    private static Integer max(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }
}
