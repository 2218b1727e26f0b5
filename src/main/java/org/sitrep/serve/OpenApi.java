package org.sitrep.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The OpenAPI 3 description of the API, built from the same parameter list the handlers validate. */
final class OpenApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApi() {
    }

    static ObjectNode document() {
        ObjectNode d = JSON.createObjectNode().put("openapi", "3.0.3");
        d.putObject("info").put("title", "Sitrep API").put("version", "0.1.0")
                .put("description", "Conflict events extracted from news reports, fused across outlets.")
                .putObject("license").put("name", "GPL-3.0-or-later");
        ObjectNode paths = d.putObject("paths");
        get(paths, "/api/events", "Events matching the filters, newest first, with every report's figures; total, and"
                + " next (also as a Link header) when more pages follow", true, null);
        ObjectNode one = get(paths, "/api/events/{id}", "One event with its reports, evidence and article texts", false, null);
        one.withArray("parameters").addObject().put("name", "id").put("in", "path").put("required", true)
                .putObject("schema").put("type", "string");
        get(paths, "/api/map", "Map markers for the filtered events (compact arrays)", true, null);
        get(paths, "/api/table", "The page's rows: every filtered event (with or without a place) as compact arrays, with"
                + " the total and, past the limit (50,000), a next link", true, null);
        get(paths, "/api/aggregates", "Counts and fatalities per day, week, week-type (week and event type), type, admin1,"
                + " country, actor or location (the busiest places)", true, "by");
        get(paths, "/api/export", "Every filtered event (no limit unless one is given), streamed as acled-csv,"
                + " acled-csv-classic, geojson or jsonl", true, "format");
        get(paths, "/api/config", "Settings the web page reads", false, null);
        post(paths, "/api/extract", "Extract events from posted text without storing them");
        post(paths, "/api/articles", "Store a posted article with its events, fusing them with stored incidents");
        return d;
    }

    private static ObjectNode get(ObjectNode paths, String path, String summary, boolean filters, String extra) {
        ObjectNode op = paths.putObject(path).putObject("get").put("summary", summary);
        ArrayNode params = op.putArray("parameters");
        if (filters) {
            for (String p : new String[] {"from", "to", "bbox", "country", "admin1", "type", "actor", "source", "certainty",
                "text", "limit", "offset"}) {
                ObjectNode n = params.addObject().put("name", p).put("in", "query").put("required", false);
                n.putObject("schema").put("type", p.equals("limit") || p.equals("offset") ? "integer" : "string");
                n.put("description", switch (p) {
                    case "from", "to" -> "YYYY-MM-DD";
                    case "bbox" -> "minLon,minLat,maxLon,maxLat";
                    case "type" -> "an ACLED event type, e.g. Battles";
                    case "certainty" -> "confirmed, reported, alleged or denied";
                    case "text" -> "words in the notes or evidence";
                    default -> p;
                });
            }
        }
        if (extra != null) {
            params.addObject().put("name", extra).put("in", "query").put("required", false).putObject("schema").put("type", "string");
        }
        op.putObject("responses").putObject("200").put("description", "OK");
        op.with("responses").putObject("400").put("description", "A bad parameter, named in the body");
        return paths.with(path).with("get");
    }

    private static void post(ObjectNode paths, String path, String summary) {
        ObjectNode op = paths.putObject(path).putObject("post").put("summary", summary);
        ObjectNode schema = op.putObject("requestBody").put("required", true).putObject("content")
                .putObject("application/json").putObject("schema").put("type", "object");
        schema.putArray("required").add("text");
        ObjectNode props = schema.putObject("properties");
        for (String p : new String[] {"text", "published", "source", "url", "id"}) {
            props.putObject(p).put("type", "string");
        }
        op.putObject("responses").putObject("200").put("description", "OK");
        op.with("responses").putObject("400").put("description", "A bad body, named in the response");
        op.with("responses").putObject("401").put("description", "Beyond loopback, writes need 'Authorization: Bearer TOKEN'");
        op.with("responses").putObject("403").put("description", "A write from another site's page (its Origin), or a Host "
                + "this server does not answer to");
        op.with("responses").putObject("413").put("description", "A body over 2 MB, however it is framed");
        op.with("responses").putObject("415").put("description", "A body that is not sent as application/json");
    }
}
