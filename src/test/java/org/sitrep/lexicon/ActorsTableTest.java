package org.sitrep.lexicon;

import org.junit.jupiter.api.Test;
import org.sitrep.nlp.CoreNlpAnalyzer;
import org.sitrep.nlp.Sentence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * actors.tsv as data: valid codes, one inter/home/proxy per name, no alias twice, no common English word
 * as a lower-case alias, state forces named as the gazetteer names their country, every alias found
 * when written in a sentence; and case-sensitive aliases ("AA", "JeM") matched only as written.
 */
class ActorsTableTest {
    private static final Lexicon BUNDLED = Lexicon.bundled();
    /** Lower-case one-word aliases that are English words on purpose: they name an actor wherever they occur. */
    private static final Set<String> ENGLISH_ON_PURPOSE = Set.of("junta");
    /** Administrations whose forces ACLED names after themselves, not after their country. */
    private static final Set<String> SUBNATIONAL = Set.of("Puntland", "Somaliland", "Jubaland");

    private record Row(int line, String alias, String name, String inter, String home, String proxyOf) {
        String key() {
            String words = String.join(" ", PhraseMatcher.words(alias.trim()));
            return alias.equals(alias.toLowerCase(Locale.ROOT)) ? words : "case-sensitive " + words;
        }
    }

    private static final List<Row> ROWS = rows();

    @Test
    void everyLineHasAnInterAndValidCountryCodes() {
        Set<String> codes = countryNames().keySet();
        for (Row r : ROWS) {
            int inter = Integer.parseInt(r.inter());
            assertTrue(inter >= 1 && inter <= 8, r.toString());
            assertTrue(r.home().isEmpty() || codes.contains(r.home()), "home " + r);
            assertTrue(r.proxyOf().isEmpty() || codes.contains(r.proxyOf()), "proxy_of " + r);
            assertTrue(r.home().isEmpty() || !r.name().contains("{country}"), "a {country} name has no home: " + r);
        }
    }

    @Test
    void oneNameHasOneInterHomeAndProxyOnAllItsLines() {
        Map<String, Row> first = new HashMap<>();
        for (Row r : ROWS) {
            Row f = first.putIfAbsent(r.name(), r);
            if (f != null) {
                assertEquals(f.inter() + "|" + f.home() + "|" + f.proxyOf(), r.inter() + "|" + r.home() + "|" + r.proxyOf(),
                        "line " + r.line() + " and line " + f.line() + " disagree on " + r.name());
            }
        }
        assertTrue(first.size() >= 300, "only " + first.size() + " names");
    }

    @Test
    void noAliasIsListedTwice() {
        Map<String, Row> seen = new HashMap<>();
        for (Row r : ROWS) {
            Row before = seen.put(r.key(), r);
            assertNull(before, "'" + r.alias() + "' on line " + r.line() + " repeats line " + (before == null ? 0 : before.line()));
        }
    }

    @Test
    void noLowerCaseOneWordAliasIsACommonEnglishWord() {
        Set<String> english = englishWords();
        for (Row r : ROWS) {
            String[] words = PhraseMatcher.words(r.alias().trim());
            String w = words[0].endsWith("*") ? words[0].substring(0, words[0].length() - 1) : words[0];
            if (words.length == 1 && r.alias().equals(r.alias().toLowerCase(Locale.ROOT)) && !ENGLISH_ON_PURPOSE.contains(w)) {
                assertTrue(!english.contains(w), "line " + r.line() + ": '" + r.alias()
                        + "' is an English word; write the acronym in capitals or use a longer alias");
            }
        }
    }

    @Test
    void stateForcesAreNamedAsTheGazetteerNamesTheirCountry() {
        Map<String, String> names = countryNames();
        for (Row r : ROWS) {
            for (String prefix : List.of("Military Forces of ", "Police Forces of ")) {
                if (r.name().startsWith(prefix) && !r.home().isEmpty()) {
                    String country = r.name().substring(prefix.length()).replaceFirst(" \\(.*", "");
                    assertTrue(country.equals(names.get(r.home())) || SUBNATIONAL.contains(country),
                            "line " + r.line() + ": " + r.name() + " but the gazetteer calls " + r.home() + " " + names.get(r.home()));
                }
            }
        }
    }

    @Test
    void everyAliasWrittenInASentenceIsFoundAsItsActor() {
        CoreNlpAnalyzer nlp = new CoreNlpAnalyzer();
        List<String> missed = new ArrayList<>();
        for (Row r : ROWS) {
            String written = r.alias().trim().replaceAll("\\*(?=\\s|$)", "s");
            String text = "On Monday, " + written + " attacked the town.";
            List<Sentence> ss = nlp.analyze(text).sentences();
            var matches = new TaggedSentence(ss.get(0), BUNDLED).all(BUNDLED.actors());
            boolean found = ss.size() == 1 && matches.size() == 1 && matches.get(0).value().name().equals(r.name())
                    && ss.get(0).tokens().get(matches.get(0).start()).start() == "On Monday, ".length()
                    && ss.get(0).tokens().get(matches.get(0).end() - 1).end() == "On Monday, ".length() + written.length();
            if (!found) {
                missed.add("line " + r.line() + " '" + r.alias() + "' -> " + matches.stream().map(m -> m.value().name()).toList());
            }
        }
        assertEquals(List.of(), missed);
    }

    @Test
    void capitalisedAliasesMatchOnlyAsWritten() {
        assertEquals("AA: Arakan Army", named("AA fighters attacked a junta outpost."));
        assertNull(named("The aa fighters attacked."));
        assertNull(named("The Aa fighters attacked."));
        assertEquals("Taliban", named("The Taleban attacked a checkpoint."));
        assertEquals("Al Shabaab", named("Fighters of al-Shabaab attacked a base."));
        assertEquals("Al Shabaab", named("Al-Shabaab's fighters attacked a base."));
        assertEquals("JeM: Jaish-e-Mohammed", named("JeM claimed the attack."));
        assertEquals("JEM: Justice and Equality Movement", named("JEM claimed the attack."));
        assertEquals("PDF: People's Defence Force", named("PDF fighters ambushed a convoy."));
        assertEquals("PDF: People's Defence Force", named("The People’s Defence Force ambushed a convoy."));
        assertNull(named("The report was shared as a pdf file."));
        assertEquals("CPI (Maoist): Communist Party of India (Maoist)", named("The CPI (Maoist) claimed the attack."));
        assertEquals("Military Forces of {country}", named("The junta bombed a village."));
    }

    @Test
    void aTaggedSentenceMatchesActorsAsThePhraseMatcherDoes() {
        Sentence s = new CoreNlpAnalyzer().analyze("AA and PDF fighters, the Taleban and aa pdf Kurdistan Workers' Party "
                + "members clashed with the Tatmadaw.").sentences().get(0);
        TaggedSentence t = new TaggedSentence(s, BUNDLED);
        assertEquals(BUNDLED.actors().findAll(s.tokens()), t.all(BUNDLED.actors()));
        for (int i = 0; i < s.tokens().size(); i++) {
            assertEquals(BUNDLED.actors().longestAt(s.tokens(), i), t.at(BUNDLED.actors(), i), "token " + i);
        }
        assertEquals(List.of("AA: Arakan Army", "PDF: People's Defence Force", "Taliban", "PKK: Kurdistan Workers Party",
                "Military Forces of Myanmar"), t.all(BUNDLED.actors()).stream().map(m -> m.value().name()).toList());
    }

    @Test
    void theFirstProxyOfABackerStaysItsDefault() {
        Map<String, String> first = new java.util.LinkedHashMap<>();
        for (Lexicon.NamedActor p : BUNDLED.proxies()) {
            first.putIfAbsent(p.proxyOf(), p.name());
        }
        assertEquals("Hezbollah", first.get("IR"));
        assertEquals("Syrian National Army", first.get("TR"));
    }

    @Test
    void aCaseSensitivePhraseThatFailsDoesNotHideAnOrdinaryOne() {
        PhraseMatcher<String> m = new PhraseMatcher<>();
        m.add("AA bb", "cased");
        m.add("aa", "plain");
        m.add("aa bb cc", "longer plain");
        String[] text = {"aa", "bb", "dd"};
        assertEquals("plain", m.longestAt(text, text, 0).value());
        String[] cased = {"AA", "bb", "dd"};
        String[] lower = {"aa", "bb", "dd"};
        assertEquals(new PhraseMatcher.Match<>(0, 2, "cased"), m.longestAt(lower, cased, 0));
        String[] cased3 = {"AA", "bb", "cc"};
        String[] lower3 = {"aa", "bb", "cc"};
        assertEquals(new PhraseMatcher.Match<>(0, 3, "longer plain"), m.longestAt(lower3, cased3, 0));
        assertNull(m.longestAt(new String[] {"bb"}, new String[] {"bb"}, 0));
        assertEquals(3, m.size());
    }

    private static String named(String sentence) {
        Sentence s = new CoreNlpAnalyzer().analyze(sentence).sentences().get(0);
        var all = new TaggedSentence(s, BUNDLED).all(BUNDLED.actors());
        return all.isEmpty() ? null : all.get(0).value().name();
    }

    private static List<Row> rows() {
        List<Row> out = new ArrayList<>();
        List<String> lines = lines(ActorsTableTest.class.getResourceAsStream("/sitrep/lexicon/actors.tsv"));
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            assertEquals(5, f.length, "line " + (i + 1) + " has " + f.length + " columns: " + l);
            out.add(new Row(i + 1, f[0], f[1], f[2], f[3], f[4]));
        }
        return out;
    }

    /** ISO code to the country's name as the gazetteer gives it (countries.tsv, renamed by countries-extra.tsv). */
    private static Map<String, String> countryNames() {
        Map<String, String> out = new HashMap<>();
        for (String file : List.of("countries.tsv", "countries-extra.tsv")) {
            for (String l : lines(ActorsTableTest.class.getResourceAsStream("/sitrep/geo/" + file))) {
                String[] f = l.split("\t", -1);
                if (!l.startsWith("#") && f.length > 2 && (!f[2].isEmpty() || !out.containsKey(f[0]))) {
                    out.put(f[0], f[2]);
                }
            }
        }
        return out;
    }

    private static Set<String> englishWords() {
        try {
            return new HashSet<>(lines(new GZIPInputStream(ActorsTableTest.class.getResourceAsStream(
                    "/sitrep/geo/english-words.txt.gz"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
