package org.sitrep.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sitrep's tokens from CoreNLP's, where transliterated names need them whole. */
class CoreNlpAnalyzerTest {
    private static final CoreNlpAnalyzer ANALYZER = new CoreNlpAnalyzer();

    private static List<String> words(String text) {
        return ANALYZER.analyze(text).sentences().get(0).tokens().stream().map(Token::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"al-Nu'man", "Al-Ra'i", "Al-Sha’fah", "Ma'arrat", "Tal Rif'at"})
    void anAynOrHamzaApostropheStaysInItsWord(String name) {
        // CoreNLP splits "al-Nu'man" into al-Nu ' man, though it keeps "Ma'arrat" whole
        List<String> w = words("Shells fell on " + name + " on Monday.");
        assertTrue(String.join(" ", w).contains(name), w.toString());
        assertEquals(List.of(name.split(" ")), w.subList(3, 3 + name.split(" ").length));
    }

    @Test
    void anAynOpeningAWordIsTheWordsUnlessAQuotationClosesAfterIt() {
        assertEquals(List.of("shelled", "Mir", "'Ala", "and", "Al", "`Amiriyah", "and", "Dayr", "Umm", "Sa`d"),
                words("shelled Mir 'Ala and Al `Amiriyah and Dayr Umm Sa`d"));
        assertEquals(List.of("in", "Qal'ah-ye", "Kalbi", "and", "Ra's-al-Ain"), words("in Qal'ah-ye Kalbi and Ra's-al-Ain"));
        assertEquals(List.of("Suffer", "‘", "Heavy", "Casualties", "’", "in", "Sagaing"), words("Suffer ‘Heavy Casualties’ in Sagaing"));
        assertEquals(List.of("He", "said", "'", "We", "will", "win", "'", "."), words("He said 'We will win'."));
        assertTrue(new Token("'Ala", 0, 4).isCapitalized());
        assertTrue(!new Token("'s", 0, 2).isCapitalized());
    }

    @Test
    void quotesAndPossessivesAreStillTheirOwnTokens() {
        assertEquals(List.of("the", "army", "'s", "men", "said", "'", "no", "'"), words("the army's men said 'no'"));
        assertEquals(List.of("Idlib", "'s", "al-Bara", "village"), words("Idlib's al-Bara village"));
    }

    @Test
    void aHashtagIsItsWordAndWordsRunTogetherAreTwo() {
        assertEquals(List.of("executed", "in", "Panjshir", "by", "the", "Taliban", "."),
                words("executed in #Panjshir by the #Taliban."));
        assertEquals(List.of("were", "executed", "Five", "in", "Chilpancingo"), words("were executedFive in Chilpancingo"));
        // a capital inside a name or a brand is no lost line break; a lone "#" stays a token
        assertEquals(List.of("McDonald", "eBay", "iPhone", "DeSantis", "#", "1"), words("McDonald eBay iPhone DeSantis # 1"));
        String text = "They were executedFive in #Chilpancingo.";
        for (Token t : ANALYZER.analyze(text).sentences().get(0).tokens()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Regime forces shelled Maarat al-Nu'man and Al-Ra'i, killing two.";
        for (Token t : ANALYZER.analyze(text).sentences().get(0).tokens()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
    }
}
