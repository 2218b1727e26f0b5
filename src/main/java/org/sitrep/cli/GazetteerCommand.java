package org.sitrep.cli;

import org.sitrep.geo.GeoNamesImport;
import org.sitrep.geo.MemoryGazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code sitrep gazetteer import FILE}: adds a full GeoNames dump to the user's gazetteer. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Manage the gazetteer.",
        subcommands = {GazetteerCommand.Import.class})
public final class GazetteerCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "a subcommand is required: import");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Load a GeoNames dump (allCountries.txt, a country file such as SY.txt, or its .zip) "
                    + "into the data directory; later runs use it alongside the bundled places.")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--data", paramLabel = "DIR", description = "data directory (default $SITREP_DATA or ./sitrep-data)")
        Path data;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                System.err.println("sitrep gazetteer import: " + file + ": no such file");
                return 1;
            }
            Path dir = Engine.dataDir(data).resolve("gazetteer");
            try {
                GeoNamesImport.Summary s = GeoNamesImport.run(file, dir);
                MemoryGazetteer g = MemoryGazetteer.load(dir); // proves the file reads back
                System.err.printf("sitrep gazetteer import: %d places from %s -> %s (%d other features skipped); "
                        + "gazetteer now holds %d places%n", s.places(), file, s.file(), s.skipped(), g.size());
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println("sitrep gazetteer import: " + e.getMessage());
                return 1;
            }
        }
    }
}
