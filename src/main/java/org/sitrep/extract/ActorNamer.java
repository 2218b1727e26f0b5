package org.sitrep.extract;

import org.sitrep.geo.Country;
import org.sitrep.geo.Gazetteer;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.model.Actor;
import org.sitrep.model.Inter;

/**
 * Names a mention as ACLED names actors, given the country the event happened in: state forces as
 * "Military Forces of X" (inter 1 at home, 8 abroad), people as "Civilians (X)", groups by their
 * actors.tsv name with {country} filled in.
 */
final class ActorNamer {
    private final Lexicon lex;
    private final Gazetteer gazetteer;

    ActorNamer(Lexicon lex, Gazetteer gazetteer) {
        this.lex = lex;
        this.gazetteer = gazetteer;
    }

    /** The ACLED actor a mention names, given the country the event happened in. */
    Actor actor(Mention m, String eventCountry) {
        String here = eventCountry == null ? "" : eventCountry;
        if (m.named() != null) {
            Lexicon.NamedActor n = m.named();
            String name = n.name().replace("{country}", countryName(here.isEmpty() ? n.home() : here));
            boolean abroad = n.inter() == Inter.STATE_FORCES && !n.home().isEmpty() && !here.isEmpty()
                    && !n.home().equals(here);
            return new Actor(name, abroad ? Inter.EXTERNAL_FORCES : n.inter(), n.home());
        }
        String cc = m.country().isEmpty() ? here : m.country();
        String country = countryName(cc);
        String people = countryName(here.isEmpty() ? cc : here);
        Inter state = !cc.isEmpty() && !here.isEmpty() && !cc.equals(here) ? Inter.EXTERNAL_FORCES : Inter.STATE_FORCES;
        return switch (m.kind()) {
            case MILITARY, WEAPON -> new Actor("Military Forces of " + country, state, cc);
            case POLICE -> new Actor("Police Forces of " + country, state, cc);
            case GOVERNMENT -> new Actor("Government of " + country, state, cc);
            case CIVILIANS -> new Actor("Civilians (" + people + ")", Inter.CIVILIANS, cc);
            case PROTESTERS -> new Actor("Protesters (" + people + ")", Inter.PROTESTERS, cc);
            case RIOTERS -> new Actor("Rioters (" + people + ")", Inter.RIOTERS, cc);
            case REBELS -> new Actor("Opposition Rebels (" + people + ")", Inter.REBEL_GROUPS, cc);
            case ARMED, MILITIA, NAMED -> new Actor("Unidentified Armed Group (" + people + ")", Inter.POLITICAL_MILITIAS, cc);
        };
    }

    /**
     * A state's forces named by the government they served on the event's day, as ACLED names them:
     * "Military Forces of Myanmar (2021-)" (state-periods.tsv); other actors as they are.
     */
    Actor inPeriod(Actor a, java.time.LocalDate date) {
        String n = a.name();
        if ((!n.startsWith("Military Forces of ") && !n.startsWith("Police Forces of ") && !n.startsWith("Government of "))
                || n.endsWith(")")
                || a.country().isEmpty()) {
            return a;
        }
        String label = lex.statePeriod(a.country(), date);
        return label.isEmpty() ? a : new Actor(n + " (" + label + ")", a.inter(), a.country());
    }

    /** ACLED's actor for armed men nobody names. */
    Actor unidentified(String country) {
        return new Actor("Unidentified Armed Group (" + countryName(country) + ")", Inter.POLITICAL_MILITIAS, country);
    }

    /** A state's proxy group ("their Syrian militia proxies", "Turkish-backed fighters"), if actors.tsv has one. */
    Lexicon.NamedActor proxyOf(String backer, String eventCountry) {
        return lex.proxies().stream().filter(a -> a.proxyOf().equals(backer) && a.home().equals(eventCountry)).findFirst()
                .orElse(lex.proxies().stream().filter(a -> a.proxyOf().equals(backer)).findFirst().orElse(null));
    }

    String countryName(String cc) {
        if (cc == null || cc.isEmpty()) {
            return "Unknown";
        }
        return gazetteer.country(cc).map(Country::name).orElse(cc);
    }
}
