package org.sitrep.store;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NeighbourIndexTest {
    static final int VIOLENCE = 0, DEMONSTRATIONS = 1;
    static final double BOX = 0.25;

    /** A database of one day's incidents, counting how often each day is read. */
    final Map<Long, Integer> reads = new HashMap<>();
    final NeighbourIndex.DayLoader loader = (day, into) -> {
        reads.merge(day, 1, Integer::sum);
        if (day == 100) {
            into.add(1, VIOLENCE, 35.0, 36.0, 0, 0b01);                                       // the town
            into.add(2, VIOLENCE, 35.6, 36.0, NeighbourIndex.district("Ariha", "Syria"), 0);   // 66 km north, a district
            into.add(3, DEMONSTRATIONS, 35.0, 36.0, 0, 0);                                          // same place, other type
            into.add(4, VIOLENCE, 35.1, 36.1, 0, 0b10);                                        // near, other named sides
        }
    };

    List<Long> search(NeighbourIndex index, long day, int type, double lat, double lon, String admin2, long actors)
            throws SQLException {
        List<Long> out = new ArrayList<>();
        index.search(day, type, lat, lon, BOX, BOX, NeighbourIndex.district(admin2, "Syria"), actors, loader, out::add);
        return out;
    }

    @Test
    void scenarios() throws SQLException {
        NeighbourIndex index = new NeighbourIndex();
        assertEquals(List.of(1L, 4L), search(index, 100, VIOLENCE, 35.02, 36.02, "", 0), "no named sides: any near one");
        assertEquals(List.of(1L), search(index, 100, VIOLENCE, 35.02, 36.02, "", 0b01), "named sides must be able to agree");
        assertEquals(List.of(1L, 2L), search(index, 100, VIOLENCE, 35.0, 36.0, "Ariha", 0b01), "same district, far away");
        assertEquals(List.of(3L), search(index, 100, DEMONSTRATIONS, 35.0, 36.0, "", 0), "types never mix");
        assertEquals(List.of(), search(index, 100, VIOLENCE, 34.0, 36.0, "", 0), "outside the box");
        assertEquals(List.of(), search(index, 101, VIOLENCE, 35.0, 36.0, "", 0), "another day");
        assertEquals(1, reads.get(100L), "a day is read from the database once");
    }

    @Test
    void whatTheStoreWritesLaterIsFoundOnDaysAlreadyRead() throws SQLException {
        NeighbourIndex index = new NeighbourIndex();
        index.added(200, 9, VIOLENCE, 35.0, 36.0, 0, 0); // a day not read yet: the database will have it
        assertEquals(List.of(), search(index, 200, VIOLENCE, 35.0, 36.0, "", 0));
        index.added(200, 10, VIOLENCE, 35.0, 36.0, 0, 0);
        assertEquals(List.of(10L), search(index, 200, VIOLENCE, 35.0, 36.0, "", 0));
    }

    @Test
    void theLeastRecentDaysGoFirstAndAreReadAgain() throws SQLException {
        NeighbourIndex index = new NeighbourIndex(4);
        search(index, 100, VIOLENCE, 35.0, 36.0, "", 0);
        search(index, 101, VIOLENCE, 35.0, 36.0, "", 0);
        index.added(101, 11, VIOLENCE, 35.0, 36.0, 0, 0); // five entries: day 100, the eldest, goes
        assertEquals(List.of(1L, 4L), search(index, 100, VIOLENCE, 35.0, 36.0, "", 0));
        assertEquals(2, reads.get(100L));
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new NeighbourIndex(0));
        var day = new NeighbourIndex.Day();
        var e = assertThrows(IllegalArgumentException.class, () -> day.add(1, 99, 0, 0, 0, 0));
        assertEquals("event family ordinal 99 outside 0..2", e.getMessage());
        assertEquals(0, NeighbourIndex.district("", "Syria"));
    }
}
