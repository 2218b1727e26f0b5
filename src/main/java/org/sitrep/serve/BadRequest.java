package org.sitrep.serve;

/** A request the API refuses, naming the parameter and what it expects: answered with 400. */
public class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    public BadRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
