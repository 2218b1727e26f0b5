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

    /** The apostrophes a transliteration writes for an ayn or a hamza. */
    private static final String APOSTROPHES = "'’‘`";

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
                if (n >= 2 && APOSTROPHES.indexOf(tokens.get(n - 1).text()) >= 0 && tokens.get(n - 1).text().length() == 1
                        && tokens.get(n - 1).start() == tokens.get(n - 2).end() && tokens.get(n - 1).end() == b
                        && Character.isLetter(text.charAt(b)) && Character.isLetter(text.charAt(tokens.get(n - 2).end() - 1))
                        && tokens.get(n - 2).text().indexOf('-') > 0) {
                    int from = tokens.get(n - 2).start();
                    tokens.subList(n - 2, n).clear();
                    tokens.add(new Token(text.substring(from, e), from, e));
                    continue;
                }
                tokens.add(new Token(text.substring(b, e), b, e));
            }
            if (tokens.isEmpty()) {
                continue;
            }
            int start = tokens.get(0).start(), end = tokens.get(tokens.size() - 1).end();
            out.add(new Sentence(out.size(), Paragraphs.indexOf(paragraphStarts, start), start, end,
                    text.substring(start, end), tokens));
        }
        return new AnalyzedText(text, out);
    }
}
