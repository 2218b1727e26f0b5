package org.sitrep.export;

import org.sitrep.fuse.Fusion;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * ACLED's CSV, in the current export layout or the pre-2023 one, with Sitrep's own columns after
 * ACLED's. Every value is written as ACLED's codebook defines it: {@code iso} the ISO numeric code,
 * {@code region} and {@code country} as ACLED names them, {@code event_id_cnty} the country prefix and a
 * number derived from Sitrep's event id, {@code timestamp} the Unix time the event last changed (for an
 * event just extracted, the time of extraction from the injected clock). No cell reads "null": what is
 * unknown is empty. Cells are neutralised against formula injection ({@link CsvCells}).
 */
public final class AcledCsvSink implements EventSink {
    /** ACLED's two export layouts, column for column. */
    public enum Layout {
        CURRENT(List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
                "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
                "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp")),
        CLASSIC(List.of("data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision",
                "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                "interaction", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
                "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp", "iso3"));

        private final List<String> columns;

        Layout(List<String> columns) {
            this.columns = columns;
        }

        public List<String> columns() {
            return columns;
        }
    }

    /** Sitrep's columns, after ACLED's: what ACLED drops, and what brings an event back on import. */
    public static final List<String> EXTRAS = List.of("sitrep_event_id", "article_id", "status", "injuries", "captured",
            "certainty", "confidence", "corroboration", "cameo_code", "geonames_id", "location_text", "source_kinds");

    private final Writer out;
    private final Layout layout;
    private final Clock clock;
    private final AcledCountries countries = AcledCountries.bundled();
    private final SourceScale scales = SourceScale.bundled();

    public AcledCsvSink(Writer out, Layout layout, Clock clock) {
        this.out = out;
        this.layout = layout;
        this.clock = clock;
        EventSink.write(out, String.join(",", header(layout)) + "\n");
    }

    public static List<String> header(Layout layout) {
        List<String> all = new ArrayList<>(layout.columns());
        all.addAll(EXTRAS);
        return all;
    }

    /** An event just extracted: its timestamp is now, by the clock. */
    @Override
    public void write(Event e) {
        row(e, e.eventId(), Fusion.corroboration(List.of(e)), clock.instant());
    }

    /** A stored incident: its timestamp is when it last changed. */
    @Override
    public void write(StoredEvent e) {
        row(e.fused(), e.id(), e.corroboration(), e.changed() != null ? e.changed() : clock.instant());
    }

    private void row(Event e, String sitrepId, int corroboration, Instant changed) {
        Optional<AcledCountries.Country> c = countries.of(e.place());
        StringBuilder sb = new StringBuilder(512);
        for (String column : header(layout)) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(CsvCells.cell(value(column, e, c, sitrepId, corroboration, changed)));
        }
        EventSink.write(out, sb.append('\n').toString());
    }

    private String value(String column, Event e, Optional<AcledCountries.Country> c, String sitrepId, int corroboration,
                         Instant changed) {
        Place p = e.place();
        String iso3 = c.map(AcledCountries.Country::iso3).orElse(p == null ? "" : p.iso3());
        return switch (column) {
            case "event_id_cnty" -> AcledCodes.eventIdCnty(iso3, sitrepId);
            case "event_id_no_cnty", "data_id" -> String.valueOf(AcledCodes.eventNumber(sitrepId));
            case "event_date" -> e.date() == null ? "" : e.date().toString();
            case "year" -> e.date() == null ? "" : String.valueOf(e.date().getYear());
            case "time_precision" -> String.valueOf(e.timePrecision());
            case "disorder_type" -> AcledCodes.disorderType(e.subEventType());
            case "event_type" -> e.eventType().label();
            case "sub_event_type" -> e.subEventType().label();
            case "actor1" -> name(e.actor1());
            case "assoc_actor_1" -> names(e.assoc1());
            case "inter1" -> String.valueOf(e.inter1());
            case "actor2" -> name(e.actor2());
            case "assoc_actor_2" -> names(e.assoc2());
            case "inter2" -> String.valueOf(e.inter2());
            case "interaction" -> String.valueOf(e.interaction());
            case "civilian_targeting" -> AcledCodes.civilianTargeting(e);
            case "iso" -> c.map(x -> String.valueOf(x.numeric())).orElse("");
            case "iso3" -> iso3;
            case "region" -> c.map(AcledCountries.Country::region).orElse("");
            case "country" -> c.map(AcledCountries.Country::name).orElse(p == null ? "" : p.country());
            case "admin1" -> p == null ? "" : p.admin1();
            case "admin2" -> p == null ? "" : p.admin2();
            case "admin3" -> "";
            case "location" -> p == null ? "" : p.location();
            case "latitude" -> p == null ? "" : coordinate(p.latitude());
            case "longitude" -> p == null ? "" : coordinate(p.longitude());
            case "geo_precision" -> p == null ? "" : String.valueOf(p.precision());
            case "source" -> e.sources().stream().map(Source::name).collect(Collectors.joining("; "));
            case "source_scale" -> scales.of(e.sources());
            case "notes" -> e.notes();
            case "fatalities" -> String.valueOf(e.casualties().fatalities());
            case "tags" -> AcledCodes.tags(e);
            case "timestamp" -> String.valueOf(changed.getEpochSecond());
            case "sitrep_event_id" -> sitrepId;
            case "article_id" -> e.articleId();
            case "status" -> e.status().label();
            case "injuries" -> e.casualties().injuries() == null ? "" : e.casualties().injuries().toString();
            case "captured" -> e.casualties().captured() == null ? "" : e.casualties().captured().toString();
            case "certainty" -> e.certainty().label();
            case "confidence" -> decimal(e.confidence(), 3);
            case "corroboration" -> String.valueOf(corroboration);
            case "cameo_code" -> e.cameoCode();
            case "geonames_id" -> p == null || p.geonamesId() == null ? "" : p.geonamesId().toString();
            case "location_text" -> e.placeText();
            case "source_kinds" -> e.sources().stream().map(s -> s.kind().name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining("; "));
            default -> throw new IllegalStateException("no value for column " + column);
        };
    }

    private static String name(Actor a) {
        return a == null ? "" : a.name();
    }

    private static String names(List<Actor> as) {
        return as.stream().map(Actor::name).collect(Collectors.joining("; "));
    }

    /** ACLED writes coordinates with up to four decimals; Sitrep keeps five, never in exponent notation. */
    static String coordinate(double v) {
        return decimal(v, 5);
    }

    private static String decimal(double v, int places) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
    }
}
