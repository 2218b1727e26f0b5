package org.sitrep.store;

import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The one repository every backend implements: articles, the events extracted from them, fusion. */
public interface EventStore extends AutoCloseable {
    /**
     * What storing one article did: {@code updated} counts the reports of an earlier version of the page
     * that this version's events replaced (their incidents recomputed).
     */
    record Outcome(boolean duplicate, int reports, int newEvents, int fusedInto, int updated) {
    }

    /**
     * Stores an article and its events in one transaction, fusing each event with an incident already
     * stored when they describe the same one. An article whose text is stored changes nothing and comes
     * back as a duplicate. A page stored before under the same URL with other text (re-published: a toll
     * raised) is stored as a new version linked to the old, both texts kept; its events replace the
     * reports of the old version they tell again, and their incidents are recomputed.
     */
    Outcome store(Article article, List<Event> events);

    /**
     * With a text hash, whether that text is stored; without one (null), whether any version of the page
     * at this URL is (feeds skip what they have seen before fetching it).
     */
    boolean seen(String url, String contentHash);

    List<StoredEvent> events(EventQuery query);

    /**
     * Every incident the query matches (up to its limit, which may be {@link EventQuery#ALL}), newest
     * first, handed to {@code each} as it is read, each with its reports when {@code reports} is set. Reads
     * on a connection of its own: a long export holds no lock that the map or a writer waits for, and
     * needs memory for a page of incidents, not for all of them.
     */
    void forEach(EventQuery query, boolean reports, java.util.function.Consumer<StoredEvent> each);

    /** How many incidents the query matches, whatever its limit. */
    long count(EventQuery query);

    List<MapPoint> mapPoints(EventQuery query);

    Optional<StoredEvent> event(String id);

    /** Undoes a fusion: every report of the event becomes an event of its own, and stays so. */
    List<StoredEvent> split(String id);

    /**
     * What aggregates group by. DAY_TYPE's keys are "day|type"; LOCATION's are place names ("Location,
     * Admin1, Country"), of the busiest places only.
     */
    enum Grouping { DAY, DAY_TYPE, TYPE, ADMIN1, COUNTRY, ACTORS, LOCATION }

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

    /** The key of the earlier version of the page that article {@code key} re-published, if it is one. */
    Optional<String> previousVersion(String key);

    @Override
    void close();
}
