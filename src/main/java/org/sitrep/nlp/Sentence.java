package org.sitrep.nlp;

import java.util.List;

/**
 * One sentence: its position, the paragraph it sits in (paragraphs are separated by blank lines),
 * offsets [start, end) into the article text and its tokens.
 */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Index of the token holding character {@code offset}; the last token when none does. */
    public int tokenIndex(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size() - 1;
    }
}
