package org.sitrep.ingest;

import org.sitrep.model.Article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** The checks every article passes before extraction, each failing with a one-line reason. */
public final class TextChecks {
    /** News reports are kilobytes; anything above this is a dump or a mistake (CliTest). */
    public static final int MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
    /** Share of English function words below which a text is taken for another language (CliTest). */
    static final double MIN_ENGLISH_SHARE = 0.08;
    static final int MIN_WORDS_FOR_LANGUAGE = 12;
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "in", "to", "a", "was", "were", "is",
            "are", "on", "by", "with", "for", "that", "at", "from", "as", "said", "has", "have", "it", "an", "his",
            "their", "its", "he", "they", "which", "who", "after", "near", "been", "had", "be", "this", "not");

    /**
     * Function words of the other languages news reaches us in (French, Spanish, Portuguese, Italian, German,
     * Turkish, Indonesian), none of them an English word: positive evidence that a text is not English.
     */
    private static final Set<String> FOREIGN = Set.of("le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour",
            "par", "sur", "qui", "avec", "ont", "été", "selon", "el", "los", "las", "del", "y", "por", "una", "que", "con",
            "fue", "para", "su", "os", "dos", "das", "em", "foi", "uma", "com", "não", "il", "della", "di", "che", "sono",
            "nel", "gli", "der", "und", "ist", "den", "dem", "ein", "eine", "mit", "von", "zu", "im", "sich",
            "auf", "nicht", "ve", "bir", "bu", "ile", "için", "yang", "dan", "ini", "itu", "dengan", "untuk", "dari");
    /** English words the dictionary leaves out as proper nouns or function words, common in dated notes. */
    private static final Set<String> EVERYDAY = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "no", "nor", "or", "but", "into", "over", "while", "during", "against");

    private TextChecks() {
    }

    /**
     * Headlines and wire slugs carry few function words ("Junta Snipers Kill Three People in Kayah State"):
     * a text whose words are mostly English dictionary words is English all the same (CliTest keeps French out).
     */
    private static boolean englishVocabulary(String[] words, int n) {
        int known = 0, foreign = 0, english = 0;
        for (String w : words) {
            if (!w.isEmpty() && (Vocabulary.WORDS.contains(w) || ENGLISH.contains(w) || EVERYDAY.contains(w))) {
                known++; // the list has no function words, months or weekdays
            }
            english += ENGLISH.contains(w) ? 1 : 0;
            foreign += FOREIGN.contains(w) ? 1 : 0;
        }
        // a monitor's note is mostly names ("shelled Kafr Nabl (Maarat al-Numan, Idleb)"): without another
        // language's function words, a quarter of dictionary words will do
        return known >= (foreign > english ? MIN_VOCABULARY_SHARE : MIN_VOCABULARY_SHARE_NOTHING_FOREIGN) * n;
    }

    /** Share of dictionary words from which a text without function words is still English (CliTest). */
    static final double MIN_VOCABULARY_SHARE = 0.45;
    /** ... and one without another language's function words either (TextChecksTest). */
    static final double MIN_VOCABULARY_SHARE_NOTHING_FOREIGN = 0.25;

    /** The English word list, read on first need only: most texts pass on function words alone. */
    private static final class Vocabulary {
        static final Set<String> WORDS = read();

        private static Set<String> read() {
            String name = "/sitrep/geo/english-words.txt.gz";
            try (java.io.InputStream raw = TextChecks.class.getResourceAsStream(name)) {
                if (raw == null) {
                    throw new IllegalStateException("resource " + name + " is missing from the classpath");
                }
                Set<String> out = new java.util.HashSet<>();
                try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(raw),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (!line.startsWith("#") && !line.isBlank()) {
                            out.add(line.strip().toLowerCase(Locale.ROOT));
                        }
                    }
                }
                return Set.copyOf(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(name + ": " + e.getMessage(), e);
            }
        }
    }

    /** Decodes strict UTF-8 (a BOM is dropped); binary content, bad bytes and oversize input are errors. */
    public static String decode(String input, byte[] bytes) {
        return decode(input, bytes, MAX_ARTICLE_BYTES);
    }

    /** {@link #decode(String, byte[])} with another size limit (a web page's markup outweighs its text). */
    public static String decode(String input, byte[] bytes, int maxBytes) {
        if (bytes.length == 0) {
            throw new InputProblem(input, "empty input");
        }
        if (bytes.length > maxBytes) {
            throw new InputProblem(input, String.format(Locale.ROOT, "too large for one article (%,d bytes; the limit is %,d)",
                    bytes.length, maxBytes));
        }
        int control = 0;
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new InputProblem(input, "binary content (NUL byte at offset " + i + "), not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > 16) {
            throw new InputProblem(input, "binary content (" + control + " control bytes in the first 8 KiB), not text");
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        try {
            String s = dec.decode(buf).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InputProblem(input, "not valid UTF-8 (bad byte near offset " + buf.position() + ")");
        }
    }

    /**
     * The text to extract from: control characters become spaces ({@link Article#withoutControls}); text
     * that is then blank, or clearly not English, cannot be read by an English-language extractor.
     */
    public static String checkText(String input, String raw) {
        String text = Article.withoutControls(raw);
        if (text == null || text.isBlank()) {
            throw new InputProblem(input, "no text");
        }
        if (text.length() > MAX_ARTICLE_BYTES) {
            throw new InputProblem(input, String.format(Locale.ROOT, "too large for one article (%,d characters)", text.length()));
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int n = 0, english = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                n++;
                if (ENGLISH.contains(w)) {
                    english++;
                }
            }
        }
        if (n >= MIN_WORDS_FOR_LANGUAGE && english < MIN_ENGLISH_SHARE * n && !englishVocabulary(words, n)) {
            throw new InputProblem(input, String.format(Locale.ROOT,
                    "does not look like English (%d of %d words are common English words); Sitrep reads English reports",
                    english, n));
        }
        return text;
    }
}
