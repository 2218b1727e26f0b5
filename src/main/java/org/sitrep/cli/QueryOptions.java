package org.sitrep.cli;

import org.sitrep.model.Certainty;
import org.sitrep.model.EventType;
import org.sitrep.store.EventQuery;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/** The filters of {@code sitrep events} and {@code sitrep export}, validated into an {@link EventQuery}. */
public final class QueryOptions {
    @Option(names = "--from", paramLabel = "DATE", converter = ExtractCommand.DateConverter.class, description = "first day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = ExtractCommand.DateConverter.class, description = "last day")
    LocalDate to;

    @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "minLon,minLat,maxLon,maxLat")
    String bbox;

    @Option(names = "--country", description = "country name, as ACLED writes it")
    String country;

    @Option(names = "--admin1", description = "first-level division, e.g. Al-Hasakah")
    String admin1;

    @Option(names = "--type", description = "event type, e.g. Battles or 'Explosions/Remote violence'")
    String type;

    @Option(names = "--actor", description = "part of an actor's name")
    String actor;

    @Option(names = "--source", description = "part of a source's name")
    String source;

    @Option(names = "--certainty", description = "confirmed, reported, alleged or denied")
    String certainty;

    @Option(names = "--text", description = "words in the notes or evidence")
    String text;

    @Option(names = "--limit", description = "at most this many events (default: every one that matches)")
    int limit = EventQuery.ALL;

    @Option(names = "--offset", description = "skip this many (paging)")
    int offset;

    EventQuery query(CommandLine cl) {
        try {
            double[] box = bbox == null ? null : Arrays.stream(bbox.split(",")).map(String::strip)
                    .mapToDouble(Double::parseDouble).toArray();
            EventType t = type == null ? null : EventType.fromLabel(type);
            Certainty c = certainty == null ? null : Certainty.valueOf(certainty.strip().toUpperCase(Locale.ROOT));
            return new EventQuery(from, to, box, country, admin1, t, actor, source, c, text, limit, offset);
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(cl, "--bbox '" + bbox + "' must be four numbers minLon,minLat,maxLon,maxLat");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage().startsWith("No enum")
                    ? "--certainty '" + certainty + "' is not one of confirmed, reported, alleged, denied" : e.getMessage());
        }
    }
}
