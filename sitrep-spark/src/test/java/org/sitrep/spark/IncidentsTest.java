package org.sitrep.spark;

import org.junit.jupiter.api.Test;
import org.sitrep.fuse.Fusion;
import org.sitrep.model.Actor;
import org.sitrep.model.Casualties;
import org.sitrep.model.Certainty;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Status;
import org.sitrep.model.SubEventType;
import org.sitrep.store.StoredEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store's fusion rule as the Spark stage walks it: country by country, day by day. */
class IncidentsTest {
    private static final LocalDate DAY = LocalDate.of(2019, 10, 29);

    static Event event(String article, String id, LocalDate date, double lat, double lon, String cc, int killed) {
        Place p = new Place("Town", lat, lon, cc, cc.equals("SY") ? "Syria" : "Iraq", cc.equals("SY") ? "SYR" : "IRQ", "A1",
                "", null, "PPL", 1);
        return new Event(article, id, date, 1, Status.OCCURRED, SubEventType.ARMED_CLASH,
                new Actor("Military Forces of Syria (2000-2024)", 1, "SY"), null, List.of(), List.of(), p, "Town",
                new Casualties(killed, null, null), List.of(new Source("Outlet " + article, Source.Kind.PUBLISHER, "")),
                Certainty.CONFIRMED, "190", 0.8, "", List.of());
    }

    private static List<StoredEvent> fuse(Event... sorted) {
        List<Incidents.Keyed> in = new ArrayList<>();
        for (Event e : sorted) {
            in.add(new Incidents.Keyed(e.place().countryCode(), e));
        }
        List<StoredEvent> out = new ArrayList<>();
        new Incidents(in.iterator()).forEachRemaining(out::add);
        return out;
    }

    private static Set<String> groups(List<StoredEvent> incidents) {
        return incidents.stream().map(i -> i.reports().stream().map(StoredEvent.Report::id).collect(Collectors.joining("+")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void reportsOfOneIncidentFromThreeArticlesAreOneWithTheLowestFigure() {
        List<StoredEvent> out = fuse(event("a", "e1", DAY, 36.0, 40.0, "SY", 5), event("b", "e2", DAY, 36.05, 40.0, "SY", 3),
                event("c", "e3", DAY.plusDays(1), 36.0, 40.05, "SY", 4));
        assertEquals(Set.of("e1+e2+e3"), groups(out));
        assertEquals(3, out.get(0).fused().casualties().fatalities());
        assertEquals("e1", out.get(0).id(), "the founding report names the incident, as in the store");
        assertEquals(3, out.get(0).corroboration());
    }

    @Test
    void aReportPublishedLaterUpdatesTheFiguresAndEachJoinKeepsItsDecision() {
        // as the store fuses it: a next-day "toll rises to 5" updates the earlier report's 3
        List<Incidents.Keyed> in = List.of(
                new Incidents.Keyed("SY", event("a", "e1", DAY, 36.0, 40.0, "SY", 3), new Fusion.Told(DAY, false)),
                new Incidents.Keyed("SY", event("b", "e2", DAY, 36.05, 40.0, "SY", 5), new Fusion.Told(DAY.plusDays(1), false)));
        List<StoredEvent> out = new ArrayList<>();
        new Incidents(in.iterator()).forEachRemaining(out::add);
        assertEquals(1, out.size());
        assertEquals(5, out.get(0).fused().casualties().fatalities());
        assertNull(out.get(0).reports().get(0).joined(), "the founding report joined nothing");
        assertTrue(out.get(0).reports().get(1).joined().same(), out.get(0).reports().get(1).joined().explain());
    }

    @Test
    void oneArticlesEventsNeverFuse() {
        assertEquals(Set.of("e1", "e2"), groups(fuse(event("a", "e1", DAY, 36.0, 40.0, "SY", 1),
                event("a", "e2", DAY, 36.0, 40.0, "SY", 1))));
    }

    @Test
    void farApartOrDaysApartOrAcrossABorderAreSeparate() {
        assertEquals(Set.of("e1", "e2", "e3", "e4"), groups(fuse(
                event("a", "e1", DAY, 36.0, 40.0, "IQ", 1), // Iraq sorts before Syria
                event("b", "e2", DAY, 36.0, 40.0, "SY", 1),
                event("c", "e3", DAY, 33.5, 36.3, "SY", 1),
                event("d", "e4", DAY.plusDays(3), 36.0, 40.0, "SY", 1))));
    }

    @Test
    void aReportJoinsTheNearestIncident() {
        // e3 is within 25 km of both incidents: it joins the nearer, as the store's candidate search ranks them
        assertEquals(Set.of("e1", "e2+e3"), groups(fuse(event("a", "e1", DAY, 36.0, 40.0, "SY", 1),
                event("b", "e2", DAY, 36.3, 40.0, "SY", 1), event("c", "e3", DAY, 36.2, 40.0, "SY", 1))));
    }

    @Test
    void incidentsAreHandedOnAsTheDaysMovePastThem() {
        List<Incidents.Keyed> in = new ArrayList<>();
        for (int d = 0; d < 100; d++) {
            in.add(new Incidents.Keyed("SY", event("a" + d, "e" + d, DAY.plusDays(3L * d), 36.0, 40.0, "SY", 1)));
        }
        Iterator<Incidents.Keyed> source = in.iterator();
        int[] read = {0};
        Iterator<Incidents.Keyed> counting = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public Incidents.Keyed next() {
                read[0]++;
                return source.next();
            }
        };
        Incidents incidents = new Incidents(counting);
        assertTrue(incidents.hasNext());
        assertEquals("e0", incidents.next().id());
        assertTrue(read[0] <= 2, "the first incident is out after " + read[0] + " reports: memory holds days, not the archive");
    }

    @Test
    void reportsOutOfDayOrderAreAnError() {
        assertThrows(IllegalStateException.class, () -> fuse(event("a", "e1", DAY, 36.0, 40.0, "SY", 1),
                event("b", "e2", DAY.minusDays(5), 36.0, 40.0, "SY", 1)));
    }
}
