package org.sitrep.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.nlp.CoreNlpAnalyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading the lexicon: every list present, user files extend it, bad lines are refused by name. */
class LexiconTest {
    private static final Lexicon BUNDLED = Lexicon.bundled();

    @Test
    void everyWordListIsBundledAndNonEmpty() {
        for (WordList w : WordList.values()) {
            assertFalse(BUNDLED.words(w).isEmpty(), w.file());
            for (String word : BUNDLED.words(w)) {
                assertEquals(word.toLowerCase(java.util.Locale.ROOT), word, w.file());
            }
        }
        assertTrue(BUNDLED.words(WordList.SPEECH_VERBS).contains("said"));
    }

    @Test
    void aUserWordFileAddsToTheBundledList(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("words"));
        Files.writeString(dir.resolve("words/speech-verbs.txt"), "# a local verb of saying\nQuipped\n");
        Lexicon l = Lexicon.load(dir);
        assertTrue(l.words(WordList.SPEECH_VERBS).contains("quipped"));
        assertTrue(l.words(WordList.SPEECH_VERBS).contains("said"));
        assertFalse(BUNDLED.words(WordList.SPEECH_VERBS).contains("quipped"));
    }

    @Test
    void badLinesAreRefusedWithFileLineAndValue(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("words"));
        Files.writeString(dir.resolve("words/weekdays.txt"), "monday\ntwo words\n");
        var e = assertThrows(IllegalArgumentException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().contains("weekdays.txt line 2") && e.getMessage().contains("'two words'"), e.getMessage());

        Path cues = Files.createDirectories(dir.resolve("c"));
        Files.writeString(cues.resolve("cues.tsv"), "bombard*\tBOMBARD\t4\n");
        e = assertThrows(IllegalArgumentException.class, () -> Lexicon.load(cues));
        assertTrue(e.getMessage().contains("cues.tsv line 1") && e.getMessage().contains("'BOMBARD'"), e.getMessage());

        Files.writeString(cues.resolve("cues.tsv"), "bombard*\tSHELL\t9\n");
        e = assertThrows(IllegalArgumentException.class, () -> Lexicon.load(cues));
        assertTrue(e.getMessage().contains("cue weight 9"), e.getMessage());

        Path actors = Files.createDirectories(dir.resolve("a"));
        Files.writeString(actors.resolve("actors.tsv"), "new front\tNew Front\t9\tSY\t\n");
        e = assertThrows(IllegalArgumentException.class, () -> Lexicon.load(actors));
        assertTrue(e.getMessage().contains("actors.tsv line 1") && e.getMessage().contains("inter code 9"), e.getMessage());
    }

    @Test
    void aSentenceIsMatchedAsPhraseMatcherMatchesIt() {
        var s = new CoreNlpAnalyzer().analyze("Turkish artillery shelled the village, killing two civilians and "
                + "wounding five, activists said.").sentences().get(0);
        TaggedSentence t = new TaggedSentence(s, BUNDLED);
        assertEquals(BUNDLED.cues().findAll(s.tokens()), t.all(BUNDLED.cues()));
        assertEquals(BUNDLED.casualtyWords().findAll(s.tokens()), t.all(BUNDLED.casualtyWords()));
        for (int i = 0; i < s.tokens().size(); i++) {
            assertEquals(BUNDLED.actorNouns().longestAt(s.tokens(), i), t.at(BUNDLED.actorNouns(), i), "token " + i);
        }
        assertNull(t.at(BUNDLED.cues(), -1));
        assertNull(t.at(BUNDLED.cues(), s.tokens().size()));
        assertTrue(t.any(WordList.SPEECH_VERBS));
        assertEquals(List.of(), new TaggedSentence(new CoreNlpAnalyzer().analyze("Nothing here.").sentences().get(0),
                BUNDLED).all(BUNDLED.cues()));
    }

    @org.junit.jupiter.api.Test
    void stateForcesTakeTheirGovernmentsPeriod() {
        Lexicon lex = Lexicon.bundled();
        org.junit.jupiter.api.Assertions.assertEquals("2021-", lex.statePeriod("MM", java.time.LocalDate.of(2021, 2, 1)));
        org.junit.jupiter.api.Assertions.assertEquals("2016-2021", lex.statePeriod("MM", java.time.LocalDate.of(2021, 1, 31)));
        org.junit.jupiter.api.Assertions.assertEquals("", lex.statePeriod("MM", java.time.LocalDate.of(2010, 1, 1)));
        org.junit.jupiter.api.Assertions.assertEquals("", lex.statePeriod("FR", java.time.LocalDate.of(2021, 1, 1)));
    }

    @org.junit.jupiter.api.Test
    void publishersNameTheCountryTheyReportOn() {
        Lexicon lex = Lexicon.bundled();
        org.junit.jupiter.api.Assertions.assertEquals("MM", lex.publisherCountry("Myanmar Now"));
        org.junit.jupiter.api.Assertions.assertEquals("MX", lex.publisherCountry("El Sol de Zamora"));
        org.junit.jupiter.api.Assertions.assertEquals("", lex.publisherCountry("Reuters"));
        org.junit.jupiter.api.Assertions.assertEquals("", lex.publisherCountry(null));
    }
}
