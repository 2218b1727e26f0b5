package org.sitrep.geo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.TestEngine;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Monitor notes as Kenyan, Afghan and Iraqi outlets write them, with the place each event must be coded to:
 * its GeoNames id (0: one Who's On First gives no id to, checked by its first-level division and precision).
 * Sentences written here.
 */
class NoteScenarioTest {
    private static Place eventPlace(String text) {
        List<Event> es = TestEngine.extractor().extract(new Article("note", text, LocalDate.of(2021, 3, 5), null, null, "en"));
        assertFalse(es.isEmpty(), "no event in: " + text);
        return es.get(0).place();
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        // a road's two towns are named in passing: the place the text puts on the road is where it happened
        "0|Zabul|2|A suicide car bomber targeted an army convoy on the Kabul-Kandahar highway near Shahjoy, Zabul province, killing four soldiers.",
        "178522|Taita Taveta|1|Protesters blocked the Nairobi-Mombasa highway at Voi, Taita Taveta County, and police shot one dead.",
        // ... and the county of a place the gazetteer lacks takes its "at"
        "0|Nakuru County|3|Youths blocked the Nairobi-Naivasha road at Mai Mahiu, Nakuru County, and police shot one dead.",
        // peoples named like their counties are who fought, not where
        "186180|Marsabit County|1|Clashes between Borana and Gabra militias in Moyale town, Marsabit County, left at least six people dead.",
        "0|Isiolo County|3|Samburu and Turkana herders clashed over grazing at Oldonyiro, Isiolo County, leaving three people dead.",
        // a holder the text calls a sub-county but read as a town abroad (Saku, Japan) is misread, not the town
        "187585|Marsabit County|1|Two people were shot dead in Marsabit town, Saku sub-county, on Monday.",
        // "Tana Delta" is one name: no Tana (Antananarivo) lies in Nigeria's Delta state
        "197729|Tana River County|1|Police shot dead a man during protests in Garsen, Tana Delta, on Monday.",
        // the county as Kenyan papers spell it (GeoNames: Elegeyo-Marakwet)
        "0|Elegeyo-Marakwet|2|Suspected Pokot bandits attacked Chesogon in Marakwet East, Elgeyo-Marakwet County, killing one herder.",
        // a town and the districts named after it are one place, which vouches for a village near it
        // ... but two readings of one name vouch for neither: Rajo (twice in Pakistan) is no town of Afrin's
        "174186|Aleppo|2|An explosion in a booby-trapped car parked in Rajo town in the Afrin countryside wounded three civilians.",
        // a capital holds its countryside, another province
        "171564|Rif-dimashq|2|Regime forces and opposition factions clashed on the outskirts of Beit Jinn in the south-western countryside of Damascus near the Golan, killing two.",
        // a group's name written as a town's is the town: not Yemen's Hirak movement
        "173819|Daraa|1|Regime security forces raided houses in Al-Hirak town in the eastern countryside of Daraa and killed a young man.",
        // the likeliest reading far from all the note says (Coyah, Guinea) yields to a town of a neighbour
        "94220|Erbil|1|Iranian missiles and drones struck offices of an Iranian Kurdish party in Koya, killing at least 13 people.",
        // "County" after a US county's name is no state ("Washington County" holds its Oregon)
        "0|Oregon|2|Gunmen killed two men in Washington County, Oregon, on Monday.",
        "99177|Anbar|2|An IED exploded as a PMF vehicle passed near Al-Karmah, east of Fallujah, wounding three fighters.",
    })
    void notesArePlacedWhereTheyHappened(long id, String admin1, int precision, String text) {
        Place p = eventPlace(text);
        if (id != 0) {
            assertEquals(id, p.geonamesId() == null ? 0 : p.geonamesId(), p.toString());
        }
        assertEquals(admin1, p.admin1(), p.toString());
        assertEquals(precision, p.precision(), p.toString());
    }
}
