package org.sitrep.export;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestEngine;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.Item;
import org.sitrep.model.Actor;
import org.sitrep.model.Casualties;
import org.sitrep.model.Certainty;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.Status;
import org.sitrep.model.SubEventType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ACLED's CSV as ACLED ships it, checked row by row on the bundled example reports the way a schema
 * check outside the project does: one of the two headers exactly with Sitrep's columns after, and per
 * row the codebook's values.
 */
class AcledCsvTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    static final Set<String> REGIONS = Set.of("Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa",
            "Northern Africa", "Middle East", "South Asia", "Southeast Asia", "East Asia", "Central Asia",
            "Caucasus and Central Asia", "Europe", "South America", "Central America", "Caribbean", "North America",
            "Oceania", "Antarctica");
    static final Set<String> NULL_LIKE = Set.of("null", "none", "nan", "undefined", "nil");
    static List<Event> examples;

    @BeforeAll
    static void extractTheExamples() throws IOException {
        examples = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("examples/reports"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Item it = ArticleReader.file(p);
                examples.addAll(TestEngine.extractor().extract(it.article()));
            }
        }
        assertTrue(examples.size() >= 13, "the examples hold events: " + examples.size());
    }

    static String csv(List<Event> events, AcledCsvSink.Layout layout) {
        StringWriter w = new StringWriter();
        try (AcledCsvSink sink = new AcledCsvSink(w, layout, CLOCK)) {
            events.forEach(sink::write);
        }
        return w.toString();
    }

    static List<Map<String, String>> rows(String csv) throws IOException {
        BufferedReader r = new BufferedReader(new StringReader(csv));
        List<String> header = AcledCsvReader.record(r);
        List<Map<String, String>> out = new ArrayList<>();
        List<String> cells;
        while ((cells = AcledCsvReader.record(r)) != null) {
            assertEquals(header.size(), cells.size(), "a constant column count: " + cells);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), cells.get(i));
            }
            out.add(m);
        }
        return out;
    }

    @Test
    void theHeadersAreAcledsExactlyWithSitrepsColumnsAfter() {
        for (AcledCsvSink.Layout l : AcledCsvSink.Layout.values()) {
            String first = csv(List.of(), l).lines().findFirst().orElseThrow();
            List<String> acled = l.columns();
            assertTrue(first.startsWith(String.join(",", acled) + ","), first);
            assertTrue(first.endsWith(String.join(",", AcledCsvSink.EXTRAS)), first);
        }
        assertEquals(31, AcledCsvSink.Layout.CURRENT.columns().size());
        assertEquals("timestamp", AcledCsvSink.Layout.CURRENT.columns().get(30));
        assertEquals("iso3", AcledCsvSink.Layout.CLASSIC.columns().get(30));
    }

    @Test
    void everyRowOfTheExamplesHoldsTheCodebooksValues() throws IOException {
        for (AcledCsvSink.Layout layout : AcledCsvSink.Layout.values()) {
            List<Map<String, String>> rows = rows(csv(examples, layout));
            assertEquals(examples.size(), rows.size(), "one row per event");
            Set<String> ids = new java.util.HashSet<>();
            for (Map<String, String> r : rows) {
                String where = layout + " " + r.get("sitrep_event_id") + ": ";
                for (var c : r.entrySet()) {
                    assertFalse(NULL_LIKE.contains(c.getValue().strip().toLowerCase()), where + c.getKey() + " reads " + c.getValue());
                }
                AcledCountries.Country country = AcledCountries.bundled().byName(r.get("country")).orElseThrow(
                        () -> new AssertionError(where + "country '" + r.get("country") + "' is not ACLED's"));
                assertEquals(String.valueOf(country.numeric()), r.get("iso"), where + "iso is the ISO numeric code");
                assertTrue(REGIONS.contains(r.get("region")), where + "region " + r.get("region"));
                assertEquals(country.region(), r.get("region"));
                assertTrue(r.get("event_id_cnty").matches(country.iso3() + "\\d+"), where + r.get("event_id_cnty"));
                assertTrue(ids.add(r.get("event_id_cnty")), where + "event_id_cnty is unique");
                assertEquals(r.get("event_date").substring(0, 4), r.get("year"), where + "date and year agree");
                assertTrue(r.get("time_precision").matches("[123]") && r.get("geo_precision").matches("[123]"), where);
                int i1 = Integer.parseInt(r.get("inter1")), i2 = Integer.parseInt(r.get("inter2"));
                int interaction = i2 == 0 ? i1 * 10 : Math.min(i1, i2) * 10 + Math.max(i1, i2);
                assertEquals(String.valueOf(interaction), r.get("interaction"), where + "the interaction rule");
                Double.parseDouble(r.get("latitude"));
                Double.parseDouble(r.get("longitude"));
                assertTrue(r.get("fatalities").matches("\\d+"), where + "fatalities " + r.get("fatalities"));
                assertEquals(String.valueOf(CLOCK.instant().getEpochSecond()), r.get("timestamp"), where + "Unix time of extraction");
                assertFalse(r.get("source_scale").isBlank(), where + "source_scale");
                if (layout == AcledCsvSink.Layout.CURRENT) {
                    SubEventType sub = SubEventType.parse(r.get("sub_event_type"));
                    assertEquals(AcledCodes.disorderType(sub), r.get("disorder_type"));
                    assertTrue(Set.of("", "Civilian targeting").contains(r.get("civilian_targeting")), where);
                    if (r.get("civilian_targeting").isEmpty()) {
                        assertFalse(r.get("event_type").equals("Violence against civilians"), where);
                    }
                } else {
                    assertEquals(country.iso3(), r.get("iso3"));
                    assertEquals(r.get("data_id"), r.get("event_id_no_cnty"));
                }
            }
        }
    }

    @Test
    void codesFollowTheCodebook() {
        assertEquals("Political violence; Demonstrations", AcledCodes.disorderType(SubEventType.EXCESSIVE_FORCE));
        assertEquals("Political violence; Demonstrations", AcledCodes.disorderType(SubEventType.MOB_VIOLENCE));
        assertEquals("Demonstrations", AcledCodes.disorderType(SubEventType.VIOLENT_DEMONSTRATION));
        assertEquals("Strategic developments", AcledCodes.disorderType(SubEventType.ARRESTS));
        assertEquals("Political violence", AcledCodes.disorderType(SubEventType.SHELLING));
        assertEquals(AcledCodes.eventNumber("abc"), AcledCodes.eventNumber("abc"), "stable");
        assertNotEquals(AcledCodes.eventNumber("abc"), AcledCodes.eventNumber("abd"));
        Event arrest = event(SubEventType.ARRESTS, new Actor("Police Forces of Iraq", 1, "IQ"),
                new Actor("Civilians (Iraq)", 7, "IQ"), 33.3, 44.4, "=1+1");
        assertEquals("", AcledCodes.civilianTargeting(arrest), "strategic developments target no one");
        Event strike = event(SubEventType.AIR_DRONE_STRIKE, new Actor("Military Forces of Russia", 8, "RU"),
                new Actor("Civilians (Syria)", 7, "SY"), 35.9, 36.6, "");
        assertEquals("Civilian targeting", AcledCodes.civilianTargeting(strike));
    }

    @Test
    void everyIsoCountryHasAnAcledRegionAndAcledsName() {
        AcledCountries t = AcledCountries.bundled();
        assertTrue(t.all().size() >= 249, "every ISO 3166 country");
        for (AcledCountries.Country c : t.all()) {
            assertTrue(REGIONS.contains(c.region()), c + " has no ACLED region");
        }
        assertEquals("Democratic Republic of Congo", t.byIso2("CD").orElseThrow().name());
        assertEquals("Turkey", t.byIso2("TR").orElseThrow().name());
        assertEquals("Palestine", t.byIso2("PS").orElseThrow().name());
        assertEquals("Myanmar", t.byIso2("MM").orElseThrow().name());
        assertEquals(760, t.byIso2("SY").orElseThrow().numeric());
        assertEquals("Middle East", t.byIso2("IQ").orElseThrow().region());
        assertEquals("Caucasus and Central Asia", t.byIso2("AM").orElseThrow().region());
    }

    @Test
    void sourceScalesCombineNarrowestAndWidest() {
        SourceScale s = SourceScale.bundled();
        assertEquals("International", s.of(List.of(new Source("Reuters", Source.Kind.NEWS_AGENCY))));
        assertEquals("National-International", s.of(List.of(new Source("SANA", Source.Kind.STATE_MEDIA, "SY"),
                new Source("Agence France-Presse", Source.Kind.PUBLISHER))));
        assertEquals("New media", s.of(List.of(new Source("Telegram", Source.Kind.SOCIAL_MEDIA))));
        assertEquals("Local-Regional", s.of(List.of(new Source("Residents", Source.Kind.WITNESS),
                new Source("Al Jazeera", Source.Kind.NEWS_AGENCY))));
        assertEquals("National", s.of(List.of(new Source("Enab Baladi", Source.Kind.PUBLISHER))), "publishers.tsv: one country");
        assertEquals("Other", s.of(List.of()));
    }

    @Test
    void cellsThatWouldRunAsFormulasAreNeutralisedAndNumbersStayNumbers() throws IOException {
        Event e = event(SubEventType.ARMED_CLASH, new Actor("=HYPERLINK(\"http://x\")", 2, ""),
                new Actor("@SUM(A1)", 1, ""), -12.5, -45.25, "+cmd|' /C calc'!A0");
        Map<String, String> r = rows(csv(List.of(e), AcledCsvSink.Layout.CURRENT)).get(0);
        assertEquals("'=HYPERLINK(\"http://x\")", r.get("actor1"));
        assertEquals("'@SUM(A1)", r.get("actor2"));
        assertEquals("'+cmd|' /C calc'!A0", r.get("notes"));
        assertEquals("-12.5", r.get("latitude"));
        assertEquals("-45.25", r.get("longitude"));
        assertEquals("'-", CsvCells.cell("-"));
        assertEquals("'\tx", CsvCells.cell("\tx"));
        assertEquals("-3", CsvCells.cell("-3"));
    }

    @Test
    void bothLayoutsReadBackAsTheSameEventsWithTheirNotesAsEvidence(@TempDir Path dir) throws IOException {
        for (AcledCsvSink.Layout layout : AcledCsvSink.Layout.values()) {
            Path f = Files.writeString(dir.resolve(layout + ".csv"), csv(examples, layout));
            assertTrue(AcledCsvReader.isAcledCsv(f));
            List<String> problems = new ArrayList<>();
            AcledCsvReader.Imported in = AcledCsvReader.read(f, problems::add);
            assertEquals(List.of(), problems);
            assertEquals(examples.size(), in.events().size());
            for (int i = 0; i < examples.size(); i++) {
                Event a = examples.get(i), b = in.events().get(i);
                assertEquals(a.eventId(), b.eventId());
                assertEquals(a.date(), b.date());
                assertEquals(a.subEventType(), b.subEventType());
                assertEquals(a.actor1(), b.actor1() == null ? null : new Actor(b.actor1().name(), b.actor1().inter(), a.actor1().country()));
                assertEquals(a.inter2(), b.inter2());
                assertEquals(a.place().latitude(), b.place().latitude(), 1e-5);
                assertEquals(a.casualties(), b.casualties());
                assertEquals(a.certainty(), b.certainty());
                assertEquals(a.notes(), b.notes());
                Span ev = b.evidence().get(0);
                assertEquals(a.notes(), in.article().text().substring(ev.start(), ev.end()), "the notes are the evidence");
            }
        }
    }

    @Test
    void acledsOwnRowsWithoutSitrepsColumnsAreRead(@TempDir Path dir) throws IOException {
        String header = String.join(",", AcledCsvSink.Layout.CURRENT.columns());
        String row = "SYR1234,2021-04-22,2021,1,Political violence,Battles,Armed clash,\"Military Forces of Syria (2000-2024)\","
                + ",State forces,Hayat Tahrir al-Sham,,Rebel group,12,,760,Middle East,Syria,Idlib,Ariha,,Ariha,35.8128,36.6119,1,"
                + "SOHR,Other,\"Clashes, shelling \"\"near\"\" Ariha.\",3,,1619827200";
        Path f = Files.writeString(dir.resolve("acled.csv"), header + "\n" + row + "\r\n" + "SYR1235,2021-02-30,,,,,,,,,,,,,,,,,,,,,,,,,,,,\n");
        List<String> problems = new ArrayList<>();
        AcledCsvReader.Imported in = AcledCsvReader.read(f, problems::add);
        assertEquals(1, in.events().size());
        assertEquals(1, problems.size(), "the second row's date is no date: " + problems);
        assertTrue(problems.get(0).contains("row 3"), problems.get(0));
        Event e = in.events().get(0);
        assertEquals(1, e.inter1());
        assertEquals(2, e.inter2());
        assertEquals("SY", e.place().countryCode());
        assertEquals("Clashes, shelling \"near\" Ariha.", e.notes());
        assertEquals(Certainty.REPORTED, e.certainty());
    }

    static Event event(SubEventType type, Actor a1, Actor a2, double lat, double lon, String notes) {
        Place p = new Place("Somewhere", lat, lon, "SY", "Syria", "SYR", "Idlib", "", null, "PPL", 1);
        return new Event("a", "e-" + notes.hashCode(), LocalDate.of(2021, 4, 22), 1, Status.OCCURRED, type, a1, a2,
                List.of(), List.of(), p, "Somewhere", new Casualties(1, null, null),
                List.of(new Source("Wire", Source.Kind.PUBLISHER)), Certainty.REPORTED, "190", 0.5, notes, List.of());
    }
}
