package org.sitrep.extract;

import java.util.Locale;

/** Who decides a sentence's sub-event type: the codebook rules, the learned classifier, or both. */
public enum TypeMode {
    /** TypeRules alone. */
    RULES,
    /** The classifier alone, for every sentence with a cue; NONE drops the sentence. */
    CLASSIFIER,
    /** The rules where they are sure; the classifier decides where they are weak or silent. */
    BOTH;

    public static TypeMode parse(String s) {
        for (TypeMode m : values()) {
            if (m.name().equalsIgnoreCase(s.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("type mode '" + s + "' is not one of rules, classifier, both");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
