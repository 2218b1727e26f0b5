package org.sitrep.nlp;

import java.util.List;

/** An article's text cut into sentences and tokens: what every later stage reads. */
public record AnalyzedText(String text, List<Sentence> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }
}
