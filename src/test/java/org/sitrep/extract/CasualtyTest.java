package org.sitrep.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.lexicon.CasualtyKind;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.TaggedSentence;
import org.sitrep.model.Casualties;
import org.sitrep.nlp.CoreNlpAnalyzer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counts tied to what happened to people: killed, wounded, captured. Empty cells mean "not reported". */
class CasualtyTest {
    private static final CoreNlpAnalyzer NLP = new CoreNlpAnalyzer();
    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final Casualty CASUALTY = new Casualty(LEXICON);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "At least six soldiers were wounded and a dozen taken captive in clashes.|0|6|12",
        // Numbers.MAX_PEOPLE: a figure this large is a budget or a population, not people hurt
        "The 250,000 residents of the district were wounded by the cuts, officials said.|0||",
        "Turkish mortar fire wounded four civilians in the town.|0|4|",
        "Three civilians, including a child, were killed and five others wounded.|3|5|",
        "Two soldiers were killed and another was injured.|2|1|",
        "Two army personnel were martyred, a military source told SANA.|2||",
        "The blast killed 12 people and injured 30 others.|12|30|",
        "Dozens of protesters were arrested.|0||12",
        "Gunmen abducted two aid workers.|0||2",
        "A civilian was killed by sniper fire.|1||",
        // a singular subject with its complement before the verb: the person, not the group, was killed
        "A leader of the gang was killed in Chihuahua.|1||",
        "The mayor of the town was shot dead on Monday.|1||",
        "Twenty-one fighters died in the assault.|21||",
        "They advanced 30 km and killed nobody.|0||",
        "The death toll from Tuesday's car bomb in the town rose to 19, including four children.|19||",
        "The bodies of seven men were found in a mass grave.|7||",
        "Rockets hit the airport, killing a foreign contractor and wounding nine people.|1|9|",
        "Gunmen shot dead a farmer and his brother at their home.|2||",
        "Clashes killed nine regime soldiers and seven militants.|16||",
        "The clashes left six HTS fighters and three soldiers dead.|9||",
        "Two soldiers were killed and three others wounded.|2|3|",
        "The 2019 offensive displaced 300,000 people.|0||",
        "The monitor documented the death of two members of the security forces.|2||",
        "A third fighter sustained serious injuries.|0|1|",
        "A policeman suffered minor wounds.|0|1|",
        "Police announced the arrest of 14 suspects.|0||14",
        "After the arrest of his brother he fled.|0||1",
        "They condemned the killing of three journalists.|3||",
        "Army units repelled the attack, killing and injuring a number of the terrorists.|3|3|",
        "Gunmen shot and killed the mukhtar of the town on Sunday.|1||",
        "The shelling killed a child and wounded his mother.|1|1|",
        "Gunmen stormed the house and killed a man, his wife and their son.|3||",
        // more people after "and": a counted group of their own, or one person with "a"
        "Regime shelling killed a woman and her two children.|3||",
        "An airstrike killed two soldiers and a civilian.|3||",
        // ... unless a fate of their own follows
        "An airstrike killed two soldiers and a civilian was wounded.|2|1|",
        // one person by trade: "a prosecutor", "a pharmacist"
        "Gunmen killed a prosecutor in the city on Monday.|1||",
        "The blast killed a soldier, wounding two others.|1|2|",
        "A military source said that a number of terrorists were killed.|3||",
        "The strike killed the fighters of the brigade.|0||",
        "The ministry said the jets had \"neutralised\" 12 militants.|12||",
        // headlines: present tense, no articles, capitals
        "Militia clashes kill 10 in east DR Congo|10||",
        "Junta Snipers Kill Three People in Kayah State|3||",
        "BURMA ARMY KILLS KAREN AID WORKER|1||",
        "Army Shoots Motorcycle Driver Dead in Northern Rakhine|1||",
        "Girl Killed, Villagers Hurt by Army Gunfire|1||",
        "A man is murdered after leaving a dance in Acambaro|1||",
        "Military shell kills AA captain at the group's base|1||",
        "More casualties raise the death toll to 9 in the capital|9||",
        "They find the body of a woman on the highway to Morelia|1||",
        "They find a man's body in the village|1||",
        "Locals find body of young man near oil refineries|1||",
        // a toll told as "the number of" its dead
        "The number of fatalities from an attack in the bar rises to five|5||",
        "The number of dead rose to 12 on Sunday.|12||",
        "The number of dead and wounded rose to 30.|0||",
        // "casualties" lumps the killed and the wounded: no figure of either (unsplitCasualtiesAreCountedPeople)
        "28 casualties at least in the city|0||",
        "Leader of the gang in Chihuahua killed|1||",
        "Leader of the gang kills three in Chihuahua|3||",
        "They leave the lifeless body of a man inside some walls|1||",
        // one person's remains, found, dumped or a person's, with no verb of killing: one killed (Casualty.remains)
        "A body was found in the canal on Sunday.|1||",
        "Body of young man found on the highway|1||",
        "Dismembered Body Left With Threatening Message to the Police Chief|1||",
        "Gunmen throw a body of a woman in front of a hospital|1||",
        // ... and a body that is no one's remains counts nobody
        "The electoral body of the state found no fraud in the vote.|0||",
        "A governing body was found to have misled voters.|0||",
        "A video shows a militiaman posing with the body of a soldier.|0||",
        "The body of a young man was found in the canal on Sunday.|1||",
        // ACLED's conventions: the lower figure of a range, vague words, lumps of fates
        "Between 10 and 15 people were killed in the raid.|10||",
        "Fighting left 20 to 25 soldiers dead.|20||",
        "The 10-15 dead were buried on Friday.|10||",
        "Tens of villagers were killed in the attack.|10||",
        "Twelve people were killed or wounded in the attack.|0||",
        "Thirty soldiers were killed, injured or captured.|0||",
        "Six fighters were killed and four wounded.|6|4|",
        "10 dead 20 injured in clashes in Mogadishu|10|20|",
        "Junta troops kill 9-year-old boy fleeing the village|1||",
        "Landmines injure several civilians, kill 15-year-old boy in Kanbalu|1|10|",
        "Fighting kills between 12 and 15 soldiers near Kidal|12||",
        "Gunmen kill 10, wound 20 in attack on market|10|20|",
    })
    void counts(String sentence, int killed, Integer wounded, Integer captured) {
        Casualties c = Casualty.total(CASUALTY.find(new TaggedSentence(NLP.analyze(sentence).sentences().get(0), LEXICON)));
        assertEquals(new Casualties(killed, wounded, captured), c, sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "28 casualties at least in the city|28",
        "Number of Casualties of the bombings rise to 74, others are still in critical conditions|74",
        "The strikes left 9 casualties among the fighters.|9",
    })
    void unsplitCasualtiesAreCountedPeople(String sentence, int people) {
        // counted, so a sentence the classifier doubts still reports people hurt, but feeding neither figure
        var counts = CASUALTY.find(new TaggedSentence(NLP.analyze(sentence).sentences().get(0), LEXICON));
        assertEquals(List.of(CasualtyKind.UNSPLIT), counts.stream().map(Casualty.Count::kind).toList(), sentence);
        assertEquals(people, counts.get(0).value(), sentence);
        assertEquals(Casualties.NONE, Casualty.total(counts), sentence);
    }
}
