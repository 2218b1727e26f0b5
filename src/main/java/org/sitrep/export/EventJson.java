package org.sitrep.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Source;
import org.sitrep.store.EventRecords;
import org.sitrep.store.StoredEvent;

import java.util.Optional;
import java.util.function.Function;

/** The event record of the output contract (shared/spec/event-record.md) as JSON, and stored incidents. */
public final class EventJson {
    static final ObjectMapper MAPPER = EventRecords.MAPPER;

    private EventJson() {
    }

    public static ObjectNode toJson(Event e) {
        return EventRecords.toJson(e);
    }

    /**
     * A stored incident: the fused record with its corroboration, and every report with its own source,
     * figures and evidence; with {@code articles}, each report's article text too (the evidence view).
     */
    public static ObjectNode toJson(StoredEvent e, Function<String, Optional<Article>> articles) {
        ObjectNode o = toJson(e.fused());
        o.put("event_id", e.id());
        o.put("corroboration", e.corroboration());
        o.put("split", e.pinned());
        ArrayNode reps = o.putArray("reports");
        for (StoredEvent.Report r : e.reports()) {
            ObjectNode n = reps.addObject();
            n.put("report_id", r.id());
            n.put("article", r.articleKey());
            n.put("article_id", r.event().articleId());
            n.put("source", String.join("; ", r.event().sources().stream().map(Source::name).toList()));
            n.put("party", r.party());
            n.put("event_date", r.event().date() == null ? null : r.event().date().toString());
            n.put("fatalities", r.event().casualties().fatalities());
            n.put("injuries", r.event().casualties().injuries());
            n.put("captured", r.event().casualties().captured());
            n.put("certainty", r.event().certainty().label());
            n.set("evidence", toJson(r.event()).get("evidence"));
            if (articles != null) {
                articles.apply(r.articleKey()).ifPresent(a -> n.put("article_text", a.text()).put("article_url", a.url())
                        .put("article_source", a.source()));
            }
        }
        return o;
    }
}
