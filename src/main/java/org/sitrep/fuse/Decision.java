package org.sitrep.fuse;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why a report joined an incident, or why it did not: one check for each aspect of the incident (what
 * kind of event, where, when, who, how many), each passed or failed with a phrase that says why. The
 * store keeps the decision of every join, so that {@code events show} can say why two reports are one
 * event and {@code events split} can undo it.
 */
public record Decision(List<Check> checks) {
    /** The aspects compared, in the order the explanation names them. */
    public enum Aspect {
        TYPE, PLACE, DATE, ACTORS, FIGURES;

        /** The aspect's name as stored. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One aspect compared: passed or not, and the phrase that says why ("3 km apart"). */
    public record Check(Aspect aspect, boolean passed, String says) {
        public Check {
            Objects.requireNonNull(aspect, "aspect");
            Objects.requireNonNull(says, "says");
        }
    }

    public Decision {
        checks = List.copyOf(checks);
    }

    /** One incident: every check passed. */
    public boolean same() {
        return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
    }

    /** "joined because: same sub-event family (...), 3 km apart, same day, ..." or "kept apart: ...". */
    public String explain() {
        if (same()) {
            return "joined because: " + checks.stream().map(Check::says).collect(Collectors.joining(", "));
        }
        return "kept apart: " + checks.stream().filter(c -> !c.passed()).map(Check::says).collect(Collectors.joining(", "));
    }

    /** The check of one aspect, or null when the decision has none (a decision read from an older record). */
    public Check check(Aspect a) {
        return checks.stream().filter(c -> c.aspect() == a).findFirst().orElse(null);
    }
}
