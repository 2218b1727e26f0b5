package org.sitrep.store;

import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The one repository every backend implements: articles, the events extracted from them, fusion. */
public interface EventStore extends AutoCloseable {
    /** What storing one article did. */
    record Outcome(boolean duplicate, int reports, int newEvents, int fusedInto) {
    }

    /**
     * Stores an article and its events in one transaction, fusing each event with an incident already
     * stored when they describe the same one. An article seen before (same URL or same text) changes
     * nothing and comes back as a duplicate.
     */
    Outcome store(Article article, List<Event> events);

    /** Whether an article with this URL or this text hash is stored (feeds skip what they have seen). */
    boolean seen(String url, String contentHash);

    List<StoredEvent> events(EventQuery query);

    List<MapPoint> mapPoints(EventQuery query);

    Optional<StoredEvent> event(String id);

    /** Undoes a fusion: every report of the event becomes an event of its own, and stays so. */
    List<StoredEvent> split(String id);

    /** What aggregates group by. */
    enum Grouping { DAY, TYPE, ADMIN1, COUNTRY, ACTORS }

    /** Counts of events and their fatalities per group, for the filtered events. */
    List<Count> counts(EventQuery query, Grouping by);

    record Count(String key, long events, long fatalities) {
    }

    /** Articles, reports and fused events held. */
    long[] counts();

    Optional<Article> article(String key);

    /**
     * Today by this store's clock (UTC): the day an article arrives. An article with no publication date
     * has its undated events coded on it (time_precision 3).
     */
    LocalDate today();

    @Override
    void close();
}
