package org.sitrep.nlp;

/** Cuts text into sentences and tokens. Implementations are thread-safe. */
public interface TextAnalyzer {
    AnalyzedText analyze(String text);
}
