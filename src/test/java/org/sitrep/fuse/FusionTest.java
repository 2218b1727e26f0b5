package org.sitrep.fuse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Casualties;
import org.sitrep.model.Certainty;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.Status;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who counts as a party to the conflict, and which reports tell one incident. */
class FusionTest {
    static final Place KAFRANBEL = new Place("Kafranbel", 35.61376, 36.56449, "SY", "Syria", "SYR", "Idlib", "", 171246L,
            "PPL", 1);
    static final Actor ARMY = new Actor("Military Forces of Syria", 1, "SY");
    static final Actor CIVILIANS = new Actor("Civilians (Syria)", 7, "SY");

    static Event report(String id, SubEventType type, int killed, Source... sources) {
        String text = "Report " + id + ".";
        return new Event(id, id + "-0", LocalDate.of(2021, 6, 9), 1, Status.OCCURRED, type, ARMY, CIVILIANS, List.of(),
                List.of(), KAFRANBEL, "Kafranbel", new Casualties(killed, null, null), List.of(sources), Certainty.REPORTED,
                "190", 0.5, "Shelling in Kafranbel.", List.of(new Span(0, text.length(), text)));
    }

    static final Source SANA = new Source("SANA", Source.Kind.STATE_MEDIA, "SY");
    static final Source MONITOR = new Source("Syrian Observatory for Human Rights", Source.Kind.MONITOR, "");
    static final Source MILITARY_SOURCE = new Source("Military source", Source.Kind.OFFICIAL, "");
    static final Source WIRE = new Source("AFP", Source.Kind.PUBLISHER, "");

    @Test
    void anUnnamedOfficialSpeaksThroughTheStateOutletThatCitesIt() {
        assertTrue(Fusion.fromParty(report("sana", SubEventType.SHELLING, 3, MILITARY_SOURCE, SANA, WIRE)));
        assertTrue(Fusion.fromParty(report("sana2", SubEventType.SHELLING, 3, SANA)));
        assertFalse(Fusion.fromParty(report("sohr", SubEventType.SHELLING, 4, MONITOR, WIRE)));
        assertFalse(Fusion.fromParty(report("wire", SubEventType.SHELLING, 4, WIRE)));
    }

    @Test
    void aClashAndAShellingAreOneIncidentAProtestIsNot() {
        Event shelling = report("a", SubEventType.SHELLING, 4, MONITOR);
        assertTrue(Fusion.sameIncident(shelling, report("b", SubEventType.ARMED_CLASH, 2, SANA)));
        assertFalse(Fusion.sameIncident(shelling, report("c", SubEventType.PEACEFUL_PROTEST, 0, WIRE)));
        assertEquals(2, Fusion.fuse("x", List.of(shelling, report("d", SubEventType.SHELLING, 2, SANA)))
                .casualties().fatalities(), "the lowest figure any source gives");
    }

    // ---- the rule: what the incident is, not only how near it is ----

    static final Place TAFAS = new Place("Tafas", 32.73709, 36.06654, "SY", "Syria", "SYR", "Daraa", "Daraa District", 170000L, "PPL", 1);
    static final Place SHEIKH_MISKIN = new Place("Sheikh Miskin", 32.8286, 36.1597, "SY", "Syria", "SYR", "Daraa", "Izra District",
            170001L, "PPL", 1);
    static final Place PALMYRA = new Place("Tadmur", 34.5624, 38.28402, "SY", "Syria", "SYR", "Homs", "Tadmur District", 170002L,
            "PPL", 1);
    /** A town of Tafas's district some 40 km away, and the district itself as a place. */
    static final Place BUSRA = new Place("Busra al-Harir", 32.8428, 36.3431 + 0.12, "SY", "Syria", "SYR", "Daraa", "Daraa District",
            170003L, "PPL", 1);
    static final Place DISTRICT = new Place("Daraa District", 32.90, 36.40, "SY", "Syria", "SYR", "Daraa", "Daraa District", 170004L,
            "ADM2", 2);
    static final LocalDate DAY = LocalDate.of(2021, 6, 9);
    static final Actor UNKNOWN = new Actor("Unidentified Armed Group (Syria)", 2, "SY");
    static final Actor ARMY_PERIOD = new Actor("Military Forces of Syria (2000-2024)", 1, "SY");
    static final Actor POLICE = new Actor("Police Forces of Syria (2000-2024)", 1, "SY");
    static final Actor TURKEY = new Actor("Military Forces of Turkey", 8, "TR");
    static final Actor HTS = new Actor("Hayat Tahrir al-Sham", 2, "SY");
    static final Actor ISIS = new Actor("Islamic State (Syria)", 2, "SY");

    static Event told(String id, SubEventType t, Place p, LocalDate d, Actor a1, Actor a2, int killed, Integer wounded,
                      Source... sources) {
        return new Event(id, id + "-0", d, 1, Status.OCCURRED, t, a1, a2, List.of(), List.of(), p, p == null ? "" : p.location(),
                new Casualties(killed, wounded, null), List.of(sources), Certainty.REPORTED, "183", 0.5, "Report " + id + ".",
                List.of());
    }

    static Event bomb(String id, Place p, LocalDate d, Actor target, int killed) {
        return told(id, SubEventType.REMOTE_EXPLOSIVE, p, d, UNKNOWN, target, killed, null, WIRE);
    }

    @Test
    void anArmyPatrolAndASyrianArmyVehicleAreOneSideAndTheDecisionSaysWhy() {
        Event patrol = bomb("rudaw", TAFAS, DAY, ARMY, 3);
        Event vehicle = bomb("sana", TAFAS, DAY, ARMY_PERIOD, 5);
        Decision d = Fusion.decide(patrol, vehicle);
        assertEquals("joined because: same sub-event type (Remote explosive/landmine/IED), same place (Tafas), same day,"
                + " actors agree (Military Forces of Syria = Military Forces of Syria (2000-2024)), tolls agree (3 and 5 killed)",
                d.explain());
        assertTrue(Fusion.sameIncident(patrol, bomb("police", SHEIKH_MISKIN, DAY.plusDays(1), POLICE, 4)),
                "the state's police and army are one side; 13 km and a day apart");
        assertEquals("13 km apart", Fusion.place(TAFAS, SHEIKH_MISKIN).says());
    }

    @Test
    void aTypeMismatchBlocksExceptACLEDsOwnMerges() {
        Event abduction = told("abduct", SubEventType.ABDUCTION, TAFAS, DAY, UNKNOWN, CIVILIANS, 0, null, WIRE);
        Decision d = Fusion.decide(bomb("bomb", TAFAS, DAY, ARMY, 3), abduction);
        assertFalse(d.same());
        assertEquals("kept apart: different kinds of event (Remote explosive/landmine/IED; Abduction/forced disappearance),"
                + " actors differ (Military Forces of Syria or Civilians (Syria))", d.explain());
        Event clash = told("clash", SubEventType.ARMED_CLASH, TAFAS, DAY, HTS, ARMY, 4, null, WIRE);
        Event shelling = told("shell", SubEventType.SHELLING, TAFAS, DAY, ARMY, HTS, 2, null, WIRE);
        assertTrue(Fusion.decide(clash, shelling).check(Decision.Aspect.TYPE).says().startsWith("shelling or an air strike within"));
        assertTrue(Fusion.sameIncident(clash, shelling), "the army shelling HTS in the clash: sides swapped in a battle");
        assertEquals(SubEventType.ARMED_CLASH, Fusion.fuse("x", List.of(shelling, clash)).subEventType(), "ACLED codes the clash");
        assertTrue(Fusion.type(SubEventType.PEACEFUL_PROTEST, SubEventType.VIOLENT_DEMONSTRATION).passed());
        assertFalse(Fusion.type(SubEventType.ARRESTS, SubEventType.AGREEMENT).passed(), "strategic developments: the sub-type itself");
        assertFalse(Fusion.type(SubEventType.ATTACK, SubEventType.REMOTE_EXPLOSIVE).passed());
        assertTrue(Fusion.type(SubEventType.SHELLING, SubEventType.REMOTE_EXPLOSIVE).passed());
    }

    @Test
    void thePlaceIsComparedAtTheFinestLevelBothKnow() {
        assertEquals("same place (Tafas)", Fusion.place(TAFAS, TAFAS).says());
        assertFalse(Fusion.place(TAFAS, PALMYRA).passed(), Fusion.place(TAFAS, PALMYRA).says());
        assertFalse(Fusion.place(TAFAS, BUSRA).passed(), "two towns of one district 30 km and more apart are two places: "
                + Fusion.place(TAFAS, BUSRA).says());
        assertTrue(Fusion.place(BUSRA, DISTRICT).passed(), "a report that names only the district");
        assertEquals("same district (Daraa District), all one report gives", Fusion.place(TAFAS, DISTRICT).says());
        assertFalse(Fusion.place(TAFAS, TAFAS.withPrecision(3)).passed(), "a region says nothing about which incident");
        assertFalse(Fusion.sameIncident(bomb("a", TAFAS, DAY, ARMY, 3), bomb("b", PALMYRA, DAY, ARMY, 3)));
    }

    @Test
    void aNextDayReportJoinsAClashThreeDaysLaterDoesNot() {
        assertEquals("a day apart", Fusion.date(DAY, DAY.plusDays(1)).says());
        assertTrue(Fusion.date(DAY, DAY.plusDays(1)).passed());
        assertFalse(Fusion.date(DAY, DAY.plusDays(3)).passed());
        assertFalse(Fusion.date(DAY, null).passed());
        Event clash = told("clash", SubEventType.ARMED_CLASH, TAFAS, DAY, HTS, ARMY, 2, null, WIRE);
        assertFalse(Fusion.sameIncident(clash, told("later", SubEventType.ARMED_CLASH, TAFAS, DAY.plusDays(3), HTS, ARMY, 2,
                null, WIRE)));
    }

    @Test
    void actorsOfOtherGroupsOrStatesStayApartUnidentifiedOnesContradictNothing() {
        Event hts = told("a", SubEventType.ATTACK, TAFAS, DAY, HTS, CIVILIANS, 1, null, WIRE);
        Decision d = Fusion.decide(hts, told("b", SubEventType.ATTACK, TAFAS, DAY, ISIS, CIVILIANS, 1, null, WIRE));
        assertFalse(d.same());
        assertEquals("actors differ (Hayat Tahrir al-Sham or Islamic State (Syria))", d.check(Decision.Aspect.ACTORS).says());
        assertTrue(Fusion.sameIncident(hts, told("c", SubEventType.ATTACK, TAFAS, DAY, UNKNOWN, CIVILIANS, 1, null, WIRE)));
        assertTrue(Fusion.sameIncident(hts, told("d", SubEventType.ATTACK, TAFAS, DAY, HTS, null, 1, null, WIRE)));
        assertFalse(Fusion.sameIncident(told("e", SubEventType.AIR_DRONE_STRIKE, TAFAS, DAY, TURKEY, HTS, 1, null, WIRE),
                told("f", SubEventType.AIR_DRONE_STRIKE, TAFAS, DAY, ARMY, HTS, 1, null, WIRE)), "Turkey's forces are not Syria's");
    }

    @Test
    void tollsFarApartAreAnotherIncidentElsewhere() {
        assertTrue(Fusion.figures(bomb("a", TAFAS, DAY, ARMY, 3), bomb("b", SHEIKH_MISKIN, DAY, ARMY, 5)).passed());
        assertFalse(Fusion.figures(bomb("a", TAFAS, DAY, ARMY, 2), bomb("b", SHEIKH_MISKIN, DAY, ARMY, 30)).passed(),
                "2 and 30 killed 13 km apart: two incidents");
        assertFalse(Fusion.figures(bomb("a", TAFAS, DAY, ARMY, 2), bomb("b", TAFAS, DAY.plusDays(1), ARMY, 30)).passed());
        assertTrue(Fusion.figures(bomb("a", TAFAS, DAY, ARMY, 2), bomb("b", TAFAS, DAY, ARMY, 30)).passed(),
                "one place and one day: the toll was raised");
        Event manyWounded = told("w", SubEventType.REMOTE_EXPLOSIVE, TAFAS, DAY, UNKNOWN, ARMY, 3, 20, WIRE);
        assertTrue(Fusion.figures(manyWounded, bomb("b", SHEIKH_MISKIN, DAY, ARMY, 12)).passed(), "the wounded may die");
        assertEquals("no conflicting tolls", Fusion.figures(bomb("a", TAFAS, DAY, ARMY, 0), bomb("b", TAFAS, DAY, ARMY, 30)).says());
    }

    @Test
    void theLatestReportsFiguresStandTheSameDaysTheLowestAlwaysWithinTheRange() {
        Source rudaw = new Source("Rudaw", Source.Kind.NEWS_AGENCY), npa = new Source("North Press Agency", Source.Kind.NEWS_AGENCY);
        List<Event> reports = List.of(told("rudaw", SubEventType.REMOTE_EXPLOSIVE, TAFAS, DAY, UNKNOWN, ARMY, 3, 2, rudaw),
                told("sana", SubEventType.REMOTE_EXPLOSIVE, TAFAS, DAY, UNKNOWN, ARMY_PERIOD, 2, null, SANA),
                told("npa", SubEventType.REMOTE_EXPLOSIVE, TAFAS, DAY, UNKNOWN, ARMY, 5, null, npa));
        Event same = Fusion.fuse("x", reports);
        assertEquals(2, same.casualties().fatalities(), "one day's reports: ACLED's lowest");
        assertEquals(2, same.casualties().injuries());
        Fusion.Told first = new Fusion.Told(DAY, false), next = new Fusion.Told(DAY.plusDays(1), false);
        Event update = Fusion.fuse("x", reports, List.of(first, first, next));
        assertEquals(5, update.casualties().fatalities(), "the next day's toll updates the first reports'");
        assertEquals(2, update.casualties().injuries(), "a figure only earlier reports give stands");
        assertEquals(2, Fusion.fuse("x", reports, List.of(first, next, Fusion.Told.UNKNOWN)).casualties().fatalities());
        assertEquals(5, Fusion.fuse("x", reports, List.of(first, first, new Fusion.Told(DAY, true))).casualties().fatalities(),
                "a page re-published the same day is newer than that day's reports");
        assertEquals("On 9 June 2021, Unidentified Armed Group (Syria) targeted Military Forces of Syria with an explosive device in"
                + " Tafas (Daraa, Syria). According to Rudaw, SANA and North Press Agency, 5 people were killed and 2 wounded.",
                update.notes());
    }

    @Test
    void aNewVersionOfAPageRetellsItsIncidentWhateverTheToll() {
        assertTrue(Fusion.retold(bomb("v1", TAFAS, DAY, ARMY, 2), bomb("v2", TAFAS, DAY, ARMY_PERIOD, 40)));
        assertFalse(Fusion.retold(bomb("v1", TAFAS, DAY, ARMY, 2), told("v2", SubEventType.ARMED_CLASH, TAFAS, DAY, HTS, ARMY, 2,
                null, WIRE)));
    }

    /** The store's prefilter: two events whose signatures share no bit must never be compatible. */
    @Test
    void theActorSignatureNeverHidesACompatiblePair() {
        Actor[] pool = {null, UNKNOWN, ARMY, ARMY_PERIOD, POLICE, TURKEY, HTS, ISIS, CIVILIANS,
            new Actor("Civilians (Turkey)", 7, "TR"), new Actor("Protesters (Syria)", 6, "SY")};
        java.util.Random r = new java.util.Random(13);
        SubEventType[] types = {SubEventType.ARMED_CLASH, SubEventType.ATTACK, SubEventType.SHELLING};
        for (int i = 0; i < 20_000; i++) {
            Event a = told("a", types[r.nextInt(3)], TAFAS, DAY, pool[r.nextInt(pool.length)], pool[r.nextInt(pool.length)], 1,
                    null, WIRE);
            Event b = told("b", types[r.nextInt(3)], TAFAS, DAY, pool[r.nextInt(pool.length)], pool[r.nextInt(pool.length)], 1,
                    null, WIRE);
            long x = Fusion.actorSignature(a), y = Fusion.actorSignature(b);
            if (x != 0 && y != 0 && (x & y) == 0) {
                assertFalse(Fusion.decide(a, b).check(Decision.Aspect.ACTORS).passed(), a + "\n" + b);
            }
        }
    }

    /** The store's quick test and the explained decision never disagree. */
    @Test
    void theQuickTestAgreesWithTheDecision() {
        Place[] places = {TAFAS, SHEIKH_MISKIN, PALMYRA, BUSRA, DISTRICT, null};
        Actor[] actors = {null, UNKNOWN, ARMY, POLICE, HTS, ISIS, CIVILIANS};
        SubEventType[] types = SubEventType.values();
        java.util.Random r = new java.util.Random(29);
        for (int i = 0; i < 20_000; i++) {
            Event[] ab = new Event[2];
            for (int k = 0; k < 2; k++) {
                ab[k] = told("e" + k, types[r.nextInt(types.length)], places[r.nextInt(places.length)],
                        r.nextInt(8) == 0 ? null : DAY.plusDays(r.nextInt(4)), actors[r.nextInt(actors.length)],
                        actors[r.nextInt(actors.length)], r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(30), null, WIRE);
            }
            assertEquals(Fusion.decide(ab[0], ab[1]).same(), Fusion.sameIncident(ab[0], ab[1]), ab[0] + "\n" + ab[1]);
        }
    }
}
