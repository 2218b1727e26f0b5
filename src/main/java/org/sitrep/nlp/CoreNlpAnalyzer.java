package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's tokenizer and sentence splitter, converted at once to Sitrep's records. Only these two
 * annotators run: they need no model files and handle ~250k tokens/s, while POS and NER would cost
 * 30-300x more for what a lexicon-driven extractor does not use.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
    private final StanfordCoreNLP pipeline;

    public CoreNlpAnalyzer() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        // Headlines and datelines are separated from the body by blank lines only.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,splitHyphenated=false");
        p.setProperty("tokenize.language", "en");
        pipeline = new StanfordCoreNLP(p, false);
    }


    /** Clitics an apostrophe opens in English ("Israel's", "don't", "we'll"): never an ayn. */
    private static final java.util.Set<String> CLITICS = java.util.Set.of("s", "t", "d", "m", "ll", "re", "ve", "n't");

    private static boolean glued(Token before, int start) {
        return before.end() == start;
    }

    /**
     * Whether {@code next}, glued to a word that ends in a letter, is an ayn or hamza with the letters after
     * it ("`d" of "Sa`d", "'s-al-Ain" of "Ra's-al-Ain"), not an English clitic ("'s", "n't"). A backtick is never an
     * English apostrophe; a straight or curly one is an ayn only before more than a clitic.
     */
    private static boolean ainContinues(Token before, String next) {
        if (next.length() < 2 || Token.AYNS.indexOf(next.charAt(0)) < 0 || !Character.isLetter(next.charAt(1))
                || before.text().isEmpty() || !Character.isLetter(before.text().charAt(before.text().length() - 1))
                || !Character.isUpperCase(before.text().codePointAt(0))) {
            return false;
        }
        String rest = next.substring(1).toLowerCase(java.util.Locale.ROOT);
        return LETTER_WORDS.matcher(rest).matches() && (next.charAt(0) == '`' || rest.indexOf('-') > 0 || !CLITICS.contains(rest));
    }

    /** Letters, or hyphened runs of them: "d", "s-al-ain". */
    private static final java.util.regex.Pattern LETTER_WORDS = java.util.regex.Pattern.compile("\\p{L}+(-\\p{L}+)*");

    /** Fewest lower-case letters before a capital that make a token two words run together ("executedFive"). */
    private static final int GLUED_HEAD = 4;

    /**
     * Where the second of two words run together starts in text[b, e), where a line break was lost: a lower-case
     * word of {@link #GLUED_HEAD}+ letters, then a capitalised one ("executedFive"); -1 for any other token.
     */
    private static int gluedAt(String text, int b, int e) {
        int k = b;
        while (k < e && Character.isLowerCase(text.charAt(k))) {
            k++;
        }
        if (k - b < GLUED_HEAD || k + 1 >= e || !Character.isUpperCase(text.charAt(k))) {
            return -1;
        }
        for (int x = k + 1; x < e; x++) {
            if (!Character.isLowerCase(text.charAt(x))) {
                return -1;
            }
        }
        return k;
    }

    /**
     * "Mir 'Ala", "Al `Amiriyah", "'Arab 'Asal Shakir": an ayn opening a transliterated word is tokenised as
     * a quotation mark of its own; it is joined to its word, unless the sentence closes a quotation after it
     * ("'Heavy Casualties' in Sagaing" is a quotation).
     */
    private static void mergeLeadingAyns(List<Token> tokens, String text) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token mark = tokens.get(i), word = tokens.get(i + 1);
            if (mark.text().length() != 1 || Token.AYNS.indexOf(mark.text().charAt(0)) < 0 || !glued(mark, word.start())
                    || !Character.isUpperCase(word.text().codePointAt(0)) || !Character.isLetter(word.text().codePointAt(0))
                    || i > 0 && glued(tokens.get(i - 1), mark.start()) || closedAfter(tokens, i + 1)) {
                continue;
            }
            tokens.set(i, new Token(text.substring(mark.start(), word.end()), mark.start(), word.end()));
            tokens.remove(i + 1);
        }
    }

    /** Whether a closing quotation mark (glued to the word before it, to no letter after it) follows token {@code from}. */
    private static boolean closedAfter(List<Token> tokens, int from) {
        for (int k = from + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.text().length() == 1 && Token.AYNS.indexOf(t.text().charAt(0)) >= 0 && glued(tokens.get(k - 1), t.start())
                    && (k + 1 == tokens.size() || !glued(t, tokens.get(k + 1).start())
                    || !Character.isLetter(tokens.get(k + 1).text().codePointAt(0)))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public AnalyzedText analyze(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        int[] paragraphStarts = Paragraphs.starts(text);
        List<Sentence> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                int b = t.beginPosition(), e = t.endPosition();
                int n = tokens.size();
                // "al-Nu'man", "Al-Ra'i": CoreNLP splits an apostrophe out of a hyphened word ([al-Nu]['][man]);
                // a transliterated name's ayn or hamza is part of its word, as in "Ma'arrat", which it keeps whole
                if (n >= 2 && Token.AYNS.indexOf(tokens.get(n - 1).text()) >= 0 && tokens.get(n - 1).text().length() == 1
                        && tokens.get(n - 1).start() == tokens.get(n - 2).end() && tokens.get(n - 1).end() == b
                        && Character.isLetter(text.charAt(b)) && Character.isLetter(text.charAt(tokens.get(n - 2).end() - 1))
                        && tokens.get(n - 2).text().indexOf('-') > 0) {
                    int from = tokens.get(n - 2).start();
                    tokens.subList(n - 2, n).clear();
                    tokens.add(new Token(text.substring(from, e), from, e));
                    continue;
                }
                if (n >= 2 && tokens.get(n - 1).text().equals("-") && glued(tokens.get(n - 2), tokens.get(n - 1).start())
                        && glued(tokens.get(n - 1), b) && Character.isLetter(text.charAt(b))
                        && Character.isLetter(text.charAt(tokens.get(n - 2).end() - 1))) {
                    // "Qal'ah-ye Kalbi": a word with an apostrophe loses its hyphen to CoreNLP ([Qal'ah][-][ye]),
                    // though hyphened words are otherwise kept whole (splitHyphenated=false)
                    int from = tokens.get(n - 2).start();
                    tokens.subList(n - 2, n).clear();
                    if (n >= 3 && glued(tokens.get(n - 3), from) && ainContinues(tokens.get(n - 3), text.substring(from, e))) {
                        from = tokens.remove(n - 3).start(); // [Ra]['s][-][al-Ain]: "Ra's-al-Ain"
                    }
                    tokens.add(new Token(text.substring(from, e), from, e));
                    continue;
                }
                if (n >= 1 && glued(tokens.get(n - 1), b) && ainContinues(tokens.get(n - 1), text.substring(b, e))) {
                    // "Dayr Umm Sa`d": [Sa][`d]; the ayn and its letters are the word's, as in "Ma'arrat"
                    int from = tokens.get(n - 1).start();
                    tokens.set(n - 1, new Token(text.substring(from, e), from, e));
                    continue;
                }
                if (e - b > 1 && text.charAt(b) == '#' && Character.isLetter(text.charAt(b + 1))) {
                    b++; // "executed in #Panjshir by the #Taliban": a hashtag is its word
                }
                int glued = gluedAt(text, b, e);
                if (glued > 0) {
                    // "seven people were executedFive in Chilpancingo": a scraped line break lost between two words
                    tokens.add(new Token(text.substring(b, glued), b, glued));
                    b = glued;
                }
                tokens.add(new Token(text.substring(b, e), b, e));
            }
            if (tokens.isEmpty()) {
                continue;
            }
            mergeLeadingAyns(tokens, text);
            int start = tokens.get(0).start(), end = tokens.get(tokens.size() - 1).end();
            out.add(new Sentence(out.size(), Paragraphs.indexOf(paragraphStarts, start), start, end,
                    text.substring(start, end), tokens));
        }
        return new AnalyzedText(text, out);
    }
}
