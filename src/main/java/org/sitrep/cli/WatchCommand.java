package org.sitrep.cli;

import org.sitrep.ingest.Web;
import org.sitrep.store.JdbcEventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code sitrep watch FEEDS.txt --every 15m}: polls feeds, stores what is new. A feed that is down,
 * stalls (every fetch has a deadline) or returns garbage is reported in one line and tried again next
 * time; the others go on.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, description = "Poll RSS/Atom feeds and store new articles.")
public final class WatchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FEEDS.txt", description = "one feed a line: an http(s) URL, or a feed file (a path"
            + " relative to this list's folder); # starts a comment")
    Path feeds;

    @Option(names = "--every", defaultValue = "15m", converter = DurationConverter.class,
            description = "time between polls: 30s, 15m, 2h (default 15m)")
    Duration every;

    @Option(names = "--polls", description = "stop after this many polls (default: run until stopped)")
    int polls = Integer.MAX_VALUE;

    @picocli.CommandLine.Mixin
    StoreOptions where;

    @picocli.CommandLine.Mixin
    FetchOptions fetch = new FetchOptions();

    @Override
    public Integer call() throws InterruptedException {
        List<String> urls = readFeeds();
        try (JdbcEventStore store = where.open()) {
            Ingestion in = new Ingestion(() -> Engine.extractor(where.dataDir()), store, System.err, "watch",
                    Runtime.getRuntime().availableProcessors(), fetch.limits());
            try {
                for (int poll = 1; poll <= polls; poll++) {
                    int stored = 0, errors = 0;
                    for (String url : urls) {
                        Ingestion.Summary s = in.run(Web.isUrl(url) ? in.fromUrl(url) : in.fromFeedFile(Path.of(url)), null);
                        stored += s.stored();
                        errors += s.errors();
                    }
                    System.err.printf(Locale.ROOT, "sitrep watch: poll %d: %d feeds, %d new articles, %d errors%n", poll,
                            urls.size(), stored, errors);
                    if (poll < polls) {
                        Thread.sleep(every.toMillis());
                    }
                }
            } finally {
                in.close();
            }
        }
        return 0;
    }

    /** The feeds of the list: URLs as they are, files resolved against the list's folder. */
    private List<String> readFeeds() {
        try {
            Path dir = feeds.toAbsolutePath().getParent();
            List<String> out = new java.util.ArrayList<>();
            for (String l : Files.readAllLines(feeds)) {
                String u = l.strip();
                if (u.isEmpty() || u.startsWith("#")) {
                    continue;
                }
                if (Web.isUrl(u)) {
                    out.add(u);
                } else if (Files.isRegularFile(dir.resolve(u))) {
                    out.add(dir.resolve(u).toString());
                } else {
                    throw new CommandLine.ParameterException(new CommandLine(this), feeds + ": '" + u
                            + "' is neither an http(s) URL nor a feed file beside the list");
                }
            }
            if (out.isEmpty()) {
                throw new CommandLine.ParameterException(new CommandLine(this), feeds + " lists no feed");
            }
            return out;
        } catch (IOException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), "cannot read " + feeds + ": " + e.getMessage());
        }
    }

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String s) {
            var m = java.util.regex.Pattern.compile("(\\d+)\\s*([smhd])").matcher(s.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("'" + s + "' is not a duration such as 30s, 15m, 2h or 1d");
            }
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            if (d.isZero()) {
                throw new CommandLine.TypeConversionException("'" + s + "': the interval must be longer than zero");
            }
            return d;
        }
    }
}
