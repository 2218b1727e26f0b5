package org.sitrep.geo;

import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.WordList;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The places a capitalised span may name when the gazetteer does not spell it so: its spelling variants
 * ({@link Gazetteer#variantKeys}), for a span a cue makes a place ("shelled Kabani", "in Tell Tamr").
 */
final class VariantLookup {
    private final Gazetteer gazetteer;
    /** Every English word of the list: no word of a name found by its spelling variant may be one. */
    private final Set<String> englishWords;
    private final Set<String> nameHeads;
    private final Set<String> functionWords;

    VariantLookup(Gazetteer gazetteer, Lexicon lexicon, Set<String> englishWords) {
        this.gazetteer = gazetteer;
        this.englishWords = englishWords;
        this.nameHeads = lexicon.words(WordList.NAME_HEADS);
        this.functionWords = lexicon.words(WordList.FUNCTION_WORDS);
    }

    /** Shortest name, in letters, worth looking up by its spelling variants. */
    static final int MIN_VARIANT_LETTERS = 4;

    /** Whether the lower-case word is in the English word list. */
    boolean isEnglishWord(String lower) {
        return englishWords.contains(lower);
    }

    /**
     * Whether a title word after a place leaves that place a place ("Kabul Governor ..."): not a word that
     * also opens or continues place names ("Kafr Sheikh Ibrahim" is no Kafr with a sheikh after it).
     */
    boolean titleAfterName(String lower, Set<String> titles) {
        return titles.contains(lower) && !nameHeads.contains(lower);
    }

    /**
     * The places of the names spelled like the span's ("Tell Tamr": Tall at Tamr), for a span a cue makes a
     * place, none of whose words is English ("in Parliament" is no variant of anything); {@code known}:
     * whether the gazetteer holds the name as spelled too, when a short skeleton is not enough to look further.
     */
    List<GeoEntry> lookup(List<Token> toks, int i, int j, String key, boolean known) {
        if (functionWords.contains(toks.get(i).lower()) && !(j - i > 1 && NameKey.isArticle(toks.get(i).lower()))) {
            // "In Gedo province": no variant of "In Gedo"; "As Sakhreh" is an article's name
            return List.of();
        }
        // a Levantine or Persian "-eh" is the "-ah" of transliterations ("Al-Kubbayeh": Al Kubbayah), however
        // short the name; only here, as a variant: in the key itself it would make "Fateh" FATA and "Garma" Iran's Garmeh
        List<GeoEntry> out = new ArrayList<>(tehAsAh(toks, i, j, key));
        out.addAll(gAsH(key));
        out.addAll(aspirateAsPlain(key));
        if (!out.isEmpty() || key.replace(" ", "").length() < MIN_VARIANT_LETTERS || known && NameKey.fewConsonants(key)) {
            return out; // ... and a name so found is that name: no looser spelling competes ("Al Kubbayah", not Al Qubay'ah)
        }
        // a name head may stand anywhere in a longer name ("Tal al-Sheikh", "Kafr Sheikh Ibrahim") that has
        // a word of its own besides: "Bab Tell" is no name
        // ... and after a head that opens the name, a word English has too is the name's own ("Tal Tamer")
        boolean ownWord = false;
        boolean opened = j - i > 1 && nameHeads.contains(toks.get(i).lower());
        for (int k = i; k < j; k++) {
            String w = toks.get(k).lower();
            int dash = w.lastIndexOf('-');
            String tail = dash >= 0 ? w.substring(dash + 1) : w;
            // an article written apart opening a longer name is no English "as" or "at" ("As Sakhreh"), but it opens
            // the name for no English word after it ("At Home")
            boolean head = nameHeads.contains(tail) || k == i && j - i > 1 && NameKey.isArticle(tail);
            if (englishWords.contains(tail) && !(j - i > 1 && head) && !opened) {
                return List.of();
            }
            ownWord |= !head;
        }
        if (!ownWord) {
            return List.of();
        }
        for (String v : gazetteer.variantKeys(key)) {
            for (GeoEntry e : gazetteer.places(v)) {
                if (!out.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /**
     * Countries whose national romanisation writes Г as "h" where Russian-style spellings write "g": "Gorlovka"
     * is Horlivka, "Krasnogorovka" Krasnohorivka, "Gulyaipole" Huliaipole.
     */
    static final Set<String> H_FOR_G = Set.of("UA", "BY");

    /** The places of {@link #H_FOR_G}'s countries spelled as the key with each "g" (not "gh") written "h". */
    List<GeoEntry> gAsH(String key) {
        return spelledIn(key, gAsHKey(key), H_FOR_G, true); // "Gulyaipole": Hulyaypole, a vowel off as well
    }

    /**
     * The places of the countries spelled as {@code alt}, a respelling of the key (none when it is the key),
     * and with {@code looser}, as its spelling variants too.
     */
    private List<GeoEntry> spelledIn(String key, String alt, Set<String> countries, boolean looser) {
        if (alt.equals(key)) {
            return List.of();
        }
        List<GeoEntry> out = new ArrayList<>();
        gazetteer.places(alt).stream().filter(e -> countries.contains(e.countryCode())).forEach(out::add);
        for (String v : looser ? gazetteer.variantKeys(alt) : List.<String>of()) {
            gazetteer.places(v).stream().filter(e -> countries.contains(e.countryCode()) && !out.contains(e)).forEach(out::add);
        }
        return out;
    }

    /**
     * Countries whose romanisation writes an aspirate in more than one way: Burmese ခ is "Kh", "Hk" or a plain
     * "K" ("Khin-U" is Kin-u, "Khamti" Hkamti), ဖ "Ph", "Hp" or "P" ("Pha-An" is Hpa-An), and an "h" before
     * another consonant is often left out ("Htigyaing" is Tigyaing, "Hpapun" Papun).
     */
    static final Set<String> H_BEFORE_CONSONANT = Set.of("MM");

    /** The places of {@link #H_BEFORE_CONSONANT}'s countries spelled as one of {@link #aspirateKeys} of the key. */
    List<GeoEntry> aspirateAsPlain(String key) {
        List<GeoEntry> out = new ArrayList<>();
        for (String alt : aspirateKeys(key)) {
            spelledIn(key, alt, H_BEFORE_CONSONANT, false).stream().filter(e -> !out.contains(e)).forEach(out::add);
        }
        return out;
    }

    private static final java.util.regex.Pattern H_BEFORE = java.util.regex.Pattern.compile("(?<![a-z])h(?=[bcdfgjklmnpqrstvwxz])");
    private static final java.util.regex.Pattern ASPIRATE_H_AFTER = java.util.regex.Pattern.compile("(?<![a-z])([kp])h(?=[aeiou])");
    private static final java.util.regex.Pattern ASPIRATE_H_BEFORE = java.util.regex.Pattern.compile("(?<![a-z])h([kp])(?=[aeiou])");

    /** The key without each word's initial "h" before a consonant ("htigyaing": "tigyaing"). */
    static String plainKey(String key) {
        return key.indexOf('h') < 0 ? key : H_BEFORE.matcher(key).replaceAll("");
    }

    /**
     * The other spellings of the key's word-initial aspirates, each differing from the key: the "h" left out
     * ("htigyaing": "tigyaing"; "khin u": "kin u" — only before a vowel, as "Phyu" and "Pyu" are two towns),
     * and an "h" after the consonant written before it or the other way round ("khamti": "hkamti").
     */
    static List<String> aspirateKeys(String key) {
        if (key.indexOf('h') < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String alt : List.of(plainKey(key), ASPIRATE_H_AFTER.matcher(key).replaceAll("$1"),
                ASPIRATE_H_AFTER.matcher(key).replaceAll("h$1"), ASPIRATE_H_BEFORE.matcher(key).replaceAll("$1h"))) {
            if (!alt.equals(key) && !out.contains(alt)) {
                out.add(alt);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern G_NOT_GH = java.util.regex.Pattern.compile("g(?!h)");

    /** The key with each "g" (not "gh") written "h". */
    static String gAsHKey(String key) {
        return key.indexOf('g') < 0 ? key : G_NOT_GH.matcher(key).replaceAll("h");
    }

    /** The places of the span with each word's final "-eh" written "-ah"; none when no word ends so. */
    List<GeoEntry> tehAsAh(List<Token> toks, int i, int j, String key) {
        StringBuilder alt = new StringBuilder();
        boolean any = false;
        for (int k = i; k < j; k++) {
            String w = toks.get(k).text();
            if (w.length() > 3 && w.endsWith("eh")) {
                w = w.substring(0, w.length() - 2) + "ah";
                any = true;
            }
            alt.append(k > i ? " " : "").append(w);
        }
        String altKey = any ? NameKey.of(alt.toString()) : key;
        return altKey.equals(key) ? List.of() : gazetteer.places(altKey);
    }

    /**
     * The towns named as the span with "de" between two of its words, which headlines drop ("Valle Bravo" is
     * Valle de Bravo, "Lagos Moreno" Lagos de Moreno): their own names only, never villages; none when the span
     * names no such town.
     */
    List<GeoEntry> withConnector(List<Token> toks, int i, int j) {
        for (int k = i + 1; k < j; k++) {
            StringBuilder b = new StringBuilder();
            for (int m = i; m < j; m++) {
                b.append(m > i ? " " : "").append(m == k ? "de " : "").append(toks.get(m).text());
            }
            String folded = NameKey.withoutArticle(NameKey.fold(b.toString()));
            List<GeoEntry> out = gazetteer.places(NameKey.of(b.toString())).stream()
                    .filter(e -> e.featureClass() == 'P' && !Resolver.isVillage(e) && Resolver.ownName(e, folded)).toList();
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }
}
