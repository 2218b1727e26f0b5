package org.sitrep.cli;

import org.sitrep.ingest.Fetcher;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How feeds and pages are fetched: the options ingest and watch share. */
public final class FetchOptions {
    @Option(names = "--fetch-deadline", paramLabel = "DURATION", defaultValue = "30s",
            converter = WatchCommand.DurationConverter.class,
            description = "longest time for one feed or page, redirects and body included: 30s, 2m (default 30s)")
    Duration deadline;

    @Option(names = "--allow-private", description = "fetch links in feeds that lead to loopback, private or link-local "
            + "addresses (refused by default; a URL given on the command line or in the feeds file is always fetched)")
    boolean allowPrivate;

    Fetcher.Limits limits() {
        return Fetcher.Limits.defaults().with(deadline, allowPrivate);
    }
}
