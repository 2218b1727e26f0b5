package org.sitrep.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which texts an English-language extractor takes: headlines in title case with an agency's tag are English. */
class TextChecksTest {
    @Test
    void aTitleCaseHeadlineWithAForeignTagIsEnglish() {
        // few function words, two nationalities the word list lacks, and a Cyrillic agency tag
        String headline = "Kurdish Militia Killed 5 Turkish Soldiers During Operation in Syria's Afrin - Statement CR РИАН";
        assertEquals(headline, TextChecks.checkText("h", headline));
    }

    @Test
    void aMonitorsNoteOfNamesIsEnglish() {
        // one function word in 14 and 6 dictionary words: months and "no" count, and nothing is foreign
        String note = "On 14 January 2020, regime forces shelled Kafr Nabl (Maarat al-Numan, Idleb). No fatalities reported.";
        assertEquals(note, TextChecks.checkText("n", note));
    }

    @Test
    void aSpanishParagraphIsNot() {
        String spanish = "Un enfrentamiento armado entre dos grupos criminales dejó cinco muertos en la comunidad de "
                + "San Isidro, municipio de Tlacotepec, según la fiscalía del estado.";
        InputProblem p = assertThrows(InputProblem.class, () -> TextChecks.checkText("es", spanish));
        assertTrue(p.getMessage().contains("does not look like English"), p.getMessage());
    }

    @Test
    void aFrenchParagraphIsNot() {
        String french = "Les forces gouvernementales ont bombardé plusieurs villages de la province pendant la nuit, "
                + "selon des sources locales qui ont signalé des victimes parmi les civils.";
        InputProblem p = assertThrows(InputProblem.class, () -> TextChecks.checkText("fr", french));
        assertTrue(p.getMessage().contains("does not look like English"), p.getMessage());
    }
}
