package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command line. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Conflict-event monitor: news reports in, ACLED-compatible events out.",
        subcommands = {ExtractCommand.class, GeoparseCommand.class, IngestCommand.class, WatchCommand.class,
                EventsCommand.class, ExportCommand.class, ServeCommand.class, DemoCommand.class, EvalCommand.class, GazetteerCommand.class, BenchCommand.class, ClassifierCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // Failures the user can act on are one line naming what failed; anything else keeps its trace.
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof org.sitrep.store.StoreException || e instanceof org.sitrep.ingest.InputProblem
                    || e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException
                    || e instanceof IllegalStateException) {
                line.getErr().println("sitrep " + parsed.subcommands().stream().reduce((a, b) -> b)
                        .map(p -> p.commandSpec().name()).orElse("") + ": " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {
                "sitrep " + (v == null ? "dev" : v) + " - GPL-3.0-or-later",
                "Gazetteer: GeoNames (geonames.org), CC BY 4.0; countries from world-countries (mledoze), ODbL 1.0.",
                "Villages: Contains data from Who's On First (https://whosonfirst.org/). License: https://whosonfirst.org/docs/licenses/",
                "  Who's On First includes data from GeoNames (https://www.geonames.org/, CC BY 4.0),",
                "  foursquare Quattroshapes (https://github.com/foursquare/quattroshapes/, CC BY 2.0),",
                "  Mesoshapes (Mapzen, CC BY; see https://github.com/whosonfirst/whosonfirst-sources),",
                "  Yahoo! GeoPlanet (CC BY 3.0 US), Statoids (http://www.statoids.com) and Natural Earth (public domain).",
                "NLP: Stanford CoreNLP 4.5.10, GPL-3.0."
            };
        }
    }
}
