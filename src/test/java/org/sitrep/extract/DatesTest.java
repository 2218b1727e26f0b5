package org.sitrep.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.nlp.CoreNlpAnalyzer;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /**
     * Exactly the dates found (ISO, joined by spaces; empty for none) and their precisions, given the
     * publication date: an impossible date yields nothing rather than a neighbouring day, "may" the verb
     * is no month, a bare year is no date.
     */
    @ParameterizedTest(name = "{0} (published {1}) -> [{2}]")
    @CsvSource(delimiter = '|', value = {
        // sentence | published | dates found | their precisions
        "On February 30 nothing happened.|2019-10-29||",
        "On Sunday, February 30, nothing happened.|2019-10-29|2019-10-27|1", // the weekday stands alone
        "On February 29 a bomb exploded.|2020-03-10|2020-02-29|1",           // leap year
        "On February 29 a bomb exploded.|2020-02-29|2020-02-29|1",           // published that very day
        "On Feb. 29 a bomb exploded.|2020-03-10|2020-02-29|1",
        "On February 29 a bomb exploded.|2019-03-10||",                      // 2019 has no February 29
        "On February 29 a bomb exploded.|2021-03-10||",
        // Too far ahead of publication, so last year's, and 2019 has none. Fails today: Dates.build moves
        // 2020-02-29 back with LocalDate.minusYears, which clamps it to an invented 2019-02-28.
        "On February 29 a bomb exploded.|2020-01-15||",
        "On 29 February a bomb exploded.|2020-02-20||",
        "On 29 February 2016 a bomb exploded.|2019-10-29|2016-02-29|1",
        "On 29 February 2017 a bomb exploded.|2019-10-29||",
        "On February 29, 2019, a bomb exploded.|2019-10-29||",
        "On April 31 a bomb exploded.|2019-10-29||",
        "On 31 April a bomb exploded.|2019-10-29||",
        "On April 30 a bomb exploded.|2019-10-29|2019-04-30|1",
        "On October 32 a bomb exploded.|2019-10-29||",
        "On October 0 a bomb exploded.|2019-10-29||",
        "On 0 October a bomb exploded.|2019-10-29||",
        "The report is dated 2019-13-01.|2019-10-29||",
        "The report is dated 2019-10-00.|2019-10-29||",
        "The report is dated 2019-02-29.|2019-10-29||",
        "The report is dated 2020-02-29.|2020-03-10|2020-02-29|1",
        "In May we may go.|2019-10-29|2019-05-01|3",
        "They may attack in May.|2019-10-29|2019-05-01|3",
        "Talks may resume in May 2020.|2019-10-29|2020-05-01|3",
        "The fighting may continue.|2019-10-29||",
        "May God protect them.|2019-10-29||",
        "On May 5 the talks resumed.|2019-10-29|2019-05-05|1",
        "On 5 May the talks resumed.|2019-10-29|2019-05-05|1",
        "The 2019 budget rose.|2019-10-29||",
        "Since 2011 the war has killed thousands.|2019-10-29||",
        "Fighting broke out on Tuesday.|2019-10-29|2019-10-29|1",            // a Tuesday: the day itself
        "Fighting broke out Tuesday.|2019-10-29|2019-10-29|1",
        "Fighting broke out last Tuesday.|2019-10-29|2019-10-22|1",
        "Fighting will resume next Tuesday.|2019-10-29|2019-11-05|1",
    })
    void impossibleOrAmbiguousDatesAreNotInvented(String sentence, String published, String dates, String precisions) {
        var ds = Dates.find(NLP.analyze(sentence).sentences().get(0).tokens(), LocalDate.parse(published));
        String gotDates = ds.stream().map(d -> d.date().toString()).collect(Collectors.joining(" "));
        String gotPrecisions = ds.stream().map(d -> String.valueOf(d.precision())).collect(Collectors.joining(" "));
        assertEquals(dates == null ? "" : dates, gotDates, () -> "dates in '" + sentence + "': " + ds);
        assertEquals(precisions == null ? "" : precisions, gotPrecisions, () -> "precisions in '" + sentence + "': " + ds);
    }
}
