package org.sitrep.cli;

import org.sitrep.eval.ClassifierTrainer;
import org.sitrep.extract.TypeClassifier;
import org.sitrep.nlp.MiniLmEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code sitrep classifier train}: rebuilds the sub-type classifier from the exemplar bank. */
@Command(name = "classifier", mixinStandardHelpOptions = true, description = "Train the learned sub-event type classifier.",
        subcommands = {ClassifierCommand.Train.class})
public final class ClassifierCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "a subcommand is required: train");
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Embed the exemplar bank (exemplars*.tsv), report k-fold cross-validation, and write the model.")
    static final class Train implements Callable<Integer> {
        @Option(names = "--exemplars", paramLabel = "DIR", defaultValue = "scripts/classifier",
                description = "folder of exemplars*.tsv (default ${DEFAULT-VALUE})")
        Path exemplars;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "model file to write")
        Path out;

        @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "cross-validation folds; 0 skips it")
        int folds;

        @Override
        public Integer call() {
            if (!Files.isDirectory(exemplars)) {
                System.err.println("sitrep classifier train: " + exemplars + ": no such folder");
                return 1;
            }
            try {
                List<ClassifierTrainer.Exemplar> bank = ClassifierTrainer.readBank(exemplars);
                ClassifierTrainer trainer = new ClassifierTrainer(new MiniLmEmbedder());
                float[][] x = trainer.embed(bank);
                System.err.printf(Locale.ROOT, "sitrep classifier train: %d exemplars embedded%n", bank.size());
                if (folds > 0) {
                    ClassifierTrainer.CrossValidation cv = trainer.crossValidate(bank, x, folds);
                    System.out.printf(Locale.ROOT, "%d-fold cross-validation: accuracy %.3f, macro F1 %.3f%n",
                            cv.folds(), cv.accuracy(), cv.macroF1());
                    cv.perLabel().forEach(System.out::println);
                }
                TypeClassifier model = trainer.train(bank, x);
                if (out.getParent() != null) {
                    Files.createDirectories(out.getParent());
                }
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    model.write(w, "Built by scripts/classifier/train.sh from " + bank.size()
                            + " exemplars in scripts/classifier; do not edit.");
                }
                System.err.println("sitrep classifier train: wrote " + out);
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println("sitrep classifier train: " + e.getMessage());
                return 1;
            } catch (IOException e) {
                System.err.println("sitrep classifier train: " + out + ": " + e.getMessage());
                return 1;
            }
        }
    }
}
