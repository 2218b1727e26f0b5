package org.sitrep.geo;

import org.sitrep.lexicon.TaggedSentence;
import org.sitrep.lexicon.WordList;

import java.util.List;

/**
 * What the area a text puts a place in ({@link Toponym#within}) says against the place found: that it is another
 * place of the name, outside the area. Codes are weighed loosely, since sources draw lines apart.
 */
final class HolderVeto {
    private HolderVeto() {
    }

    /** "the San Mateo church in Chilpancingo" where the San Mateo found is not in Chilpancingo: another San Mateo. */
    static boolean outsideItsHolder(List<Resolved> places, Resolved r, TaggedSentence s) {
        int within = r.toponym().within();
        if (within < 0) {
            return false;
        }
        for (Resolved o : places) {
            if (o.toponym().start() == within) {
                if (o.toponym().candidates().stream().allMatch(Resolver::isVillage) || o.place().equals(r.place())
                        || o.place().featureClass() == 'P' && Distance.km(o.place(), r.place()) <= Resolver.SEAT_REACH_KM) {
                    // "Qalaat al-Madiq in the Ghab plain": an area the gazetteer lacks, read as hamlets abroad; "Sinjar
                    // town (Sinjar, Ninewa)": the district named like its seat, read as the seat; "Umutlu (Derik,
                    // Mardin)": a district read as its seat holds what lies about it, whatever the codes
                    return false;
                }
                // any reading of the holder will do: "Minatitlán, Veracruz" is the state, not the port city;
                // a holder the text calls an area but read as a town abroad, with no area of its name, is itself
                // misread ("Marsabit town, Saku sub-county": Saku, Japan), and says nothing against the place;
                // "al-Amudiyeh in Kirkuk countryside" is no Syrian village
                // ... nor a town a province's point lies by, whatever its stale code ("Thika, Kiambu County": GeoNames
                // codes Thika to Nairobi)
                // ... nor a town over the province's line, whose lines the sources draw apart ("Makhmour, Nineveh":
                // GeoNames puts Makhmur in Erbil)
                // ... or, over a district's line, the name's one place in the country ("Archer's Post (Samburu East,
                // Samburu)": Isiolo's, at the line)
                boolean town = !Resolver.isVillage(r.place()) && r.place().featureCode().startsWith("PPLA")
                        || "ADM2".equals(o.place().featureCode())
                        && r.toponym().candidates().stream().filter(c -> c.countryCode().equals(r.place().countryCode())).count() == 1
                        && Resolver.ownName(r.place(), NameKey.withoutArticle(NameKey.fold(r.toponym().text())));
                // (a district's codes too: GeoNames codes Iskandariyah to a nahiya, not to Al-Musayab that holds it)
                return !Resolver.qualifies(o.toponym(), r.place()) && o.toponym().candidates().stream().noneMatch(q ->
                        (q.isAdmin1() || "ADM2".equals(q.featureCode())) && q.countryCode().equals(r.place().countryCode())
                        && Distance.km(q, r.place()) <= (town ? NEIGHBOUR_TOWN_KM : STALE_CODE_KM))
                        && !(o.place().featureClass() == 'P'
                        && s.is(PlaceChooser.tokenEnd(s, o.toponym()), WordList.REGION_WORDS)
                        && o.toponym().candidates().stream().noneMatch(q -> q.featureClass() == 'A')
                        && o.toponym().candidates().stream().noneMatch(q -> q.countryCode().equals(r.place().countryCode())));
            }
        }
        return false;
    }

    /** How near a province's point a place the text puts in it counts as in it, codes aside (NoteSetTest, Thika). */
    static final double STALE_CODE_KM = 40;
    /** ... and a district's seat just over its line (MentionScenarioTest, Makhmour). */
    static final double NEIGHBOUR_TOWN_KM = 100;
}
