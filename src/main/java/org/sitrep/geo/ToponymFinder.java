package org.sitrep.geo;

import org.sitrep.nlp.AnalyzedText;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.WordList;

/**
 * Finds place mentions by matching capitalised token spans against the gazetteer, longest first.
 * No NER model is involved: villages and names inside headlines are found whenever the gazetteer
 * knows them. Capitalised words that are usually not places ("Tuesday", "President") are listed in
 * {@code not-places.txt}; a single word that the same article also writes in lower case is taken
 * for a common word, not a place.
 */
public final class ToponymFinder {

    /** Word lists from the lexicon (lexicon/words/): see each file's header for what it is for. */
    private final Set<String> connectors;
    private final Set<String> englishArticles;
    private final Set<String> functionWords;
    private final Set<String> locative;
    private final Set<String> titles;
    private final Set<String> placePrefixes;
    private final Set<String> landmarks;
    private final Set<String> genericSuffixes;
    private final Set<String> actorNouns;
    private final Set<String> homeForces;
    private final Set<String> nearWords;
    private final Set<String> locationPrepositions;
    private final Set<String> villageCues;
    private final Set<String> residentWords;
    private final Gazetteer gazetteer;
    private final Set<String> notPlaces;
    private final Set<String> commonWords;
    private final Containment containment;
    private final HeldVariants heldVariants;
    private final HyphenParts hyphenParts;
    private final VariantLookup variants;
    private final Abbreviations abbreviations;
    private final LowerCaseAreas lowerCaseAreas;
    private final Set<String> settlementWords;
    private final Set<String> weekdays;
    private final Set<String> organisationHeads;
    private final Set<String> provinceWords;
    private final Set<String> peopleNouns, governments;
    private final Set<String> abroadPosts;
    private final Set<String> speechVerbs;
    private final Set<String> directions;
    private final Set<String> institutions;
    private final Surnames surnames;
    private final NameRuns runs;

    public ToponymFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.connectors = lexicon.words(WordList.NAME_CONNECTORS);
        this.englishArticles = lexicon.words(WordList.ENGLISH_CONNECTORS);
        this.functionWords = lexicon.words(WordList.FUNCTION_WORDS);
        this.locative = lexicon.words(WordList.LOCATIVES);
        this.titles = lexicon.words(WordList.PERSON_TITLES);
        this.placePrefixes = lexicon.words(WordList.PLACE_PREFIXES);
        this.landmarks = lexicon.words(WordList.LANDMARKS);
        this.genericSuffixes = lexicon.words(WordList.GENERIC_PLACE_SUFFIXES);
        this.actorNouns = lexicon.words(WordList.ACTOR_WORDS);
        this.homeForces = lexicon.words(WordList.HOME_FORCES);
        this.nearWords = lexicon.words(WordList.NEAR_WORDS);
        this.locationPrepositions = lexicon.words(WordList.LOCATION_PREPOSITIONS);
        this.villageCues = lexicon.words(WordList.VILLAGE_CUES);
        this.residentWords = lexicon.words(WordList.RESIDENT_WORDS);
        this.gazetteer = gazetteer;
        this.notPlaces = GeoResources.readList("/sitrep/geo/not-places.txt");
        Set<String> englishWords = GeoResources.readList("/sitrep/geo/english-words.txt.gz"); // read once, for both uses
        this.commonWords = commonWords(gazetteer, englishWords);
        this.containment = new Containment(gazetteer, lexicon);
        this.heldVariants = new HeldVariants(gazetteer);
        this.hyphenParts = new HyphenParts(gazetteer, englishArticles, notPlaces, commonWords);
        this.variants = new VariantLookup(gazetteer, lexicon, englishWords);
        this.abbreviations = new Abbreviations(gazetteer);
        this.lowerCaseAreas = new LowerCaseAreas(gazetteer);
        this.weekdays = lexicon.words(WordList.WEEKDAYS);
        this.organisationHeads = lexicon.words(WordList.ORGANISATION_HEADS);
        this.provinceWords = lexicon.words(WordList.PROVINCE_WORDS);
        this.peopleNouns = lexicon.words(WordList.PEOPLE_NOUNS);
        this.governments = lexicon.words(WordList.CAPITAL_GOVERNMENTS);
        this.abroadPosts = lexicon.words(WordList.ABROAD_POSTS);
        this.speechVerbs = lexicon.words(WordList.SPEECH_VERBS);
        this.directions = lexicon.words(WordList.DIRECTIONS);
        this.institutions = lexicon.words(WordList.INSTITUTIONS);
        this.settlementWords = lexicon.words(WordList.SETTLEMENT_WORDS);
        this.runs = new NameRuns(connectors, lexicon.words(WordList.NAME_JOINERS), englishArticles, functionWords, weekdays, notPlaces);
        this.surnames = new Surnames(gazetteer, titles, functionWords, placePrefixes, variants, lexicon.words(WordList.GIVEN_NAMES));
    }

    /**
     * English words that the gazetteer also knows as a one-word place once names are folded ("park",
     * "reading", "air" as "Ayr" is written "Air"): computed against the gazetteer in use, user dumps
     * included, so that the list and the folding never disagree.
     */
    static Set<String> commonWords(Gazetteer gazetteer, Set<String> englishWords) {
        Set<String> out = new HashSet<>();
        for (String w : englishWords) {
            if (!gazetteer.places(NameKey.of(w)).isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    public List<Toponym> find(AnalyzedText doc) {
        Set<String> lowerWords = Casing.lowerCaseVocabulary(doc);
        Set<String> persons = surnames.of(doc);
        Set<String> loneCapitals = Casing.loneCapitals(doc);
        List<Toponym> out = new ArrayList<>();
        Set<String> villagesNamed = new HashSet<>();
        int maxWords = gazetteer.maxNameWords();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = HyphenParts.suffixesApart(s.tokens());
            boolean titleCase = Casing.titleCase(toks);
            int first = out.size();
            int i = 0;
            while (i < toks.size()) {
                Toponym best = abbreviations.find(doc.text(), s.index(), toks, i);
                int nameEnd = i;
                if (best == null && runs.startsName(toks, i, titleCase)) {
                    int runEnd = titleCase ? toks.size() : runs.runEnd(toks, i);
                    best = lowerCaseAreas.find(doc.text(), s.index(), toks, i, runEnd); // "the Homs desert"
                    for (int j = Math.min(toks.size(), i + maxWords); j > i && best == null; j--) {
                        if (!NameRuns.endsName(toks.get(j - 1)) || !runs.inner(toks, i, j)) {
                            continue;
                        }
                        boolean cue = villageCue(toks, i, j);
                        best = match(doc.text(), s.index(), toks, i, j, lowerWords, cue ? null : villagesNamed);
                        if (best != null && best.kind() == Toponym.Kind.PLACE && j - i == 1
                                && !singleWordPlace(toks, i, persons, titleCase, follows(out, first, toks, i))) {
                            best = containment.peopleOfDivision(toks, j, best); // "Chin villagers", "Karen refugees"
                        }
                        // "Tel Hawa", "Syrian Observatory for Human Rights": a place must be the whole
                        // capitalised name, not a piece of a longer unknown one
                        // (a title-case line capitalises every word: there the run says nothing of names)
                        if (best != null && best.kind() == Toponym.Kind.PLACE && !titleCase && j < runEnd
                                && !genericSuffixes.contains(toks.get(j).lower()) && !variants.titleAfterName(toks.get(j).lower(), titles)
                                // "Tanintharyi Division": a province's own word after it, though no generic suffix
                                && !(provinceWords.contains(toks.get(j).lower()) && best.candidates().stream().anyMatch(GeoEntry::isAdmin1))
                                && !institutions.contains(toks.get(j).lower()) // "Kabul University" is in Kabul
                                && !containment.regionAfter(doc.text(), toks, j, runEnd, best.candidates())) {
                            // the place still begins that name: "Cambridge Analytica", "Houston Rockets" name it,
                            // though never as where anything happened; an organisation's name is passed whole
                            // ("Lagos Chamber of Commerce"), and so is a name joined on ("Santa Ana del Conde": no
                            // "Conde"); any other run word by word ("Tel Hawa": "Hawa" is tried)
                            nameEnd = organisation(toks, j, runEnd) || runs.joinsName(toks.get(j)) ? runEnd : j;
                            boolean person = runEnd == j + 1 && loneCapitals.contains(toks.get(j).text());
                            // ... by a place's own spelling: "Sam" is Damascus only in Turkish, "Richard" no town's name
                            best = person ? null : Spelling.spelledAs(best).map(Toponym::asNamePart).orElse(null);
                        }
                        // "al-Karama square", "Tahrir street": a landmark named after a place is not that place
                        if (best != null && best.kind() != Toponym.Kind.DEMONYM && j < toks.size()
                                && landmarks.contains(toks.get(j).lower())) {
                            best = null;
                        }
                        // "Jordan Peterson ... Peterson said": a country's name before a surname is a first name
                        if (best != null && best.kind() == Toponym.Kind.COUNTRY && j - i == 1 && !titleCase
                                && j + 1 == runEnd && loneCapitals.contains(toks.get(j).text())) {
                            best = null;
                        }
                        if (best != null && cue && best.kind() == Toponym.Kind.PLACE) {
                            villagesNamed.add(NameKey.of(best.text())); // named once with its cue, known thereafter
                        }
                    }
                }
                if (best == null) {
                    best = containment.provinceAfterComma(doc.text(), s.index(), toks, i, out, first);
                }
                if (best != null && best.kind() == Toponym.Kind.PLACE && !best.inName() && (speakingCapital(toks, i, best)
                        || best.text().indexOf(' ') < 0 && Nationality.qualifiesPeople(toks, runs.tokenAfter(toks, best.end()), peopleNouns))) {
                    // "according to Ankara", "Moscow denied": a government named by its capital, as "Turkish" names it;
                    // "Pokot raiders", "Borana and Gabra militias": who acted, named like their county
                    best = new Toponym(best.text(), best.start(), best.end(), best.sentence(), Toponym.Kind.DEMONYM,
                            best.candidates(), true);
                }
                if (best != null && best.inName() && i == 0 && functionWords.contains(toks.get(0).lower())) {
                    best = null; // "In Salah ad Din province": a preposition, then the province (not In Salah, Algeria)
                }
                if (best != null) {
                    out.add(best);
                    while (i < toks.size() && (toks.get(i).start() < best.end() || best.inName() && i < nameEnd)) {
                        i++;
                    }
                } else {
                    out.addAll(hyphenParts.find(doc.text(), s.index(), toks.get(i), lowerWords));
                    i++;
                }
            }
            containment.mark(s, out, first);
            heldVariants.apply(out, first);
        }
        return out;
    }

    /**
     * Readings all smaller than this (and no seat) leave a name that "town" or "village" follows open to its
     * spelling variants: "Morak town" in a Syrian story is Murak, Hama, not Moorak, Australia (1,225 people;
     * NoteScenarioTest). Without the word, such a reading stands or falls alone ("In Amenas" is no Ammenäs).
     */
    static final long VARIANT_PLACE = 5_000;

    private static boolean smallPlace(GeoEntry e) {
        return e.featureClass() == 'P' && !e.featureCode().startsWith("PPLA") && Resolver.population(e) < VARIANT_PLACE;
    }

    private static List<GeoEntry> withoutVillages(List<GeoEntry> candidates) {
        List<GeoEntry> out = new ArrayList<>(candidates.size());
        for (GeoEntry e : candidates) {
            if (!Resolver.isVillage(e)) {
                out.add(e);
            }
        }
        return out.size() == candidates.size() ? candidates : out;
    }

    /**
     * "in Tayyani", "near Tayyani", "the village of Tayyani", "shelled Tayyani", "Tayyani village", "a Tayyani resident": a word
     * before or after the name that makes it a place even when the gazetteer knows it only as a village.
     */
    private boolean villageCue(List<Token> toks, int i, int j) {
        if (i > 0) {
            String prev = toks.get(i - 1).lower();
            if (locative.contains(prev) || nearWords.contains(prev) || locationPrepositions.contains(prev)
                    || villageCues.contains(prev)) {
                return true;
            }
            if ((prev.equals("'s") || prev.equals("’s")) && i > 1 && toks.get(i - 2).isCapitalized()) {
                return true; // "Sagaing's Paungbyin": a place's part
            }
            if (prev.equals("of") && i > 1 && (villageCues.contains(toks.get(i - 2).lower()) || genericSuffixes.contains(toks.get(i - 2).lower()))) {
                return true; // "a residential district of Tuz Khormato", "the outskirts of"
            }
        }
        // "Tayyani village", "a Salingyi resident"
        return j < toks.size() && (genericSuffixes.contains(toks.get(j).lower()) || residentWords.contains(toks.get(j).lower()));
    }

    /**
     * A one-word place name must not be a person's surname ("Stephon Clark", "Mr Kelly", "Zuma" once the
     * article has said "Jacob Zuma"), nor the tail of a longer unknown name, nor a common English word
     * without a locative word before it ("But", "Park"; "in Reading" stays a place).
     */
    private boolean singleWordPlace(List<Token> toks, int i, Set<String> persons, boolean titleCase, boolean afterPlace) {
        Token t = toks.get(i);
        String low = t.lower();
        if (persons.contains(t.text())) {
            return false;
        }
        String prev = i > 0 ? toks.get(i - 1).lower() : "";
        // "Tlacotepec Guerrero": after a place, a second name is its region, not a surname
        if (!titleCase && i > 0 && !afterPlace && isNameWord(toks.get(i - 1), functionWords) && !placePrefixes.contains(prev)
                && Casing.allCaps(toks.get(i - 1)) == Casing.allCaps(t) // "Associated Press WASHINGTON (AP)"
                && !surnames.surnameProof(t.text()) // "Baseball Toronto"
                && gazetteer.countryByKey(NameKey.of(toks.get(i - 1).text())).isEmpty()
                && !(i == 1 && variants.isEnglishWord(prev))) { // "Though London's": capitalised for standing first
            return false;
        }
        // "in Reading" names a town in running text; "Curfew In Town" in a title-case headline names none;
        // "Orange County" is a place by its suffix
        String next = i + 1 < toks.size() ? toks.get(i + 1).text() : "";
        boolean suffixed = !titleCase && genericSuffixes.contains(next.toLowerCase(Locale.ROOT))
                || i == 0 && (next.equals(":") || next.equals("(")); // "Muscat: The festival", "MUSCAT (Reuters)"
        // "A Cork mother", "in England and Wales": capitalised mid-sentence, a city's or a province's name is one;
        // a given name alone ("Keith recalled") is a person unless after a locative ("in Keith")
        boolean major = !titleCase && i > 0 && surnames.majorPlace(t.text(), Resolver.BIG_TOWN);
        if ((commonWords.contains(low) || surnames.givenName(low)) && !suffixed && !major && (titleCase || !locative.contains(prev))) {
            return false;
        }
        return true;
    }

    /** Whether the capitalised run [j, end) after a place names an organisation: "Post", "Chamber of Commerce". */
    private boolean organisation(List<Token> toks, int j, int end) {
        for (int k = j; k < end; k++) {
            if (organisationHeads.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capital's name at token {@code i} speaks or governs: "according to Ankara", "Moscow denied", "Washington officials". */
    private boolean speakingCapital(List<Token> toks, int i, Toponym t) {
        if (t.candidates().stream().noneMatch(e -> e.featureCode().equals("PPLC"))) {
            return false;
        }
        int after = runs.tokenAfter(toks, t.end());
        return i >= 2 && toks.get(i - 1).lower().equals("to") && toks.get(i - 2).lower().equals("according")
                || after < toks.size() && (speechVerbs.contains(toks.get(after).lower()) || governments.contains(toks.get(after).lower()));
    }

    /** Whether the sentence's last mention so far ends at the token before {@code i}. */
    private boolean follows(List<Toponym> out, int first, List<Token> toks, int i) {
        return i > 0 && out.size() > first && out.get(out.size() - 1).end() == toks.get(i - 1).end()
                && out.get(out.size() - 1).kind() == Toponym.Kind.PLACE
                // "Jacinto López": a first name's place is no town before a state; "Playas Tijuana" is a borough's
                && (!out.get(out.size() - 1).inName() || surnames.majorPlace(toks.get(i).text(), Resolver.BIG_TOWN));
    }

    /** A capitalised word that can be part of a name: not a sentence-initial "The", "In", "But". */
    static boolean isNameWord(Token t, Set<String> functionWords) {
        return t.isCapitalized() && !functionWords.contains(t.lower()) && Character.isLetter(t.text().charAt(0))
                && t.text().chars().noneMatch(Character::isDigit); // "the A429 Cirencester junction": a road, no first name
    }

    /**
     * The toponym for tokens [i, j), or null. {@code villagesNamed}: null when a cue makes villages count
     * (villageCue), else the names the article has already given with one, the only villages that count.
     */
    private Toponym match(String text, int sentence, List<Token> toks, int i, int j, Set<String> lowerWords,
                          Set<String> villagesNamed) {
        int start = toks.get(i).start(), end = toks.get(j - 1).end();
        String surface = text.substring(start, end);
        String lower = surface.toLowerCase(Locale.ROOT);
        // "us" written elsewhere says nothing of "the US": the lower-case rule is for words written alike
        boolean capitals = surface.length() >= 2 && surface.equals(surface.toUpperCase(Locale.ROOT));
        if (notPlaces.contains(lower) || (j - i == 1 && !capitals && lowerWords.contains(lower))) {
            return null;
        }
        String key = NameKey.of(surface);
        if (key.isEmpty()) {
            return null;
        }
        var country = gazetteer.countryByKey(key);
        if (country.isPresent() && j < toks.size() && provinceWords.contains(toks.get(j).lower())) {
            // "Niger State", "Mexico state": the division of the country's name
            List<GeoEntry> divisions = gazetteer.places(key).stream().filter(GeoEntry::isAdmin1).toList();
            if (!divisions.isEmpty()) {
                return new Toponym(surface, start, end, sentence, Toponym.Kind.PLACE, divisions);
            }
        }
        if (country.isPresent()) {
            // "Man dies": a common word that only folds onto a country's name ("Mann") is not that country
            if (j - i == 1 && variants.isEnglishWord(lower) && !country.get().country().spells(lower)) {
                return null;
            }
            // "Fire Island": an English word ending a longer name is no country's other name ("Island", Iceland)
            if (j - i == 1 && variants.isEnglishWord(lower) && i > 0 && isNameWord(toks.get(i - 1), functionWords)
                    && !country.get().country().name().equalsIgnoreCase(lower) && !country.get().demonym()) {
                return null;
            }
            // "Iraqi police" says the story is in Iraq as "Iraq" would; "Russian forces" may be abroad
            boolean home = Nationality.homeForce(toks, j, homeForces);
            // ... and "US aircraft", "the US base" use the country's name as "American" would be
            boolean attributive = !country.get().demonym() && !home && (i == 0 || !locative.contains(toks.get(i - 1).lower()))
                    && (Nationality.qualifiesActor(toks, j, actorNouns) || j < toks.size() && abroadPosts.contains(toks.get(j).lower()));
            Toponym.Kind kind = country.get().demonym() && !home || attributive ? Toponym.Kind.DEMONYM : Toponym.Kind.COUNTRY;
            boolean ofActor = kind == Toponym.Kind.DEMONYM && (attributive || Nationality.qualifiesActor(toks, j, actorNouns));
            List<GeoEntry> readings = new ArrayList<>(List.of(country.get().country().asEntry()));
            if (kind == Toponym.Kind.COUNTRY) { // "Georgia" is also a US state, "Niger" a Nigerian one: Resolver decides
                readings.addAll(Nationality.divisionsAbroad(gazetteer, country.get().country(), key));
            }
            return new Toponym(surface, start, end, sentence, kind, readings, ofActor);
        }
        // "SANA", "NPA", "We": short capitals are agencies and parties, short words are not towns
        boolean acronym = capitals && surface.length() <= 4;
        if (j - i == 1 && (surface.length() < 3 || acronym)) {
            return null;
        }
        List<GeoEntry> c = gazetteer.places(key);
        String apart = NameRuns.JOINED_ARTICLE.matcher(surface).replaceAll("$1 $2");
        if (c.isEmpty() && !apart.equals(surface)) { // "Elwak" is El Wak, "Alhol" al-Hol, "Jisr Elshoghur" Jisr ash-Shughur
            key = NameKey.of(apart);
            c = gazetteer.places(key);
        }
        c = c.isEmpty() && j - i >= 2 ? variants.withConnector(toks, i, j) : c; // "Valle Bravo": Valle de Bravo
        if (c.isEmpty() && j < toks.size() && genericSuffixes.contains(toks.get(j).lower())) {
            // "Thayet Chaung Township", "Yinmarbin Township": Burmese syllables written apart, or with an "r"
            String burmese = NameRuns.BURMESE_AR.matcher(surface.replace(" ", "")).replaceAll("$1");
            c = gazetteer.places(NameKey.of(burmese)).stream().filter(e -> e.countryCode().equals("MM")).toList();
        }
        if (j - i > 1 && provinceWords.contains(toks.get(j - 1).lower()) && c.stream().noneMatch(GeoEntry::isAdmin1)) {
            // "Taita Taveta County": Who's On First's county of the name is the first-level division GeoNames has
            // (and holds it); "Washington County", Oregon, is no state
            String bare = NameKey.of(text.substring(toks.get(i).start(), toks.get(j - 2).end()));
            List<GeoEntry> named = c;
            List<GeoEntry> divisions = gazetteer.places(bare).stream().filter(d -> d.isAdmin1() && named.stream()
                    .anyMatch(x -> x.countryCode().equals(d.countryCode()) && x.admin1().equals(d.admin1()))).toList();
            c = divisions.isEmpty() ? c : divisions;
        }
        boolean divisionOf = i >= 2 && toks.get(i - 1).lower().equals("of") && provinceWords.contains(toks.get(i - 2).lower());
        if (j < toks.size() && provinceWords.contains(toks.get(j).lower()) || divisionOf) {
            // "Wardak province", "Bay region", "the state of Veracruz": the division of that name or its seat, not a town named so
            boolean province = c.stream().anyMatch(GeoEntry::isAdmin1); // "Al Bayda province": Yemen's, no town
            List<GeoEntry> divisions = c.stream().filter(e -> e.isAdmin1() || "ADM2".equals(e.featureCode())
                    || !province && e.featureCode().equals("PPLA")).toList();
            c = divisions.isEmpty() ? c : divisions;
            // "Mississippi State's Johnson", "Ohio State": a US state's name before "State" is its university
            if (j < toks.size() && toks.get(j).text().equals("State") && !c.isEmpty() && c.stream().allMatch(e -> e.isAdmin1() && e.countryCode().equals("US"))
                    && !key.equals("new york") && !key.equals("washington")) {
                return new Toponym(surface, start, end, sentence, Toponym.Kind.PLACE, c).asNamePart();
            }
        }
        if (j < toks.size() && toks.get(j).lower().equals("capital") && c.stream().anyMatch(GeoEntry::isAdmin1)) {
            // "the Uruzgan capital": the province's seat (Tarinkot), not the village of Uruzgan
            List<GeoEntry> seats = c.stream().filter(GeoEntry::isAdmin1).map(e -> gazetteer.admin1Seat(e.countryCode(), e.admin1()))
                    .flatMap(java.util.Optional::stream).toList();
            c = seats.isEmpty() ? c : seats;
        }
        if (j < toks.size() && Containment.TOWNSHIP.contains(toks.get(j).lower()) && c.stream().anyMatch(Containment::townshipReading)) {
            c = Containment.townshipReadings(c); // "Washington Township": no capital, no state
        }
        if (villagesNamed != null && !villagesNamed.contains(key)) {
            c = withoutVillages(c);
        }
        // with a cue, a name known only as villages (or not at all) may be a transliteration of another
        // name: "shelled Kabani" is Kabanah near Latakia more likely than a hamlet Kabani abroad
        if (villagesNamed == null) {
            // "-eh" for "-ah" is a variant however large the towns spelled as written ("Al-Dameh": Damme, Belgium),
            // unless a division or a seat is ("Nineveh" is the province)
            // ... and with "town" or "village" after it, a name known only as small places ("Morak town")
            boolean settlement = j < toks.size() && settlementWords.contains(toks.get(j).lower());
            List<GeoEntry> v = c.stream().allMatch(e -> Resolver.isVillage(e) || settlement && smallPlace(e))
                    ? variants.lookup(toks, i, j, key, !c.isEmpty())
                    : c.stream().anyMatch(e -> e.featureClass() == 'A' || e.featureCode().startsWith("PPLA")) ? List.of()
                    : variants.tehAsAh(toks, i, j, key);
            if (!v.isEmpty()) {
                List<GeoEntry> all = new ArrayList<>(c);
                all.addAll(v);
                if (Containment.calledTown(toks, j, all)) { // "al-Bokamal City": the town, not its district
                    c = c.stream().filter(e -> e.featureClass() == 'P').toList();
                    all = all.stream().filter(e -> e.featureClass() == 'P').toList();
                }
                return new Toponym(surface, start, end, sentence, Toponym.Kind.PLACE, all, false, c.size(), -1, false, -1, false, -1);
            }
        }
        if (c.isEmpty() && j - i == 2 && directions.contains(toks.get(j - 1).lower())) {
            // "Turkana East", "Mandera South": a county's part the gazetteer does not hold is placed in the county
            String whole = toks.get(i).text(), folded = NameKey.withoutArticle(NameKey.fold(whole));
            c = gazetteer.places(NameKey.of(whole)).stream().filter(e -> (e.isAdmin1() || "ADM2".equals(e.featureCode()))
                    && Resolver.ownName(e, folded)).toList();
        }
        if (c.isEmpty()) {
            return null;
        }
        return new Toponym(surface, start, end, sentence, Toponym.Kind.PLACE, c);
    }



}
