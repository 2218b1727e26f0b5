package org.sitrep.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lemma syntax of the phrase tables: "kill+" stands for every form of the verb. */
class InflectorTest {
    private static final Inflector INFLECTOR = Inflector.bundled();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kill|kill kills killed killing",
        "seize|seize seizes seized seizing",
        "carry|carry carries carried carrying",
        "stab|stab stabs stabbed stabbing",
        "target|target targets targeted targeting",
        "shell|shell shells shelled shelling",
        "ambush|ambush ambushes ambushed ambushing",
        "die|die dies died dying",
        "shoot|shoot shoots shot shooting",
        "strike|strike strikes struck stricken striking",
        "find|find finds found finding",
        "open|open opens opened opening",
    })
    void forms(String lemma, String expected) {
        assertEquals(Set.of(expected.split(" ")), INFLECTOR.forms(lemma));
    }

    @Test
    void phrasesExpandEveryLemmaWord() {
        List<String> p = INFLECTOR.expand("open+ fire on");
        assertTrue(p.containsAll(List.of("open fire on", "opens fire on", "opened fire on", "opening fire on")), p.toString());
        assertEquals(List.of("tear gas"), INFLECTOR.expand("tear gas"));
    }

    @Test
    void aLemmaOfOtherThanLettersIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> INFLECTOR.forms("k1ll"));
        assertTrue(e.getMessage().contains("k1ll"), e.getMessage());
    }

    @Test
    void theLexiconMatchesEveryFormOfALemmaCue() {
        Lexicon lex = Lexicon.bundled();
        for (String w : List.of("kill", "kills", "killed", "killing")) {
            assertTrue(lex.cues().longestAt(new String[] {w}, 0) != null, w);
        }
    }
}
