package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.TestEngine;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ACLED's convention for an event the text gives no date for: the publication date, time_precision 3
 * (only the month is sure); without a publication date, the day the article arrived, also 3, and the
 * notes say so. An event date is never null.
 */
class UndatedEventsTest {
    static final String UNDATED = "Two soldiers were killed in clashes with gunmen near Mosul, a security source said.";
    static final LocalDate RECEIVED = LocalDate.of(2024, 3, 5);

    private static Event only(Article a) {
        List<Event> events = TestEngine.extractor().extract(a, RECEIVED);
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    @Test
    void noDateInTheTextIsThePublicationDateAtPrecisionThree() {
        Event e = only(new Article("p", UNDATED, LocalDate.of(2020, 1, 7), null, null, "en"));
        assertEquals(LocalDate.of(2020, 1, 7), e.date());
        assertEquals(3, e.timePrecision());
        assertFalse(e.notes().contains("received"), e.notes());
    }

    @Test
    void noPublicationDateEitherIsTheDayOfReceiptAtPrecisionThreeAndSaysSo() {
        Event e = only(new Article("r", UNDATED, null, null, null, "en"));
        assertEquals(RECEIVED, e.date());
        assertEquals(3, e.timePrecision());
        assertTrue(e.notes().startsWith("On 5 March 2024, ") && e.notes().endsWith(
                "The report gives no date and has no publication date: coded on the day it was received."), e.notes());
    }

    @Test
    void aDateInTheTextStaysExact() {
        Event e = only(new Article("t", "Two soldiers were killed in clashes with gunmen near Mosul on Monday, a security "
                + "source said.", LocalDate.of(2020, 1, 7), null, null, "en"));
        assertEquals(LocalDate.of(2020, 1, 6), e.date());
        assertEquals(1, e.timePrecision());
    }
}
