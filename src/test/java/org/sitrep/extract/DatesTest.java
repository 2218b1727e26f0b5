package org.sitrep.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.nlp.CoreNlpAnalyzer;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates resolve against the publication date (Tuesday 2019-10-29 here), never the wall clock. */
class DatesTest {
    private static final CoreNlpAnalyzer NLP = new CoreNlpAnalyzer();
    private static final LocalDate PUB = LocalDate.of(2019, 10, 29);

    private static List<Dates.DateMention> find(String s) {
        return Dates.find(NLP.analyze(s).sentences().get(0).tokens(), PUB);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Fighting broke out on Tuesday.|2019-10-29|1",
        "Fighting broke out on Monday.|2019-10-28|1",
        "Fighting broke out on Wednesday.|2019-10-23|1",
        "Fighting broke out last Tuesday.|2019-10-22|1",
        "Fighting broke out yesterday.|2019-10-28|1",
        "The patrol starts tomorrow.|2019-10-30|1",
        "On October 6, the order came.|2019-10-06|1",
        "On 9 October the incursion began.|2019-10-09|1",
        "On Oct. 9 the incursion began.|2019-10-09|1",
        "On December 25 a bomb exploded.|2018-12-25|1",
        "On March 3, 2017, a bomb exploded.|2017-03-03|1",
        "Two days ago a bomb exploded.|2019-10-27|1",
        "Last week a bomb exploded.|2019-10-22|2",
        "In September a bomb exploded.|2019-09-01|3",
    })
    void resolves(String sentence, String date, int precision) {
        var ds = find(sentence);
        assertEquals(1, ds.size(), () -> "one date in '" + sentence + "': " + ds);
        assertEquals(LocalDate.parse(date), ds.get(0).date());
        assertEquals(precision, ds.get(0).precision());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The group claimed on Saturday the killing of two shepherds a day earlier.|2019-10-25",
        "On Monday officials said the attack came the previous day.|2019-10-27",
        "On Monday officials said the attack came two days earlier.|2019-10-26",
    })
    void daysCountedBackFromTheSentencesDate(String sentence, String date) {
        var ds = find(sentence);
        assertEquals(2, ds.size(), () -> "two dates in '" + sentence + "': " + ds);
        assertEquals(LocalDate.parse(date), ds.get(1).date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"On February 30 nothing happened.", "In May we may go.", "The 2019 budget rose."})
    void impossibleOrAmbiguousDatesAreNotInvented(String sentence) {
        var ds = find(sentence);
        assertTrue(ds.isEmpty() || ds.stream().noneMatch(d -> d.date().getDayOfMonth() == 30 && d.date().getMonthValue() == 2),
                ds::toString);
        if (sentence.startsWith("In May")) {
            assertEquals(1, ds.size(), ds::toString); // the month; "may" the verb is no date
        }
    }
}
