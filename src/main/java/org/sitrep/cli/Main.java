package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command line. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Conflict-event monitor: news reports in, ACLED-compatible events out.",
        subcommands = {ExtractCommand.class, GeoparseCommand.class, EvalCommand.class, GazetteerCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
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
                "NLP: Stanford CoreNLP 4.5.10, GPL-3.0."
            };
        }
    }
}
