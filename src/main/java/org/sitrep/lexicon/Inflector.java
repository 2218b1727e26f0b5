package org.sitrep.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English verb inflection for the lexicon's lemma syntax: a phrase word written {@code kill+} stands for
 * kill, kills, killed, killing; {@code open+ fire} for opens fire, opened fire... Regular verbs follow
 * the spelling rules (seize/seized, carry/carried, stab/stabbed); irregular ones come from
 * irregular-verbs.tsv (shoot/shot, strike/struck). The analyst writes the lemma once and every tense,
 * the passive and the participle match.
 */
public final class Inflector {
    private final Map<String, List<String>> irregular;

    Inflector(Map<String, List<String>> irregular) {
        this.irregular = Map.copyOf(irregular);
    }

    /** The inflector over the bundled irregular verbs. */
    public static Inflector bundled() {
        Map<String, List<String>> irr = new HashMap<>();
        TsvReader.read(Inflector.class.getResourceAsStream("/sitrep/lexicon/irregular-verbs.tsv"),
                "/sitrep/lexicon/irregular-verbs.tsv", 3, "lemma, past, participle", f -> {
                    List<String> forms = new ArrayList<>();
                    for (int i = 1; i < f.length; i++) {
                        for (String v : f[i].split("\\|")) {
                            if (!v.isBlank()) {
                                forms.add(v.strip().toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                    irr.put(f[0].strip().toLowerCase(Locale.ROOT), forms);
                });
        return new Inflector(irr);
    }

    /** Every phrase a lexicon phrase stands for: words ending in {@code +} take each verb form. */
    public List<String> expand(String phrase) {
        List<String> out = new ArrayList<>(List.of(""));
        for (String w : phrase.strip().split("\\s+")) {
            Set<String> forms = w.length() > 1 && w.endsWith("+") ? forms(w.substring(0, w.length() - 1)) : Set.of(w);
            List<String> next = new ArrayList<>();
            for (String head : out) {
                for (String f : forms) {
                    next.add(head.isEmpty() ? f : head + " " + f);
                }
            }
            out = next;
        }
        return out;
    }

    /** The lemma, its third person, past, participle and -ing forms. */
    public Set<String> forms(String lemma) {
        String v = lemma.toLowerCase(Locale.ROOT);
        if (v.isEmpty() || !v.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
            throw new IllegalArgumentException("'" + lemma + "+' is no verb lemma (letters and hyphens only)");
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(v);
        out.add(third(v));
        List<String> irr = irregular.get(v);
        if (irr != null) {
            out.addAll(irr);
        } else {
            out.add(past(v));
        }
        out.add(ing(v));
        return out;
    }

    private static String third(String v) {
        if (v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch") || v.endsWith("sh") || v.endsWith("o")) {
            return v + "es";
        }
        if (consonantY(v)) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        return v + "s";
    }

    private static String past(String v) {
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (consonantY(v)) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        return doubled(v) + "ed";
    }

    private static String ing(String v) {
        if (v.endsWith("ie")) {
            return v.substring(0, v.length() - 2) + "ying";
        }
        if (v.endsWith("e") && !v.endsWith("ee") && v.length() > 2) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        return doubled(v) + "ing";
    }

    /** stab → stabb-, but attack, shell, target, open stay: one syllable ending consonant-vowel-consonant. */
    private static String doubled(String v) {
        int n = v.length();
        if (n < 3) {
            return v;
        }
        char c = v.charAt(n - 1), vo = v.charAt(n - 2), before = v.charAt(n - 3);
        if (!vowel(c) && "wxy".indexOf(c) < 0 && vowel(vo) && !vowel(before) && syllables(v) == 1) {
            return v + c;
        }
        return v;
    }

    private static boolean consonantY(String v) {
        return v.length() > 1 && v.endsWith("y") && !vowel(v.charAt(v.length() - 2));
    }

    private static int syllables(String v) {
        int n = 0;
        boolean inVowel = false;
        for (int i = 0; i < v.length(); i++) {
            boolean isV = vowel(v.charAt(i));
            if (isV && !inVowel) {
                n++;
            }
            inVowel = isV;
        }
        return n;
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
