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
        // a headline the sentence splitter cuts is one sentence: its town stands over its province, and a part
        // that names no place takes the other part's
        "4018404|Guanajuato|1|Apaseo el Alto. Guanajuato: Man Killed in Front of a Church in the Town Centre",
        "3530580|Tamaulipas|3|Killing in Tamaulipas? Soldiers Shoot Dead 2 Men at a Checkpoint",
        // "X Township": of the towns named X, the one in the district named X (the township's seat)
        "1284847|Sagaing Region|2|A landmine killed two soldiers in Sagaing's Yinmarbin Township on Monday.",
        // a people named for its state, a word or a given name too, is the state before people or forces
        "1325443|Chin State|3|Junta jets killed three Chin villagers on Sunday.",
        "1302849|Kayin State|3|Army shelling killed two Karen villagers on Friday.",
        "4699066|Texas|1|Police said Karen was shot dead in Houston on Monday.",
        // where people were coming from, the only place named, is near the event (not where fire came from)
        "174186|Aleppo|2|Gunmen opened fire on a car and killed a young man as he was coming from Afrin on Sunday.",
        // a Spanish name's "de" that a headline drops: Lagos de Moreno, Valle de Bravo
        "4002224|Jalisco|1|Gunmen killed two men in a bar in Lagos Moreno, Jalisco, on Friday.",
        "3980621|México|1|Valle Bravo: three men found murdered with a narco message",
        // "the state of X": the division, coded at its seat, not the town named like it
        "3526617|Veracruz|3|Nine bodies were found in a truck in the Mexican state of Veracruz on Sunday.",
        "169389|Idlib|3|Gunmen killed five people in the province of Idlib on Tuesday.",
        // a compass word before a division names its part, whose largest town stands for it (RegionParts)
        "1314759|Shan State|3|Army shelling killed two villagers in northern Shan State on Monday.",
        "1129648|Kunduz|3|A drone strike killed a Taliban commander in northern Kunduz province.",
        "1293960|Shan State|3|Army shelling killed two villagers in Shan State on Monday.",
        // a sentence that names no place takes the one before it in its paragraph, across the splitter's
        // lone "." of a ".."
        "170905|Daraa|3|Amid the chaos and insecurity in Daraa province .. two former rebels were shot dead by unknown gunmen",
        // a district's seat just over the line of the province the note names (GeoNames: Erbil; ACLED: Nineveh)
        "93818|Erbil|1|Gunmen killed two civilians in Makhmour, Nineveh, on Sunday night.",
        // a bracket opens the holders as a comma does: the district, else the province that holds it picks the
        // reading (Iskandariya is Alexandria in Arabic too), and the place's codes may differ from the district's
        "99226|Babil|1|On 25 March 2016, a suicide bomber blew himself up at a football stadium in Iskandariya (Al-Musayab, Babil), killing 29 people.",
        // ... a district read as its seat holds what lies about it, and the district named like its seat holds the seat
        "7012305|Mardin|1|On 12 May 2019, the army shelled Umutlu (Derik, Mardin), wounding two villagers.",
        "448149|Nineveh|1|On 2 May 2022, clashes erupted between the army and YBS fighters in Sinjar town (Sinjar, Ninewa), leaving three dead.",
        // ... over a district's line, a name's one place in the country stands (GeoNames: Isiolo)
        "200891|Isiolo County|1|On 8 October 2014, raiders stole 400 cattle at Archer's Post (Samburu East, Samburu) and shot dead a police reservist.",
        // a demonym's country and its neighbours choose among a name's hamlets (Safwan, Yemen has 4 people)
        "91772|Basra|1|Residents of Safwan blocked the road to the Kuwaiti border to protest power cuts, and police shot one dead.",
        // a district seat renamed after GeoNames took its name (Kazan, 2016)
        "743615|Ankara|1|Two attackers stormed a company headquarters in Kahramankazan, Ankara, killing five people.",
        // a Burmese "h" before a consonant that the gazetteer leaves out: Tigyaing, not Htuchaung in Kayah
        "1291091|Sagaing Region|1|Four PDF members were killed in a military raid on a village in Htigyaing.",
        // ... and an "h" after the consonant that the gazetteer writes before it: Hpakan
        "1323815|Kachin State|1|Junta troops killed three jade miners at Phakant in Kachin State on Monday.",
        // a name whose only readings are small places abroad (Moorak, Australia: 1,225 people) may be a
        // transliteration of one in the article's country (ToponymFinder.VARIANT_PLACE)
        "166640|Hama|2|Twelve soldiers were killed in clashes in the vicinity of Morak town in Syria on Monday.",
        // "city" after a name spelled otherwise than the gazetteer: the town, not the district named after it
        "174448|Deir ez-Zor|1|Unknown gunmen killed two ISIS members in Bokamal City in eastern Syria.",
        // a district spelled otherwise than the gazetteer is placed before the village it holds, which is then
        // the district's (not a Bani Yusuf 70 km off, near a reading of the district's spelling in Taiz)
        "11058748|Al Hudaydah|2|A roadside bomb struck a police vehicle near Bani Yusuf in Bayt Al Faqiah district on Tuesday, wounding two.",
        // "X of Y": the district seat Y holds X, which is no part of a longer name; a seat GeoNames gives no
        // district code (Turkey's) holds what lies about it in its province
        "96664|Duhok|1|Unidentified gunmen killed a man in Gereguh of Amedi in Duhok governorate.",
        "7012305|Mardin|1|Unidentified gunmen killed a man in Umutlu of Derik in Mardin governorate.",
        // a government's own forces place the story in their country as its police would ("Syrian government
        // forces"), so the name spelled otherwise is read there, not left to a "Russian-brokered" Russia
        "166390|Daraa|1|Syrian government forces shelled Nasib near the border with Jordan despite a Russian-brokered truce, killing two.",
        // "besieged", like "shelled", calls what follows a place the event struck
        "167558|Rif-dimashq|1|Snipers shot dead two men trying to leave besieged Madaya in the Qalamoun mountains on Tuesday.",
        // a name and the district holding it, both spelled otherwise than the gazetteer, vouch for each other
        // where a reading of the district holds a reading of the name (Qeladize in Pshdar), in a story whose only
        // country is the drone's
        "92615|Sulaymaniyah|2|A Turkish drone struck a car on the outskirts of Qaladze in Pishdar district, killing two PKK members.",
        // "X Township" is X in a country with townships: Kalemyo (its alias Kalay), not Calais, whose Turkish name
        // is Kalay; and "Township" is no place of its own (Lahore has a quarter of the name)
        "1321218|Sagaing Region|2|Junta troops killed three men in Kalay Township on Monday.",
        "1321218|Sagaing Region|2|Three local men were found murdered after a junta raid on a Kalay Township village.",
        // a name spelled otherwise than the gazetteer, with no area to hold it, is not read far from the town
        // the story names in its country: Mathare is in Nairobi, not Mathari 95 km north
        "184745|Nairobi County|1|Rival gangs clashed in Mathare on Sunday night, leaving three young men dead, Nairobi police said.",
        // a soft sign ending a name does not part it from the province after it
        "8699474|Kharkiv|1|Russian forces shelled Garkavets', Kharkiv, killing two civilians.",
        // a hashtag names its place
        "1429434|Panjshir|3|Two men were executed this morning in #Panjshir by the #Taliban, residents said.",
        // the one place spelled as written stands though the note's other town is far: it is no company it keeps
        "173460|Rif-dimashq|1|The death toll of the shelling on Misraba rose to seven, while warplanes struck the countryside of Latakia.",
        // a place outside the province the note puts it in is another place of the name: the province stands
        // (and its "-eh" written "-ah" is Kirkuk's own Al 'Amudiyah: before session 12, the province at precision 2)
        "6837409|Kirkuk|2|An IED struck a police patrol near al-Amudiyeh in Kirkuk countryside, killing two policemen.",
        // after a name's head, a word English has too is still the name's ("Tamer": Tall Tamr); an article
        // joined to a later word is written apart ("Elshoghur": Jisr ash-Shughur)
        "163434|Al-Hasakah|1|Unknown gunmen shot dead a teacher in Tal Tamer, Al Hasakeh, on Tuesday.",
        "169023|Idlib|1|Unknown gunmen shot dead a teacher in Jisr Elshoghur, Idleb, on Tuesday.",
        // a village the gazetteer lacks, in a province named like its seat: the province, at precision 3
        "170794|Deir ez-Zor|3|On 3 June 2020, a landmine left by ISIS killed a shepherd in Jazrat Milhem, Deir-ez-Zor.",
        // a village named for its residents is a place as "in Misraba" makes it one
        "173460|Rif-dimashq|1|Two Misraba residents were killed when regime shells hit their house.",
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
        // the county as Kenyan papers spell it (GeoNames: Elegeyo-Marakwet) holds its district; Chesogon, on the
        // Kerio, is the name's one place in Kenya, coded by GeoNames to West Pokot over the district's line: it
        // stands (until session 13, the district at precision 2)
        "10340737|West Pokot County|1|Suspected Pokot bandits attacked Chesogon in Marakwet East, Elgeyo-Marakwet County, killing one herder.",
        "0|Elegeyo-Marakwet|2|Suspected Pokot bandits attacked a village in Marakwet East, Elgeyo-Marakwet County, killing one herder.",
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
        // what fire hit is no origin of it; a capital speaking is its government; a facility's name is no place
        "307864|Kilis|1|Katyusha rockets fired from ISIS-held territory in Syria hit Kilis city centre, killing 2 civilians.",
        "89464|Nineveh|1|Rockets struck the Turkish military base at Zilkan near Bashiqa, killing one Turkish soldier, according to Ankara.",
        "300075|Şanlıurfa|1|A suicide bomber struck a gathering of young activists at the Amara cultural centre in Suruç, killing 33 people.",
        "302469|Tunceli|2|An IED exploded on the Erzincan–Tunceli road near Pülümür, wounding two gendarmes.",
        // a neighbourhood the gazetteer lacks is its city, not a town abroad named like it (Győr, Hungary)
        "170794|Deir ez-Zor|1|ISIS shelling on the regime-held Al-Joura neighbourhood of besieged Deir ez-Zor city killed 4 civilians.",
        // "US aircraft", "the US base": a foreign force's country makes no American hamlet plausible (Omar, West Virginia)
        "173480|Deir ez-Zor|2|Rockets were fired at the US base at the Al-Omar oil field east of the Euphrates; US aircraft then struck militia positions near Al-Mayadin, killing two.",
        // a bearing from a town: a reading some way off it ("northeast of Palmyra" is no Yemeni As Sukhnah), or the town
        "172425|Homs|2|ISIS cells attacked a regime checkpoint near al-Sukhnah, northeast of Palmyra, killing four soldiers.",
        "170905|Daraa|2|A roadside bomb wounded two soldiers in the village of Ataman, just north of Daraa.",
        // a long name's only reading, spelled otherwise, in a note that names no country
        "90026|Salah ad Din|1|Two Katyusha rockets landed in a residential district of Tuz Khormato on Monday, wounding a child.",
        // a holiday is no place (Edd, Eritrea)
        "6784614|Diyala|1|A suicide truck bomb tore through a crowded market in Khan Bani Saad, killing more than 100 people on the eve of Eid.",
        // "fired from across the Syrian border" crosses a line; it is no tally "across Syrian territory"
        "324944|Şanlıurfa|2|Mortar shells fired from across the Syrian border hit Akçakale on Thursday, killing two civilians.",
        // a quarter of Damascus the gazetteer lacks is the city, not South Sudan's Jobar; that Jobar stays where named so
        "170654|Damascus Governorate|1|On 21 March 2017, regime aircraft carried out airstrikes on Jobar (Damascus, Damascus), killing four.",
        "8067607|Upper Nile|1|Government forces clashed with rebels in Jobar, South Sudan, killing three.",
        "99177|Anbar|2|An IED exploded as a PMF vehicle passed near Al-Karmah, east of Fallujah, wounding three fighters.",
        // an ayn opening a word of the name, as GeoNames and Who's On First write it, is part of the name
        "1423348|Parwan|1|On 12 May 2019, regime forces shelled Mir 'Ala (Chaharikar, Parwan). No fatalities reported.",
        "6784399|Diyala|1|Militants attacked Karim 'Abbas, Diyala, killing a farmer.",
        "401775|Al Hudaydah|1|Houthi shelling hit Dayr Umm Sa`d (Bayt Al Faqiah, Al Hudaydah), killing a child.",
        // of two villages of the name in the province, the one by the district's town the note names
        "9525898|Benue State|1|Gunmen killed two farmers in Tseyese (Buruku, Benue) on Sunday.",
        // a province named by a word English has, or by its acronym, after a place and a comma
        "2327725|Rivers State|1|Soldiers clashed with cultists in Ogboro, Rivers, leaving three dead.",
        "2590324|FCT|1|Police shot dead a suspect in Aso, FCT, on Monday.",
        // an apposition calls it a village of the district, and a district's seat stands for its district
        "96664|Duhok|1|Militants attacked a checkpoint at Gereguh, a village in Amedi, killing a soldier.",
        // of a province's villages of the name, the one in the district the sentence names (by its seat's code)
        "6852736|Benue State|1|Gunmen killed a farmer in Adem village of Makurdi district in Benue province on Friday.",
        "1449854|Oruzgan|1|In Oruzgan's Tirin Kot district, militants stormed the village of Siyah Chow, killing two.",
        // a Levantine or Persian "-eh" is the "-ah" of transliterations, however short the name or large its namesakes
        "401744|Al Hudaydah|1|Unidentified gunmen assassinated a former rebel commander in Al-Dameh, Al Hudaydah.",
        "407976|Al Hudaydah|1|Regime forces shelled Al-Suaydiyeh in the Al Hudaydah countryside, killing a child.",
        "1123833|Zabul|1|Regime forces shelled Sreh in the Zabul countryside, killing a child.",
        // ... found so, the name stands, whatever English word ends it ("Sang")
        "1349792|Parwan|1|Unidentified gunmen assassinated a former rebel commander in Siyeh Sang, Parwan.",
        // "throughout" is a locative as "in" is
        "1308224|Magway|1|Troops burned houses throughout Myaing on Sunday, killing two farmers.",
        // Myanmar's townships as the news spells them (place-aliases.tsv), and a short syllable after a hyphen
        "1323815|Kachin State|2|Junta troops shelled a jade mine in Hpakant Township, Kachin State, killing a miner.",
        "1290817|Chin State|1|Junta artillery hit houses in Thantlang, Chin State, killing an old man.",
        "1295364|Sagaing Region|2|Junta troops raided Depayin Township, Sagaing Region, killing four.",
        "1302849|Kayin State|2|Two soldiers were killed in a clash near Hpa-an, Karen State, on Friday.",
        // the Karen National Union's name for Hpapun district; Who's On First's Kayin is Kayin, though half its
        // villages lie nearer Bago's and Mon's few towns than to its own (scripts/build-wof.py, step 4)
        "0|Kayin State|2|Burma Army shelling killed two villagers in Mu Traw District, Karen State, on Monday.",
        // "the X capital" is the province's seat, not a village named like the province
        "1134720|Helmand|1|Taliban fighters attacked checkpoints on the edge of the Helmand capital on Monday, killing four policemen.",
        // a village that bears the name now, not the seat that bore it once (Turkey renamed its villages)
        "436714|Hatay|1|An airstrike hit a house in the town of Karbeyaz in Hatay countryside, killing three.",
        // Swahili's "ya" inside a name
        "183391|Tana River County|1|Herders clashed with farmers at Malindi ya Ngwena, Tana River, leaving two dead.",
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
