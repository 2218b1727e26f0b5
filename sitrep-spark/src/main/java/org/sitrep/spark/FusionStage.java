package org.sitrep.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.sitrep.export.EventJson;
import org.sitrep.fuse.Fusion;
import org.sitrep.model.Event;
import org.sitrep.store.EventRecords;
import org.sitrep.store.StoredEvent;
import scala.Tuple2;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Iterator;

/**
 * Fusion at archive scale, without comparing all pairs: reports are sent by country to a partition and
 * sorted there by day, and {@link Incidents} walks each country's days with the store's rule, looking only at
 * the incidents of the day before, the same day and the day after. One country is fused by one task: the rule
 * is order-dependent, as the store's is, and fusion costs microseconds per report where extraction costs
 * milliseconds. Two reports in different countries never fuse here, even within 25 km of a border.
 */
final class FusionStage {
    private FusionStage() {
    }

    /** An incident as the outputs write it: its JSON (fused record and reports), and the CSV lines when asked. */
    record Row(String json, String csv, String links, int reports) implements Serializable {
    }

    record Key(String country, long day, String article, String event) implements Serializable {
    }

    /** A report on its way to fusion: the event's stored record, and its article's publication day. */
    record Report(String stored, long published) implements Serializable {
        Fusion.Told told() {
            return Result.told(published);
        }
    }

    /** Day order within a country; article and event ids make the order, and so the fusion, repeatable. */
    static final class Order implements Comparator<Key>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Key a, Key b) {
            int c = a.country().compareTo(b.country());
            if (c == 0) {
                c = Long.compare(a.day(), b.day());
            }
            if (c == 0) {
                c = a.article().compareTo(b.article());
            }
            return c != 0 ? c : a.event().compareTo(b.event());
        }
    }

    /** All of a country's reports to one partition. */
    static final class ByCountry extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        ByCountry(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return Math.floorMod(((Key) key).country().hashCode(), partitions);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByCountry b && b.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }

    static JavaRDD<Row> run(JavaRDD<Result> events, int partitions, JobSettings.Format format) {
        JavaPairRDD<Key, Report> keyed = events.filter(r -> r.fuseKey() != null).mapToPair(r -> new Tuple2<>(
                new Key(r.fuseKey(), r.day(), r.articleId(), r.eventId()), new Report(r.stored(), r.published())));
        JavaRDD<Row> fused = keyed.repartitionAndSortWithinPartitions(new ByCountry(partitions), new Order())
                .mapPartitions(it -> {
                    Iterator<Incidents.Keyed> reports = new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Incidents.Keyed next() {
                            Tuple2<Key, Report> t = it.next();
                            return new Incidents.Keyed(t._1().country(), parse(t._2().stored()), t._2().told());
                        }
                    };
                    Extraction.Lines lines = new Extraction.Lines(format);
                    Incidents incidents = new Incidents(reports);
                    return new Iterator<Row>() {
                        @Override
                        public boolean hasNext() {
                            return incidents.hasNext();
                        }

                        @Override
                        public Row next() {
                            return row(incidents.next(), lines, format);
                        }
                    };
                }).setName("fused incidents");
        JavaRDD<Row> singles = events.filter(r -> r.fuseKey() == null).mapPartitions(it -> {
            Extraction.Lines lines = new Extraction.Lines(format);
            return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Row next() {
                    Result r = it.next();
                    return row(Incidents.single(parse(r.stored()), r.told()), lines, format);
                }
            };
        });
        return fused.union(singles);
    }

    static Event parse(String stored) {
        try {
            return EventRecords.fromStoredJson(EventRecords.MAPPER.readTree(stored));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event record written by extraction does not parse: " + e.getMessage(), e);
        }
    }

    static Row row(StoredEvent incident, Extraction.Lines lines, JobSettings.Format format) {
        String json = EventJson.toJson(incident, null).toString();
        if (format != JobSettings.Format.ACLED_CSV) {
            return new Row(json, null, null, incident.reports().size());
        }
        StringBuilder links = new StringBuilder();
        for (StoredEvent.Report r : incident.reports()) {
            if (links.length() > 0) {
                links.append('\n');
            }
            links.append(Csv.quote(incident.id())).append(',').append(Csv.quote(r.id())).append(',')
                    .append(Csv.quote(r.articleKey())).append(',').append(r.party());
        }
        return new Row(json, lines.line(incident), links.toString(), incident.reports().size());
    }

    /** RFC 4180 quoting, as the core's ACLED sink quotes. */
    static final class Csv {
        static final String LINKS_HEADER = "incident_id,event_id,article_id,party";

        private Csv() {
        }

        static String quote(String s) {
            if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
                return s;
            }
            return '"' + s.replace("\"", "\"\"") + '"';
        }
    }
}
