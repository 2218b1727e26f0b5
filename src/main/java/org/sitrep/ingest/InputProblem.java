package org.sitrep.ingest;

/** An input that cannot become an article; the message is one line naming the input and the reason. */
public final class InputProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputProblem(String input, String reason) {
        super(input + ": " + reason);
    }
}
