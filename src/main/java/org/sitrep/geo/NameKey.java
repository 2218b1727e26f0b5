package org.sitrep.geo;

import java.text.Normalizer;
import java.util.Set;

/**
 * Folds a place name to the key both the index and the matcher use, so that transliteration variants
 * meet: "Ras al-Ain", "Ra's al `Ayn" and "Ras el Ain" all become "ras ain". Steps, in order: strip
 * diacritics and case; drop apostrophes and ayn/hamza marks; hyphens and punctuation become spaces;
 * drop Arabic article tokens (al-, el-, ad-, as-, ...) that stand before another word, and an assimilated
 * article fused to a later word ("Deir Ezzor"); then fold
 * spelling variants inside each word (y/i, ou/u, ee/i, ei/ai, q/k, doubled letters, a final h).
 */
public final class NameKey {
    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ed", "adh", "as", "es", "ash", "esh",
            "ar", "er", "at", "et", "ath", "az", "ez", "an", "en", "ul");

    private NameKey() {
    }

    public static String of(String name) {
        String folded = fold(name);
        if (folded.isEmpty()) {
            return folded;
        }
        String[] words = folded.split(" ");
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || (i < words.length - 1 && words.length > 1 && ARTICLES.contains(w))) {
                continue;
            }
            if (i > 0 && w.length() > 4 && "aeiou".indexOf(w.charAt(0)) >= 0 && w.charAt(1) == w.charAt(2)
                    && "tdrzsn".indexOf(w.charAt(1)) >= 0) {
                w = w.substring(2); // "Ezzor", "Assuwayda": the article assimilated and written fused
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(spelling(w));
        }
        return sb.toString();
    }

    /** Lower case, no diacritics, no apostrophes, words separated by single spaces. */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        String t = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        boolean space = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    sb.append(Character.toLowerCase(c));
                    space = false;
                } else if (c == '\'' || c == '`') {
                    // apostrophes inside names ("Ra's") vanish rather than split the word
                } else if (!space) {
                    sb.append(' ');
                    space = true;
                }
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || c == '\u2019' || c == '\u2018' || c == '\u02BF' || c == '\u02BE' || c == '\u02BB'
                    || c == '\u02BC' || c == '\u00B4' || c == '\u02B9') {
                continue;
            }
            String mapped = switch (c) {
                case '\u0131' -> "i";
                case '\u00DF' -> "ss";
                case '\u00F8', '\u00D8' -> "o";
                case '\u00E6', '\u00C6' -> "ae";
                case '\u0111', '\u0110', '\u00F0' -> "d";
                case '\u0142', '\u0141' -> "l";
                case '\u0153' -> "oe";
                case '\u00FE' -> "th";
                default -> null;
            };
            if (mapped != null) {
                sb.append(mapped);
                space = false;
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == ' ') {
            sb.setLength(n - 1);
        }
        return sb.toString();
    }

    private static String spelling(String w) {
        if (w.length() < 3) {
            return w;
        }
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            if (c == 'y' && i > 0) {
                c = 'i';
            } else if (c == 'q') {
                c = 'k';
            } else if (c == 'o' && next == 'u') {
                sb.append('u');
                i++;
                continue;
            } else if (c == 'e' && next == 'e') {
                sb.append('i');
                i++;
                continue;
            } else if (c == 'e' && next == 'i') {
                sb.append("ai");
                i++;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == c) {
                continue;
            }
            sb.append(c);
        }
        int n = sb.length();
        if (n > 3 && sb.charAt(n - 1) == 'h' && "aeiou".indexOf(sb.charAt(n - 2)) >= 0) {
            sb.setLength(n - 1);
        }
        return sb.toString();
    }
}
