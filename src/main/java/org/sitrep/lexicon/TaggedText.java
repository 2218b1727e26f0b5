package org.sitrep.lexicon;

import org.sitrep.nlp.AnalyzedText;

import java.util.List;

/**
 * An article's text, its sentences tagged by the lexicon, and its layout: where the headline ends
 * (0 when it has none) and where a dateline ends ("ERBIL, Kurdistan Region –"; -1 when it has none).
 */
public record TaggedText(AnalyzedText analyzed, List<TaggedSentence> sentences, int headlineEnd, int datelineEnd) {
    public TaggedText {
        sentences = List.copyOf(sentences);
        if (sentences.size() != analyzed.sentences().size()) {
            throw new IllegalArgumentException(sentences.size() + " tagged sentences for "
                    + analyzed.sentences().size() + " analysed ones");
        }
    }

    public String text() {
        return analyzed.text();
    }

    /** Whether the sentence lies inside the headline. */
    public boolean inHeadline(TaggedSentence s) {
        return s.sentence().end() <= headlineEnd;
    }
}
