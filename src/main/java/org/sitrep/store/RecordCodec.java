package org.sitrep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.sitrep.fuse.Decision;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Stored records read back as events, and the text columns an incident's row derives from its record. */
final class RecordCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The record column of an incident told by a single report is empty: its record is the report's
     * (under the incident's id), stored once. Every read of a record goes through this expression.
     */
    static final String RECORD = "CASE WHEN e.record = '' THEN (SELECT r.record FROM reports r"
            + " WHERE r.event_ref = e.id ORDER BY r.id LIMIT 1) ELSE e.record END";

    private RecordCodec() {
    }

    static Event parse(String record) {
        return parse(record, null);
    }

    /** A stored record; {@code eventKey} names the incident when the record is its single report's. */
    static Event parse(String record, String eventKey) {
        try {
            var tree = JSON.readTree(record);
            if (eventKey != null && tree instanceof ObjectNode o) {
                o.put("event_id", eventKey);
            }
            return EventRecords.fromStoredJson(tree);
        } catch (IOException e) {
            throw new StoreException("a stored event record is not JSON: " + e.getMessage(), e);
        }
    }

    /** The actors column: every named actor, main and associated. */
    static String actorNames(Event e) {
        List<String> names = new ArrayList<>();
        for (Actor a : new Actor[] {e.actor1(), e.actor2()}) {
            if (a != null) {
                names.add(a.name());
            }
        }
        e.assoc1().forEach(a -> names.add(a.name()));
        e.assoc2().forEach(a -> names.add(a.name()));
        return String.join("; ", names);
    }

    /** The sources column. */
    static String sourceNames(Event e) {
        return e.sources().stream().map(Source::name).collect(Collectors.joining("; "));
    }

    /** The search_text column: the distinct evidence of all the incident's reports. */
    static String searchText(List<Event> reports) {
        return reports.stream().flatMap(r -> r.evidence().stream()).map(Span::text).distinct()
                .collect(Collectors.joining(" "));
    }

    /** A fusion decision as the reports.joined column keeps it: [{"aspect", "passed", "says"}, ...]. */
    static String decision(Decision d) {
        if (d == null) {
            return null;
        }
        ArrayNode a = JSON.createArrayNode();
        for (Decision.Check c : d.checks()) {
            a.addObject().put("aspect", c.aspect().key()).put("passed", c.passed()).put("says", c.says());
        }
        return a.toString();
    }

    /** The decision stored in reports.joined, or null (the founding report, a split one, a join before schema 3). */
    static Decision decision(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            List<Decision.Check> checks = new ArrayList<>();
            for (JsonNode c : JSON.readTree(json)) {
                checks.add(new Decision.Check(Decision.Aspect.valueOf(c.path("aspect").asText().toUpperCase(java.util.Locale.ROOT)),
                        c.path("passed").asBoolean(), c.path("says").asText()));
            }
            return new Decision(checks);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("a stored fusion decision is not readable (" + e.getMessage() + "): " + json, e);
        }
    }
}
