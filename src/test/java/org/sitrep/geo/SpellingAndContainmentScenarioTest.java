package org.sitrep.geo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sitrep.TestEngine;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenarios with named GeoNames ids for issue 11's place reasoning: names spelled otherwise than the
 * gazetteer spells them, an area named after a place that holds it, and ACLED's geo_precision. Sentences
 * written here, in the style of monitors' notes and wire headlines.
 */
class SpellingAndContainmentScenarioTest {
    private static List<Resolved> parse(String text) {
        return TestEngine.extractor().geoparse(text);
    }

    private static Resolved mention(String text, String name) {
        return parse(text).stream().filter(r -> r.toponym().text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + name + "' in: " + text));
    }

    private static Place eventPlace(String text) {
        List<Event> es = TestEngine.extractor().extract(new Article("scenario", text, LocalDate.of(2020, 3, 5), null, null, "en"));
        assertFalse(es.isEmpty(), "no event in: " + text);
        return es.get(0).place();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the gazetteer writes Tall Tamr, Kafr Da`il, Kabanah: a consonant skeleton finds them, the area decides
        "Tell Tamr|163434|Turkish forces shelled the village of Tell Tamr in Hasakah countryside on Monday.",
        "Kafr Dael|168705|Regime forces shelled Kafr Dael in the western countryside of Aleppo on Monday.",
        "Kabani|168467|Regime forces shelled Kabani in Latakia countryside, killing a fighter.",
        // a Levantine "-eh" for "-ah" on a name of two consonants, which the gazetteer does not hold as written
        "Lilaweh|167648|Regime forces shelled Lilaweh in Aleppo countryside, killing two civilians.",
        "al-Wahliyeh|420907|Turkish drones struck al-Wahliyeh in Hasakah countryside on Tuesday.",
        // "Sheikh" is an English word and a title, and a word of village names all the same
        "Qaryet al-Sheikh Ibrahim|6805539|Gunmen attacked Qaryet al-Sheikh Ibrahim in Salahuddin, killing two.",
        // a village's spelling variants abroad cast no vote against the province that holds it
        "Nasib|166390|A man was killed in Nasib in Daraa countryside.",
        // "al-Nu'man" is one word, whatever CoreNLP makes of the apostrophe in a hyphened word
        "Maarat al-Nu'man|167611|Unknown gunmen killed a young man in Maarat al-Nu'man in Idlib countryside.",
        // a province that opens the sentence holds the small places it names; what the text calls a village
        // is no city abroad (Mashhad is also "Masat"), nor a town many times its size there (Bakal, Russia)
        "Masat|2340341|In Kaduna, gunmen shot dead a man in Masat village on Monday.",
        "Kuyucak|741967|In Corum, gunmen shot dead a man in Kuyucak village on Monday.",
        "Bakal|65005|In Gedo, gunmen shot dead a man in Bakal village on Monday.",
        // a capitalised article inside a sentence is the name's own, as GeoNames writes it ("As", "Ad" are English too)
        "As Saqlawiyah|98524|An IED exploded in As Saqlawiyah, killing two members of the Iraqi security forces.",
        "Ad Dawr|99768|An IED exploded in Ad Dawr, killing two members of the Iraqi security forces.",
        "An Najaf|98860|Protesters clashed with police in An Najaf on Friday, and two were killed.",
        // ... and so it is when the name after it is spelled otherwise ("-eh" for the gazetteer's "-ah")
        "As Sakhreh|8427912|Clashes between the army and militants in As Sakhreh, Homs, left three dead.",
        // "In" opening the sentence is a preposition, not the first word of In Salah (Algeria)
        "Naji Mahul|6805350|In Salah ad Din province, gunmen killed two herders near Naji Mahul on Monday.",
    })
    void theVillageIsTheOneItsSpellingAndTheAreaAroundItSay(String name, long id, String text) {
        assertEquals(id, mention(text, name).place().geonamesId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Palmira (Colombia) has six times Tadmur's people; "in Homs province" settles it
        "Palmyra|163808|SY|An IED exploded in Palmyra in Homs province, killing two soldiers.",
        // "Guaymas Sonora": the state after the town is no part of a longer name
        "Guaymas|4005143|MX|Guaymas Sonora: gunmen kill three outside a bar",
        // "the Iguala market" is in Iguala: a market, unlike a street, is not named after another town
        "Iguala|3526798|MX|They murder a merchant in the Iguala market",
        "Minatitlán|3523183|MX|A man was killed in Minatitlán, Veracruz, on Sunday.",
    })
    void theAreaAfterANameHoldsIt(String name, long id, String country, String text) {
        GeoEntry e = mention(text, name).place();
        assertEquals(id, e.geonamesId(), e.toString());
        assertEquals(country, e.countryCode());
    }

    @Test
    void aListOfPlacesIsNoContainment() {
        // "Homs, Rif Dimashq and its outskirts": Homs is no place in Rif Dimashq
        Resolved homs = mention("Israeli strikes on several areas in Homs, Rif Dimashq and its outskirts killed six.", "Homs");
        assertEquals(169577L, homs.place().geonamesId());
        assertEquals(-1, homs.toponym().within());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // two clauses, two places: the count's clause says where people died
        "Hama|Warplanes struck the western countryside of Idlib and a child was killed by shelling in the countryside of Hama.",
        "Latakia|Shelling hit the outskirts of Aleppo and three fighters died in clashes in Latakia countryside.",
        // ... but only among equally good places: where a victim came from is not where he died
        "Daraa|Gunmen killed a man from Homs and wounded two others in Daraa countryside.",
    })
    void theCountsClauseSaysWhere(String admin1, String text) {
        assertEquals(admin1, eventPlace(text).admin1());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // Myanmar's states and regions by their older and ethnic names, and "Division" for a region
        "Kayin State|3|Junta bombs church in Karen State killing 5 civilians",
        "Kayah State|3|Two resistance fighters killed in attack on military outpost in Karenni State",
        "Ayeyarwady|3|Military shell kills two in Irrawaddy Region",
        "Tanintharyi Region|3|Five killed in clashes in Tanintharyi Division",
        "Sagaing Region|3|Three killed in Sagaing Division",
        // an area the news names without a town: its point, precision 2
        "|2|At least 16 killed in clashes in Myanmar's Kokang region",
    })
    void provincesAndAreasAsTheNewsNamesThem(String admin1, int precision, String text) {
        Place p = eventPlace(text);
        if (admin1 != null) {
            assertEquals(admin1, p.admin1(), p.toString());
        }
        assertEquals(precision, p.precision(), p.toString());
        assertEquals("MM", p.countryCode(), p.toString());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // "X of <district>" is a place and its area, not the opening of an organisation's name ("Bank of England")
        "198227|Unidentified gunmen killed a man in Entontol of Narok.",
        "385458|Unidentified gunmen killed a man in Kanfushah of Al-Hasakeh in Al-Hasakah governorate.",
        // joined as Kenyan papers write it, in the county GeoNames' first level names (WOF's region is the old province)
        "197768|Suspected bandits shot dead two herders at Garbatulla in Isiolo County on Sunday night, police said.",
        // "X, west of Y" is a bearing from a town, not a part of it: X is the place, however far from Y
        "90393|Iraqi security forces killed two ISIS suspects during a raid in Tal Afar, west of Mosul.",
        "99524|ISIS militants attacked a Hashd al-Shaabi checkpoint near Al-Baaj, west of Mosul, killing three fighters.",
    })
    void aPlaceOfItsDistrictIsWhereItHappened(long id, String text) {
        assertEquals(id, eventPlace(text).geonamesId());
    }

    @Test
    void anAndBetweenTwoPlacesListsThemItJoinsNoClauses() {
        // the count's clause rule must not read "Kafr Nabl and al-Bara" as two clauses: the first town shelled
        Place p = eventPlace("Regime forces shelled Kafr Nabl and al-Bara in Jabal al-Zawiya, wounding a child.");
        assertEquals(168661L, p.geonamesId(), p.toString());
        assertEquals(1, p.precision());
        // ... nor "Kansafra and Kafr Uwaid", though the gazetteer lacks the second name
        Place k = eventPlace("Regime forces shelled the towns of Kansafra and Kafr Uwaid in the southern countryside of Idlib "
                + "on Thursday, killing a woman and her two children.");
        assertEquals(168572L, k.geonamesId(), k.toString());
    }

    @Test
    void aVillageNamedAfterItsDistrictIsTheFinerPlace() {
        // a district and a village of it, both after a locative: the village, though neither has a known size
        Place p = eventPlace("Security forces killed three militants in an operation in the Ceel Waaq district of Gedo, near the village of Abrone.");
        assertEquals(65940L, p.geonamesId(), p.toString());
        assertEquals(2, p.precision());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a headline that opens with its state and a colon, as Mexican monitors write them: that state's town
        "Michoacán|Michoacan: three men shot dead in Santa Elena",
        "Oaxaca|Oaxaca: gunmen kill two in San Isidro",
    })
    void aHeadlinesOpeningStateHoldsItsTowns(String admin1, String text) {
        Place p = eventPlace(text);
        assertEquals("MX", p.countryCode(), p.toString());
        assertEquals(admin1, p.admin1(), p.toString());
    }

    @Test
    void aSentenceOpeningPrepositionIsNoPartOfTheProvinceAfterIt() {
        // "In Gedo" read as a spelling variant had swallowed the province
        assertEquals("SO", mention("In Gedo province, gunmen killed two herders on Monday.", "Gedo").place().countryCode());
        assertEquals("IQ", mention("In Salah ad Din province, gunmen killed two herders.", "Salah ad Din").place().countryCode());
    }

    @Test
    void aTitleWordInsideAVillageNameLeavesNoFragmentPlace() {
        // "Kafr" alone is a hamlet in Yemen; here it only opens the name of a village the gazetteer lacks
        var rs = parse("A child was killed by a landmine in Kafr Sheikh Ibrahim on Monday.");
        assertTrue(rs.stream().noneMatch(r -> !r.toponym().inName() && r.place().countryCode().equals("YE")), rs.toString());
    }

    @Test
    void aNearMissSpellingIsNoPlaceAbroad() {
        // "Koranti" is spelled like no place in Ohio; a same-skeleton village in a transliterated country is no answer
        var rs = parse("Police said two people were killed near Koranti in Ohio on Monday.");
        assertTrue(rs.stream().noneMatch(r -> r.toponym().text().equals("Koranti")), rs.toString());
        // with nothing else to go on, a hamlet the name only folds like is no answer either: In Amenas is
        // not in the gazetteer, and "Amenas" is not Ammenäs, Sweden (563 people)
        var amenas = parse("Islamist militants seized a gas plant at In Amenas, killing two foreigners.");
        assertTrue(amenas.stream().noneMatch(r -> r.place().countryCode().equals("SE")), amenas.toString());
    }

    @Test
    void englishWordsAreNoVariantOfAnything() {
        var rs = parse("The senator spoke in Parliament about the budget in Washington.");
        assertTrue(rs.stream().noneMatch(r -> r.toponym().text().equals("Parliament")), rs.toString());
    }

    @Test
    void anExactSpellingBeatsAVariant() {
        // Myaing (Magway) is spelled so; Myaung is another town
        assertEquals(1308224L, mention("Six civilians used as human shields found dead near Myaing village", "Myaing")
                .place().geonamesId());
    }

    @Test
    void aStruckPlaceIsWhereItHappenedAndTheCountrysideOnlyHoldsIt() {
        Place p = eventPlace("Two civilians were killed when warplanes struck Maarat al-Numan in southern Idlib countryside.");
        assertEquals(167611L, p.geonamesId());
        assertEquals(1, p.precision());
    }

    @Test
    void aProvinceNamedByItsSeatIsCodedAtPrecisionThree() {
        Place p = eventPlace("Al-Shabaab militants attacked a police post in Mandera county, killing three officers.");
        assertEquals("KE", p.countryCode());
        assertEquals(3, p.precision());
    }

    @Test
    void aDistrictIsCodedAtPrecisionTwo() {
        Place p = eventPlace("Taliban fighters killed five police officers in Chahar Dara district of Kunduz province.");
        assertEquals("AF", p.countryCode());
        assertEquals(2, p.precision());
    }

    @Test
    void aHamletAbroadDoesNotBeatACityForTheSentencesCountry() {
        // a Turkish village folds like Qamishli; the sentence names only Turkey
        Resolved q = mention("Turkey fired on Qamishli and other towns along the border on Tuesday.", "Qamishli");
        assertEquals(173377L, q.place().geonamesId());
    }

    @Test
    void namesInsideHyphenedWordsAreFound() {
        var rs = parse("Turkey fired on Qamishli along the Syrian-Turkish border, US-based monitors said.");
        Resolved syrian = rs.stream().filter(r -> r.toponym().text().equals("Syrian")).findFirst().orElseThrow();
        assertEquals(Toponym.Kind.DEMONYM, syrian.toponym().kind());
        Resolved us = rs.stream().filter(r -> r.toponym().text().equals("US")).findFirst().orElseThrow();
        assertEquals("US", us.place().countryCode());
        // offsets point at the part, not the whole word
        String text = "Turkey fired on Qamishli along the Syrian-Turkish border, US-based monitors said.";
        assertEquals("Turkish", text.substring(rs.stream().filter(r -> r.toponym().text().equals("Turkish")).findFirst()
                .orElseThrow().toponym().start(), rs.stream().filter(r -> r.toponym().text().equals("Turkish")).findFirst()
                .orElseThrow().toponym().end()));
    }

    @Test
    void aBackedNationalityInsideAWordQualifiesAnActor() {
        var rs = parse("Turkish-backed factions shelled Tell Tamr in Hasakah countryside.");
        Resolved t = rs.stream().filter(r -> r.toponym().text().equals("Turkish")).findFirst().orElseThrow();
        assertTrue(t.toponym().ofActor(), t.toString());
    }

    @Test
    void aDatelineInCapitalsEndsBeforeTheStory() {
        assertEquals("GB", mention("LONDON The Latest on the nerve agent poisoning of a former spy.", "LONDON").place().countryCode());
    }

    @Test
    void aTitleAfterAPlaceLeavesThePlace() {
        assertEquals("US", mention("Oklahoma Gov. Mary Fallin signed legislation last week.", "Oklahoma").place().countryCode());
    }

    @Test
    void aProvinceHoldsItsDistrictsHoweverFarFromItsSeat() {
        // Sinjar lies 120 km from Mosul, Nineveh's seat: "of Nineveh" names the province, which holds it
        Place p = eventPlace("On 4 May 2022, a Turkish drone struck a vehicle in Sinjar district of Nineveh, killing three fighters.");
        assertEquals(448149L, p.geonamesId());
        assertEquals(2, p.precision());
    }

    @Test
    void aSkeletonKeepsConsonantsAVowelSeparated() {
        // Snuny is GeoNames' Sinuni: "snn", not "sn" (too short to look anything up by)
        assertEquals(90514L, mention("Unidentified gunmen killed a Yazidi shepherd near Snuny in western Nineveh.", "Snuny")
                .place().geonamesId());
    }

    @Test
    void aSentencesFirstWordMakesNoSurnameOfThePlaceAfterIt() {
        // "Though London's total ...": "Though" is capitalised for standing first, not for being a first name
        var rs = parse("There were 130 murders in London in 2017. Though London's total was higher, it fell.");
        assertEquals(2, rs.stream().filter(r -> r.toponym().text().equals("London")).count(), rs.toString());
    }
}
