package org.sitrep.lexicon;

/**
 * The word lists: one resource file each, {@code /sitrep/lexicon/words/NAME.txt}, whose header comment
 * says what the list is for and where it is read. One word a line, lower case. A file of the same name
 * in the user's lexicon directory ({@code words/NAME.txt}) adds words to the bundled list.
 */
public enum WordList {
    ABROAD_POSTS("abroad-posts"),
    ACTOR_WORDS("actor-words"),
    ADDITIVE_WORDS("additive-words"),
    AFTER_PARTICIPLE("after-participle"),
    CAPITAL_GOVERNMENTS("capital-governments"),
    CASUALTY_NOMINALS("casualty-nominals"),
    CLAUSE_BREAKS("clause-breaks"),
    CLAUSE_JOINTS("clause-joints"),
    ATTACK_NOUNS("attack-nouns"),
    BORDER_WORDS("border-words"),
    COORDINATORS("coordinators"),
    DESCRIBING_WORDS("describing-words"),
    DIRECTIONS("directions"),
    ENGLISH_CONNECTORS("english-connectors"),
    FACILITY_HEADS("facility-heads"),
    FINDING_VERBS("finding-verbs"),
    FIRE_VERBS("fire-verbs"),
    FUNCTION_WORDS("function-words"),
    FUTURE_WORDS("future-words"),
    GENERIC_PLACE_SUFFIXES("generic-place-suffixes"),
    GIVEN_NAMES("given-names"),
    HOME_FORCES("home-forces"),
    LANDMARKS("landmarks"),
    LOCATION_PREPOSITIONS("location-prepositions"),
    LOCATIVES("locatives"),
    MODIFIED_NOUNS("modified-nouns"),
    NAME_CONNECTORS("name-connectors"),
    NAME_JOINERS("name-joiners"),
    NATIONALITY_BRIDGES("nationality-bridges"),
    NEAR_WORDS("near-words"),
    NUMBER_HEDGES("number-hedges"),
    ONE_PERSON_DETERMINERS("one-person-determiners"),
    ONE_PERSON_NOUNS("one-person-nouns"),
    PART_WORDS("part-words"),
    PARTICIPLE_PREPOSITIONS("participle-prepositions"),
    PARTY_WORDS("party-words"),
    PASSIVE_AUXILIARIES("passive-auxiliaries"),
    PEOPLE_NOUNS("people-nouns"),
    PERSON_TITLES("person-titles"),
    PLACE_PREFIXES("place-prefixes"),
    POSITION_WORDS("position-words"),
    QUOTES("quotes"),
    RECIPROCAL_VERBS("reciprocal-verbs"),
    ROAD_WORDS("road-words"),
    REGION_WORDS("region-words"),
    REMAINS_MODIFIERS("remains-modifiers"),
    REMAINS_VERBS("remains-verbs"),
    REMAINS_WORDS("remains-words"),
    RESIDENT_WORDS("resident-words"),
    SEPARATE_WORDS("separate-words"),
    SETTLEMENT_WORDS("settlement-words"),
    SINGULAR_VERBS("singular-verbs"),
    SPEECH_VERBS("speech-verbs"),
    NON_CONFLICT_CAUSES("non-conflict-causes"),
    STATE_VERBS("state-verbs"),
    TALLY_SCOPES("tally-scopes"),
    TOLL_VERBS("toll-verbs"),
    VAGUE_QUANTITIES("vague-quantities"),
    VILLAGE_CUES("village-cues"),
    VILLAGE_WORDS("village-words"),
    NAME_HEADS("name-heads"),
    INSTITUTIONS("institutions"),
    PROVINCE_WORDS("province-words"),
    ORGANISATION_HEADS("organisation-heads"),
    WEEKDAYS("weekdays");

    private final String file;

    WordList(String file) {
        this.file = file;
    }

    /** The list's file name without its folder and extension, e.g. "speech-verbs". */
    public String file() {
        return file;
    }
}
