package org.sitrep.geo;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds a place name to the key both the index and the matcher use, so that transliteration variants
 * meet: "Ras al-Ain", "Ra's al `Ayn" and "Ras el Ain" all become "ras ain". Steps, in order: strip
 * diacritics and case; drop apostrophes and ayn/hamza marks; hyphens and punctuation become spaces;
 * drop Arabic article tokens (al-, el-, ad-, as-, ...) that stand before another word, and an assimilated
 * article fused to a later word ("Deir Ezzor"); then fold
 * spelling variants inside each word (y/i, ou/u, ee/i, ei/ai, q/k, doubled letters, a final h).
 *
 * <p>The gazetteer folds two million names as it loads, so the work is done in reusable char buffers
 * ({@link Folder}), and each non-ASCII character's folding (its canonical decomposition, marks dropped,
 * lower-cased) is computed once and kept: the same result as decomposing the whole name, since marks
 * are dropped whatever their order.
 */
public final class NameKey {
    /**
     * The version of the folding below: raise it whenever a change makes some name fold to another key,
     * so that gazetteer snapshots made with the old keys are rebuilt ({@link Snapshot}).
     */
    public static final int FOLDING = 1;
    /** The Arabic articles, each packed as {@link #pack}: "al", "el", "ad", ... */
    private static final int[] ARTICLES = articles("al", "el", "ad", "ed", "adh", "as", "es", "ash", "esh", "ar", "er",
            "at", "et", "ath", "az", "ez", "an", "en", "ul");
    /** Per BMP character above ASCII: what it folds to, ' ' standing for a word break; null until first seen. */
    private static final String[] FOLDED = new String[Character.MAX_VALUE + 1];

    private NameKey() {
    }

    public static String of(String name) {
        Folder f = new Folder();
        f.set(name);
        return f.key();
    }

    /**
     * Fewer consonants than this and a skeleton says too little to find a name by: "Koayiah" and "Kuwayyah"
     * share only a "k" (VariantIndexTest). Two find "Lilaweh" (Lilawah), for a name the gazetteer does not
     * hold at all ({@link #SURE_SKELETON_CONSONANTS}).
     */
    static final int MIN_SKELETON_CONSONANTS = 2;
    /**
     * A name the gazetteer holds as spelled is looked up by its variants only with this many consonants:
     * "Amala" has its own villages and is not "Amata" (probe: "near {village} in {province}").
     */
    static final int SURE_SKELETON_CONSONANTS = 3;

    /**
     * The consonant skeleton of a key ({@link #of}), written as one word: what transliterations of one Arabic,
     * Persian or Pashto name keep in common when their vowels differ, or when one writes apart what another
     * writes together ("Garbatulla", "Garba Tulla"). The first letter stays; later vowels and the glides w, y
     * and h (an ayn written "h", "-eh"/"-ah") go; "kh", "sh", "gh", "th", "dh" stay one consonant each; an
     * initial vowel is any vowel ("Ain", "Ein"). "tel tamr" and "tal tamr" both give "tltmr", "kafr dael" and
     * "kafer dahel" "kfrdl". Empty when fewer than {@link #MIN_SKELETON_CONSONANTS} consonants remain.
     */
    public static String skeleton(String key) {
        return skeleton(key, MIN_SKELETON_CONSONANTS);
    }

    /** Whether the name has too few consonants for its variants to be looked up when it is held as spelled. */
    static boolean fewConsonants(String key) {
        return skeleton(key, SURE_SKELETON_CONSONANTS).isEmpty();
    }

    private static String skeleton(String key, int minConsonants) {
        String joined = key.replace(" ", "");
        StringBuilder sb = new StringBuilder(joined.length());
        int consonants = 0;
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (i == 0) {
                sb.append("aeiou".indexOf(c) >= 0 ? 'a' : c); // "Ain", "Ein", "Ayn": one initial vowel
                if ("aeiou".indexOf(c) < 0) {
                    consonants++; // an initial h, w or y is a consonant: "Homs", "Yabroud"
                }
                continue;
            }
            if (c == 'h' && "ksgtdc".indexOf(joined.charAt(i - 1)) >= 0) {
                sb.append('h'); // a digraph's second letter: "kh" is not "k"
                continue;
            }
            if ("aeiouwyh".indexOf(c) >= 0) {
                continue;
            }
            sb.append(c); // no merging across a dropped vowel: "Sinuni" keeps both its n's (the key merged "Tall")
            consonants++;
        }
        return consonants < minConsonants ? "" : sb.toString();
    }

    /**
     * How far apart two keys are as spellings: an edit costs 1, or {@link #WEAK_EDIT} where it only touches
     * a vowel or a glide (a, e, i, o, u, w, y, h), the letters transliterations disagree on most.
     */
    public static double spellingDistance(String a, String b) {
        int n = a.length(), m = b.length();
        double[] prev = new double[m + 1], cur = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + cost(b.charAt(j - 1));
        }
        for (int i = 1; i <= n; i++) {
            char x = a.charAt(i - 1);
            cur[0] = prev[0] + cost(x);
            for (int j = 1; j <= m; j++) {
                char y = b.charAt(j - 1);
                double sub = x == y ? 0 : Math.max(cost(x), cost(y));
                cur[j] = Math.min(prev[j - 1] + sub, Math.min(prev[j] + cost(x), cur[j - 1] + cost(y)));
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** The cost of editing a vowel or glide ({@link #spellingDistance}). */
    static final double WEAK_EDIT = 0.5;

    private static double cost(char c) {
        return "aeiouwyh".indexOf(c) >= 0 ? WEAK_EDIT : 1;
    }

    /** Lower case, no diacritics, no apostrophes, words separated by single spaces. */
    static String fold(String s) {
        Folder f = new Folder();
        f.set(s);
        f.fold();
        return new String(f.folded, 0, f.foldedLength);
    }

    /** Whether a lower-case word is an Arabic article written apart ("As Sakhrah", "Ash Shaykh"). */
    static boolean isArticle(String lower) {
        return Arrays.binarySearch(ARTICLES, pack(lower.toCharArray(), 0, lower.length())) >= 0;
    }

    private static int[] articles(String... words) {
        int[] out = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            char[] w = words[i].toCharArray();
            out[i] = pack(w, 0, w.length);
        }
        Arrays.sort(out);
        return out;
    }

    /** A word of two or three ASCII letters as one int, for the article test; -1 for any other word. */
    private static int pack(char[] w, int from, int len) {
        if (len < 2 || len > 3) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + len; i++) {
            if (w[i] >= 128) {
                return -1;
            }
            v = v << 8 | w[i];
        }
        return v;
    }

    private static String foldedChar(int cp) {
        String f = cp <= Character.MAX_VALUE ? FOLDED[cp] : null;
        if (f != null) {
            return f;
        }
        String t = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(2);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    sb.append(Character.toLowerCase(c));
                } else if (c != '\'' && c != '`') {
                    sb.append(' ');
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
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(' ');
            }
        }
        f = sb.toString();
        if (cp <= Character.MAX_VALUE) {
            FOLDED[cp] = f; // a benign race: every thread computes the same immutable String
        }
        return f;
    }

    /**
     * Reusable buffers for folding many names on one thread: {@link #set} or {@link #decode} a name, then
     * {@link #key} (or {@link #keyLength} to read the key from {@link #out} without a String).
     */
    static final class Folder {
        char[] in = new char[64];
        int inLength;
        char[] folded = new char[64];
        int foldedLength;
        char[] out = new char[64];
        int outLength;
        private char[] word = new char[64];

        void set(String s) {
            inLength = s.length();
            if (in.length < inLength) {
                in = new char[inLength * 2];
            }
            s.getChars(0, inLength, in, 0);
        }

        /** Decodes UTF-8 {@code b[from, to)} into {@link #in}; a malformed byte becomes U+FFFD. */
        void decode(byte[] b, int from, int to) {
            if (in.length < to - from) {
                in = new char[(to - from) * 2];
            }
            int n = 0;
            for (int i = from; i < to; ) {
                int c = b[i] & 0xff;
                if (c < 0x80) {
                    in[n++] = (char) c;
                    i++;
                    continue;
                }
                int extra = c >= 0xF0 && c < 0xF8 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 && c < 0xE0 ? 1 : -1;
                int cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : c & 0x1F;
                boolean ok = extra > 0 && i + extra < to;
                for (int k = 1; ok && k <= extra; k++) {
                    if ((b[i + k] & 0xC0) != 0x80) {
                        ok = false;
                    } else {
                        cp = cp << 6 | (b[i + k] & 0x3F);
                    }
                }
                if (!ok || cp > Character.MAX_CODE_POINT || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
                        || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    in[n++] = '\uFFFD';
                    i++;
                    continue;
                }
                n += Character.toChars(cp, in, n);
                i += extra + 1;
            }
            inLength = n;
        }

        boolean hasUpperCase() {
            for (int i = 0; i < inLength; i++) {
                if (Character.isUpperCase(in[i])) {
                    return true;
                }
            }
            return false;
        }

        /** {@link #in} to {@link #folded}: lower case, no marks or apostrophes, single spaces. */
        void fold() {
            if (folded.length < inLength * 3 + 4) {
                folded = new char[inLength * 3 + 4];
            }
            char[] f = folded;
            int n = 0;
            boolean space = true;
            for (int i = 0; i < inLength; i++) {
                char c = in[i];
                if (c < 128) {
                    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                        f[n++] = c;
                        space = false;
                    } else if (c >= 'A' && c <= 'Z') {
                        f[n++] = (char) (c + 32);
                        space = false;
                    } else if (c == '\'' || c == '`') {
                        // apostrophes inside names ("Ra's") vanish rather than split the word
                    } else if (!space) {
                        f[n++] = ' ';
                        space = true;
                    }
                    continue;
                }
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < inLength && Character.isLowSurrogate(in[i + 1])) {
                    cp = Character.toCodePoint(c, in[++i]);
                }
                String m = foldedChar(cp);
                for (int k = 0; k < m.length(); k++) {
                    char x = m.charAt(k);
                    if (x != ' ') {
                        f[n++] = x;
                        space = false;
                    } else if (!space) {
                        f[n++] = ' ';
                        space = true;
                    }
                }
            }
            if (n > 0 && f[n - 1] == ' ') {
                n--;
            }
            foldedLength = n;
        }

        String key() {
            int n = keyLength(); // may grow out
            return new String(out, 0, n);
        }

        /** Folds {@link #in} and writes its key to {@link #out}; returns the key's length. */
        int keyLength() {
            fold();
            if (out.length < foldedLength + 4) {
                out = new char[foldedLength * 2 + 4];
            }
            int words = 0;
            for (int i = 0; i < foldedLength; i++) {
                if (folded[i] == ' ') {
                    words++;
                }
            }
            words = foldedLength == 0 ? 0 : words + 1;
            int n = 0, w = 0;
            for (int from = 0; from < foldedLength; w++) {
                int to = from;
                while (to < foldedLength && folded[to] != ' ') {
                    to++;
                }
                int len = to - from;
                boolean article = w < words - 1 && words > 1 && Arrays.binarySearch(ARTICLES, pack(folded, from, len)) >= 0;
                if (!article) {
                    int start = from;
                    char a = folded[from];
                    if (w > 0 && len > 4 && (a == 'a' || a == 'e' || a == 'i' || a == 'o' || a == 'u')
                            && folded[from + 1] == folded[from + 2] && "tdrzsn".indexOf(folded[from + 1]) >= 0) {
                        start += 2; // "Ezzor", "Assuwayda": the article assimilated and written fused
                    }
                    if (n > 0) {
                        out[n++] = ' ';
                    }
                    n = spelling(folded, start, to, n);
                }
                from = to + 1;
            }
            outLength = n;
            return n;
        }

        /** Appends the word {@code src[from, to)} to {@link #out} at {@code n} with its spelling folded. */
        private int spelling(char[] src, int from, int to, int n) {
            int len = to - from;
            if (len < 3) {
                System.arraycopy(src, from, out, n, len);
                return n + len;
            }
            if (word.length < len * 2) {
                word = new char[len * 2];
            }
            char[] sb = word;
            int m = 0;
            for (int i = from; i < to; i++) {
                char c = src[i];
                char next = i + 1 < to ? src[i + 1] : 0;
                if (c == 'y' && i > from) {
                    c = 'i';
                } else if (c == 'q') {
                    c = 'k';
                } else if (c == 'o' && next == 'u') {
                    sb[m++] = 'u';
                    i++;
                    continue;
                } else if (c == 'e' && next == 'e') {
                    sb[m++] = 'i';
                    i++;
                    continue;
                } else if (c == 'e' && next == 'i') {
                    sb[m++] = 'a';
                    sb[m++] = 'i';
                    i++;
                    continue;
                }
                if (m > 0 && sb[m - 1] == c) {
                    continue;
                }
                sb[m++] = c;
            }
            if (m > 3 && sb[m - 1] == 'h' && "aeiou".indexOf(sb[m - 2]) >= 0) {
                m--;
            }
            System.arraycopy(sb, 0, out, n, m);
            return n + m;
        }
    }

    /** "al qamishli" → "qamishli": the article is optional in how reports write a name. */
    static String withoutArticle(String folded) {
        int sp = folded.indexOf(' ');
        if (sp > 0 && sp <= 3 && java.util.Set.of("al", "el", "ad", "as", "ar", "at", "az", "an", "ash", "ed", "es", "er", "ez")
                .contains(folded.substring(0, sp))) {
            return folded.substring(sp + 1);
        }
        return folded;
    }
}
