package org.sitrep.store;

import org.sitrep.model.Event;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the stored incidents are, day by day, in memory: fusion asks it which incidents might be near
 * a new report before it reads any record. It is a superset filter, never the truth: an entry that has
 * gone stale (an incident moved by a later report, split, or rolled back) only costs one lookup by id,
 * which the database answers with the incident as it is; an incident it lacks would be a missed fusion,
 * so a day is read whole from the database the first time it is asked for, every incident this store
 * writes later is added to it, and the owner clears it when another connection has written.
 * Asking the R*Tree and then each hit by id cost a fifth of the bulk insert time (`sitrep bench store`).
 */
final class NeighbourIndex {
    /** Entries held before the least recently used days are dropped (about 20 bytes each). */
    static final int MAX_ENTRIES = 4_000_000;

    /** Reads one day's incidents from the database into {@code into}. */
    interface DayLoader {
        void load(long epochDay, Day into) throws SQLException;
    }

    /** The incidents of one day, by family of event type (ACLED's kind of disorder). */
    static final class Day {
        private final Kind[] kinds = new Kind[TYPES];
        private int size;

        /** {@code actors}: {@link org.sitrep.fuse.Fusion#actorSignature}, or 0 when unknown. */
        void add(long id, int type, double lat, double lon, int district, long actors) {
            if (type < 0 || type >= TYPES) {
                throw new IllegalArgumentException("event family ordinal " + type + " outside 0.." + (TYPES - 1));
            }
            if (kinds[type] == null) {
                kinds[type] = new Kind();
            }
            kinds[type].add(id, lat, lon, district, actors);
            size++;
        }
    }

    /** Families the index tells apart (ordinals of {@link org.sitrep.model.EventType.Family}). */
    private static final int TYPES = org.sitrep.model.EventType.Family.values().length;

    /** The incidents of one type on one day: ids, coordinates, a district hash, an actor signature. */
    private static final class Kind {
        private long[] ids = new long[8];
        private float[] lats = new float[8];
        private float[] lons = new float[8];
        private int[] districts = new int[8];
        private long[] actors = new long[8];
        private int size;

        void add(long id, double lat, double lon, int district, long actors) {
            if (size == ids.length) {
                int n = size * 2;
                ids = Arrays.copyOf(ids, n);
                lats = Arrays.copyOf(lats, n);
                lons = Arrays.copyOf(lons, n);
                districts = Arrays.copyOf(districts, n);
                this.actors = Arrays.copyOf(this.actors, n);
            }
            ids[size] = id;
            lats[size] = (float) lat;
            lons[size] = (float) lon;
            districts[size] = district;
            this.actors[size] = actors;
            size++;
        }
    }

    private final LinkedHashMap<Long, Day> days = new LinkedHashMap<>(256, 0.75f, true);
    private long entries;
    private final long maxEntries;

    NeighbourIndex() {
        this(MAX_ENTRIES);
    }

    NeighbourIndex(long maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("a neighbour index holds at least one entry, not " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /**
     * Incidents of family {@code type} on {@code epochDay} inside the box around (lat, lon), or in the same
     * district (a district hash of 0 matches none), whose named sides may agree with {@code actors}. The
     * box is widened by the float rounding of the stored coordinates.
     */
    void search(long epochDay, int type, double lat, double lon, double dLat, double dLon, int district, long actors,
                DayLoader loader, java.util.function.LongConsumer out) throws SQLException {
        Kind d = day(epochDay, loader).kinds[type];
        if (d == null) {
            return;
        }
        double la = dLat + 1e-5, lo = dLon + 1e-5;
        for (int i = 0; i < d.size; i++) {
            if (actors != 0 && d.actors[i] != 0 && (actors & d.actors[i]) == 0) {
                continue;
            }
            boolean near = Math.abs(d.lats[i] - lat) <= la && Math.abs(d.lons[i] - lon) <= lo;
            if (near || district != 0 && d.districts[i] == district) {
                out.accept(d.ids[i]);
            }
        }
    }

    private Day day(long epochDay, DayLoader loader) throws SQLException {
        Day d = days.get(epochDay);
        if (d == null) {
            d = new Day();
            loader.load(epochDay, d);
            days.put(epochDay, d);
            entries += d.size;
            evict();
        }
        return d;
    }

    /** Records an incident this store wrote; a day not read yet will read it from the database. */
    void added(long epochDay, long id, int type, double lat, double lon, int district, long actors) {
        Day d = days.get(epochDay);
        if (d != null) {
            d.add(id, type, lat, lon, district, actors);
            entries++;
            evict();
        }
    }

    /** Records where an incident this store wrote now is; one without a day or a place is never fused. */
    void added(long id, Event f, long actors) {
        if (f.date() != null && f.place() != null) {
            added(f.date().toEpochDay(), id, f.eventType().family().ordinal(), f.place().latitude(), f.place().longitude(),
                    district(f.place().admin2(), f.place().country()), actors);
        }
    }

    private void evict() {
        var it = days.entrySet().iterator();
        while (entries > maxEntries && days.size() > 1 && it.hasNext()) {
            Map.Entry<Long, Day> eldest = it.next();
            entries -= eldest.getValue().size;
            it.remove();
        }
    }

    void clear() {
        days.clear();
        entries = 0;
    }

    /** A district as the index keys it: 0 for none; collisions only widen the filter. */
    static int district(String admin2, String country) {
        if (admin2 == null || admin2.isEmpty()) {
            return 0;
        }
        int h = (admin2 + '\u0000' + country).hashCode();
        return h == 0 ? 1 : h;
    }
}
