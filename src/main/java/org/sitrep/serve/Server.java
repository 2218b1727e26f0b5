package org.sitrep.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import org.sitrep.export.EventJson;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.MapPoint;
import org.sitrep.store.StoredEvent;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The analysts' window: the REST API and the web page, all routes in this one class with handlers as
 * method references. Parameters are validated at the edge (a bad one gets a 400 that names it); SQL is
 * parameterised in the store; write endpoints need a token whenever the server listens beyond loopback.
 * {@link Guard} checks every request's Host and every write's Origin, type and size. A failure of the
 * server's own is a 500 with a short JSON error for the client and its stack trace in the log.
 */
public final class Server {
    /** Largest request body: an article is kilobytes; this leaves room for long reports, not for dumps. */
    public static final long MAX_BODY = 2 * 1024 * 1024;
    static final int DEFAULT_LIMIT = 1000;
    static final int MAP_LIMIT = 50_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventStore store;
    private final Extractor extractor;
    private final String token;
    private final String tiles;
    private List<String> allowedHosts = List.of();
    private PrintStream log = System.err;
    private final Exports exports;
    private Javalin app;

    /** {@code token} may be null only on loopback; {@code tiles} is an optional tile URL template for users online. */
    public Server(EventStore store, Extractor extractor, String token, String tiles) {
        this.store = store;
        this.extractor = extractor;
        this.token = token;
        this.tiles = tiles;
        this.exports = new Exports(store);
    }

    /** Host names this server answers to besides localhost, its loopback addresses and the one it listens on. */
    public Server allowedHosts(List<String> hosts) {
        this.allowedHosts = List.copyOf(hosts);
        return this;
    }

    /** Where failures go (default standard error). */
    public Server log(PrintStream log) {
        this.log = log;
        return this;
    }

    public Server start(String host, int port) {
        if (!loopback(host) && (token == null || token.isBlank())) {
            throw new IllegalArgumentException("listening on " + host + " beyond loopback needs a write token "
                    + "(--token or SITREP_TOKEN)");
        }
        Guard guard = new Guard(host, () -> app.port(), allowedHosts, tiles);
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY; // by Content-Length only; Guard.body counts what is read
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/sitrep/web";
                sf.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });
        app.before(ctx -> {
            guard.secure(ctx);
            guard.checkHost(ctx);
        });
        app.get("/api/events", this::events);
        app.get("/api/events/{id}", this::event);
        app.get("/api/map", this::map);
        app.get("/api/aggregates", this::aggregates);
        app.get("/api/export", exports::export);
        app.get("/api/table", exports::table);
        app.get("/api/config", this::config);
        app.get("/openapi.json", this::openApi);
        app.post("/api/extract", ctx -> extract(ctx, write(ctx, guard)));
        app.post("/api/articles", ctx -> storeArticle(ctx, write(ctx, guard)));
        app.exception(BadRequest.class, this::badRequest);
        app.exception(JsonProcessingException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, "body",
                "the body is not JSON: " + e.getOriginalMessage()));
        app.exception(Exception.class, this::failed);
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            app.stop();
            throw new IllegalStateException(bindFailure(e, host, port), e);
        }
        return this;
    }

    /** One line for the user: the port is taken, or the address is not this machine's. */
    private static String bindFailure(Throwable e, String host, int port) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.net.BindException b) {
                String why = String.valueOf(b.getMessage());
                return why.toLowerCase(Locale.ROOT).contains("in use")
                        ? "port " + port + " on " + host + " is already in use; stop what holds it or choose another with --port"
                        + " (0 picks a free one)"
                        : "cannot listen on " + host + ":" + port + " (" + why + ")";
            }
        }
        return "cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")";
    }

    /** A write passes the guard and the token before its body is read, within the limit. */
    private Article write(Context ctx, Guard guard) throws java.io.IOException {
        guard.checkWrite(ctx);
        authorize(ctx);
        return article(Guard.body(ctx, MAX_BODY));
    }

    /** A failure of the server's own: the stack trace to the log, a short JSON error to the client. */
    private void failed(Exception e, Context ctx) {
        if (e instanceof HttpResponseException h) { // Javalin's own answers (404, 405...) are no failure
            error(ctx, HttpStatus.forStatus(h.getStatus()), null, h.getMessage());
            return;
        }
        synchronized (log) {
            log.println("sitrep serve: 500 on " + ctx.method() + " " + ctx.path() + ": " + e);
            e.printStackTrace(log);
        }
        if (ctx.res().isCommitted()) {
            return; // a stream cut short (an export): the client sees it end early; nothing more can be said
        }
        error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, null, "internal error (" + e.getClass().getSimpleName()
                + ") on " + ctx.method() + " " + ctx.path() + "; the server's log has the details");
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        if (app != null) {
            app.stop();
        }
    }

    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + host + "'", e);
        }
    }

    private void events(Context ctx) throws JsonProcessingException {
        EventQuery q = Params.query(ctx, DEFAULT_LIMIT);
        ObjectNode o = JSON.createObjectNode();
        ArrayNode arr = o.putArray("events");
        for (StoredEvent e : store.events(q)) {
            arr.add(json(e, false));
        }
        o.put("limit", q.limit()).put("offset", q.offset()).put("count", arr.size());
        Exports.paging(ctx, q, store.count(q), o);
        send(ctx, o);
    }

    private void event(Context ctx) throws JsonProcessingException {
        Optional<StoredEvent> e = store.event(ctx.pathParam("id"));
        if (e.isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "id", "no event '" + ctx.pathParam("id") + "'");
            return;
        }
        send(ctx, json(e.get(), true));
    }

    /** Markers: id, date, type, sub-type, lat, lon, fatalities, corroboration; compact arrays. */
    private void map(Context ctx) throws JsonProcessingException {
        EventQuery q = Params.query(ctx, MAP_LIMIT);
        ObjectNode o = JSON.createObjectNode();
        ArrayNode arr = o.putArray("points");
        for (MapPoint p : store.mapPoints(q)) {
            arr.addArray().add(p.id()).add(p.date()).add(p.eventType()).add(p.subEventType()).add(p.latitude())
                    .add(p.longitude()).add(p.fatalities()).add(p.corroboration());
        }
        o.putArray("fields").add("id").add("date").add("event_type").add("sub_event_type").add("latitude")
                .add("longitude").add("fatalities").add("corroboration");
        // the map shows events with coordinates; total counts those only when no box filters them out already
        Exports.paging(ctx, q, arr.size() < q.limit() && q.offset() == 0 ? arr.size() : store.count(q), o);
        send(ctx, o);
    }

    private void aggregates(Context ctx) throws JsonProcessingException {
        String by = Optional.ofNullable(ctx.queryParam("by")).orElse("day").toLowerCase(Locale.ROOT);
        EventQuery q = Params.query(ctx, DEFAULT_LIMIT);
        Map<String, long[]> groups = new LinkedHashMap<>();
        switch (by) {
            case "day", "week" -> {
                for (EventStore.Count c : store.counts(q, EventStore.Grouping.DAY)) {
                    String key = c.key();
                    if (by.equals("week") && !key.isEmpty()) {
                        key = monday(key);
                    }
                    add(groups, key, c);
                }
            }
            case "week-type" -> {
                for (EventStore.Count c : store.counts(q, EventStore.Grouping.DAY_TYPE)) {
                    String[] dayType = c.key().split("\\|", 2);
                    if (!dayType[0].isEmpty()) {
                        add(groups, monday(dayType[0]) + "|" + dayType[1], c);
                    }
                }
            }
            case "location" -> store.counts(q, EventStore.Grouping.LOCATION).forEach(c -> add(groups, c.key(), c));
            case "type" -> store.counts(q, EventStore.Grouping.TYPE).forEach(c -> add(groups, c.key(), c));
            case "admin1" -> store.counts(q, EventStore.Grouping.ADMIN1).forEach(c -> add(groups, c.key(), c));
            case "country" -> store.counts(q, EventStore.Grouping.COUNTRY).forEach(c -> add(groups, c.key(), c));
            case "actor" -> {
                for (EventStore.Count c : store.counts(q, EventStore.Grouping.ACTORS)) {
                    for (String a : c.key().split("; ")) {
                        if (!a.isBlank()) {
                            add(groups, a, c);
                        }
                    }
                }
            }
            default -> throw new BadRequest("by", "by must be day, week, week-type, type, admin1, country, actor or location;"
                    + " got '" + by + "'");
        }
        ObjectNode o = JSON.createObjectNode().put("by", by);
        ArrayNode arr = o.putArray("groups");
        groups.forEach((k, v) -> {
            ObjectNode g = arr.addObject();
            if (by.equals("week-type")) { // "week|type": the week and the type apart
                g.put("key", k.substring(0, k.indexOf('|'))).put("type", k.substring(k.indexOf('|') + 1));
            } else {
                g.put("key", k);
            }
            g.put("events", v[0]).put("fatalities", v[1]);
        });
        send(ctx, o);
    }

    /** The Monday of a day's week (ISO weeks), the key of weekly aggregates. */
    private static String monday(String day) {
        return LocalDate.parse(day).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
    }

    private static void add(Map<String, long[]> groups, String key, EventStore.Count c) {
        long[] v = groups.computeIfAbsent(key, k -> new long[2]);
        v[0] += c.events();
        v[1] += c.fatalities();
    }

    private void config(Context ctx) throws JsonProcessingException {
        send(ctx, JSON.createObjectNode().put("tiles", tiles).put("writeNeedsToken", token != null));
    }

    private void extract(Context ctx, Article a) throws JsonProcessingException {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode arr = o.putArray("events");
        for (Event e : extractor.extract(a, store.today())) {
            arr.add(EventJson.toJson(e));
        }
        o.put("text", a.text());
        send(ctx, o);
    }

    private void storeArticle(Context ctx, Article a) throws JsonProcessingException {
        List<Event> events = extractor.extract(a, store.today());
        EventStore.Outcome out = store.store(a, events);
        ctx.status(out.duplicate() ? HttpStatus.OK : HttpStatus.CREATED);
        send(ctx, JSON.createObjectNode().put("duplicate", out.duplicate()).put("events", out.reports())
                .put("new_events", out.newEvents()).put("fused_into_existing", out.fusedInto()));
    }

    /**
     * The posted article: {"text": "...", "published": "YYYY-MM-DD", "source": "...", "url": "...", "id": "..."}.
     * Control characters in the text are replaced by spaces (TextChecks), so a NUL reaches no database.
     */
    private static Article article(byte[] raw) throws java.io.IOException {
        JsonNode body = JSON.readTree(raw);
        if (body == null || !body.isObject()) {
            throw new BadRequest("body", "expected a JSON object with \"text\"");
        }
        JsonNode text = body.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new BadRequest("text", "\"text\" must be a non-empty string");
        }
        LocalDate published = null;
        if (body.hasNonNull("published")) {
            try {
                published = LocalDate.parse(body.get("published").asText());
            } catch (java.time.DateTimeException e) {
                throw new BadRequest("published", "published must be a real date YYYY-MM-DD; got '"
                        + body.get("published").asText() + "'");
            }
        }
        String id = body.hasNonNull("id") ? body.get("id").asText() : "posted";
        String checked;
        try {
            checked = org.sitrep.ingest.TextChecks.checkText("text", text.asText());
        } catch (org.sitrep.ingest.InputProblem e) {
            throw new BadRequest("text", e.getMessage());
        }
        return new Article(id.isBlank() ? "posted" : id, checked, published, body.path("source").asText(null),
                body.path("url").asText(null), "en");
    }

    private void authorize(Context ctx) {
        if (token == null) {
            return;
        }
        String got = ctx.header("Authorization");
        if (got == null || !java.security.MessageDigest.isEqual(("Bearer " + token).getBytes(StandardCharsets.UTF_8),
                got.getBytes(StandardCharsets.UTF_8))) {
            throw new Unauthorized();
        }
    }

    /** A write without the token: 401. */
    static final class Unauthorized extends BadRequest {
        private static final long serialVersionUID = 1L;

        Unauthorized() {
            super("Authorization", "this server needs 'Authorization: Bearer TOKEN' for writes", 401);
        }
    }

    private void badRequest(BadRequest e, Context ctx) {
        error(ctx, HttpStatus.forStatus(e.status()), e.parameter(), e.getMessage());
    }

    private static void error(Context ctx, HttpStatus status, String parameter, String message) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(JSON.createObjectNode().put("error", message).put("parameter", parameter).toString());
    }

    private static void send(Context ctx, JsonNode o) throws JsonProcessingException {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(JSON.writeValueAsString(o));
    }

    /** A stored event for the API; {@code full} adds each report's article text for the evidence view. */
    private ObjectNode json(StoredEvent e, boolean full) {
        return EventJson.toJson(e, full ? store::article : null);
    }

    private void openApi(Context ctx) throws JsonProcessingException {
        send(ctx, OpenApi.document());
    }
}
