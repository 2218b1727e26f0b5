package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.model.Actor;
import org.sitrep.model.Casualties;
import org.sitrep.model.Certainty;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Inter;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Status;
import org.sitrep.model.SubEventType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notes read as sentences: every sub-event type, with and without a second actor and a place, against
 * the table in {@code notes-table.tsv} (written out to target/notes-table.tsv when it differs, to review
 * and copy), and the shape every note must have.
 */
class NoteWriterTest {
    static final NoteWriter NOTES = new NoteWriter(Lexicon.bundledTypes()::get);
    static final Place TAFAS = new Place("Tafas", 32.737, 36.067, "SY", "Syria", "SYR", "Daraa", "", 170000L, "PPL", 1);
    static final Place NEAR_DARAA = new Place("Dar'a", 32.619, 36.102, "SY", "Syria", "SYR", "Daraa", "", 170654L, "PPLA", 2);
    static final List<Source> SOURCES = List.of(new Source("Military source", Source.Kind.OFFICIAL),
            new Source("SANA", Source.Kind.STATE_MEDIA, "SY"), new Source("Rudaw", Source.Kind.PUBLISHER));
    /** What a note must never read like: unfilled slots, prepositions left hanging, doubled words and spaces. */
    static final Pattern GARBLED = Pattern.compile("\\{2}|\\b(with|against|from|at|of|by|on|to|near|in) (near|in)\\b"
            + "|\\b(with|against|from|at|of|by|on|to)\\.|  | \\.|\\.\\.|would be involved|\\b(\\w+) \\4\\b");

    static Event event(SubEventType t, boolean second, Place place, Casualties c, Status status) {
        EventType et = t.type();
        Actor protesters = new Actor("Protesters (Syria)", Inter.PROTESTERS, "SY");
        Actor police = new Actor("Police Forces of Syria (2000-2024)", Inter.STATE_FORCES, "SY");
        Actor a1 = t == SubEventType.EXCESSIVE_FORCE ? police : switch (et) { // the force acts, as EventWriter codes it
            case PROTESTS -> protesters;
            case RIOTS -> new Actor("Rioters (Syria)", Inter.RIOTERS, "SY");
            default -> new Actor("Hayat Tahrir al-Sham", Inter.REBEL_GROUPS, "SY");
        };
        Actor a2 = !second ? null : t == SubEventType.EXCESSIVE_FORCE ? protesters
                : et == EventType.VIOLENCE_AGAINST_CIVILIANS || t == SubEventType.ARRESTS ? new Actor("Civilians (Syria)", Inter.CIVILIANS, "SY")
                : et == EventType.PROTESTS || et == EventType.RIOTS ? police
                : new Actor("Military Forces of Syria (2000-2024)", Inter.STATE_FORCES, "SY");
        return new Event("a", "a-0", LocalDate.of(2021, 6, 9), 1, status, t, a1, a2, List.of(), List.of(), place,
                place == null ? "" : place.location(), c, SOURCES, Certainty.REPORTED, "", 0.5, "", List.of());
    }

    @Test
    void everyTypeWithAndWithoutASecondActorAndAPlaceReadsAsTheTableSays() throws IOException {
        List<String> rows = new ArrayList<>();
        for (SubEventType t : SubEventType.values()) {
            for (boolean second : new boolean[] {true, false}) {
                for (Place p : new Place[] {TAFAS, NEAR_DARAA, null}) {
                    Casualties c = t.type().isViolent() ? new Casualties(3, 2, null) : t == SubEventType.ARRESTS
                            ? new Casualties(0, null, 4) : Casualties.NONE;
                    String n = NOTES.write(event(t, second, p, c, Status.OCCURRED));
                    assertShape(n);
                    rows.add(t.label() + "\t" + (second ? "actor2" : "-") + "\t" + (p == null ? "-" : p.location()) + "\t" + n);
                }
            }
            if (t.type() == EventType.STRATEGIC_DEVELOPMENTS) {
                String n = NOTES.write(event(t, true, TAFAS, Casualties.NONE, Status.PLANNED));
                assertShape(n);
                assertTrue(n.contains("announced plans to "), n);
                rows.add(t.label() + "\tactor2, planned\tTafas\t" + n);
            }
        }
        String table = "# sub_event_type\tsecond actor\tplace\tnotes\n" + String.join("\n", rows) + "\n";
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/notes-table.tsv")) {
            expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!expected.equals(table)) {
            Files.writeString(Files.createDirectories(Path.of("target")).resolve("notes-table.tsv"), table);
        }
        assertEquals(expected, table, "notes changed: review target/notes-table.tsv and copy it to src/test/resources");
    }

    static void assertShape(String n) {
        assertTrue(n.startsWith("On 9 June 2021, "), n);
        assertTrue(n.endsWith("."), n);
        assertFalse(GARBLED.matcher(n).find(), "garbled: " + n);
        assertTrue(n.split("\\. ").length <= 2, "one or two sentences: " + n);
    }

    @Test
    void theFiguresAndEverySourceMakeTheSecondSentence() {
        Event e = event(SubEventType.REMOTE_EXPLOSIVE, true, TAFAS, new Casualties(5, 2, null), Status.OCCURRED);
        assertEquals("On 9 June 2021, Hayat Tahrir al-Sham targeted Military Forces of Syria (2000-2024) with an explosive"
                + " device in Tafas (Daraa, Syria). According to a military source, SANA and Rudaw, 5 people were killed"
                + " and 2 wounded.", NOTES.write(e));
        Event one = event(SubEventType.ATTACK, false, null, new Casualties(1, null, null), Status.OCCURRED);
        assertEquals("On 9 June 2021, Hayat Tahrir al-Sham carried out an attack. According to a military source, SANA"
                + " and Rudaw, 1 person was killed.", NOTES.write(one));
        assertEquals("the Syrian Observatory for Human Rights, witnesses, the Ministry of Defense and posts on Telegram",
                NoteWriter.sources(List.of(new Source("Syrian Observatory for Human Rights", Source.Kind.MONITOR),
                        new Source("Witnesses", Source.Kind.WITNESS), new Source("Ministry of Defense", Source.Kind.OFFICIAL),
                        new Source("Telegram", Source.Kind.SOCIAL_MEDIA), new Source("witnesses", Source.Kind.WITNESS))));
    }

    @Test
    void anIncidentToldByManyNamesEverySourceAndKeepsAPartysClaim() {
        Event fused = event(SubEventType.ARMED_CLASH, true, TAFAS, Casualties.NONE, Status.OCCURRED);
        Event claimed = new Event("b", "b-0", fused.date(), 1, Status.OCCURRED, fused.subEventType(), fused.actor1(),
                fused.actor2(), List.of(), List.of(), TAFAS, "Tafas", Casualties.NONE, SOURCES, Certainty.ALLEGED, "", 0.5,
                "Notes. " + NoteWriter.claim(12), List.of());
        String n = NOTES.fused(fused, List.of(fused, claimed));
        assertTrue(n.endsWith("Reported by a military source, SANA and Rudaw. A party to the fighting claimed 12 fatalities;"
                + " coded as 0."), n);
        assertEquals(12, NoteWriter.claimed(n));
    }

    @Test
    void aPlanIsAnnouncedInTheBaseForm() {
        assertEquals("take over territory from {2} without fighting", NoteWriter.base("took over territory from {2} without fighting"));
        assertEquals("protest and be dispersed", NoteWriter.base("protested and were dispersed"));
        assertEquals("loot or destroy property", NoteWriter.base("looted or destroyed property"));
        assertEquals("carry out an air/drone strike", NoteWriter.base("carried out an air/drone strike"));
        assertEquals("fight an armed clash", NoteWriter.base("fought an armed clash"));
    }
}
