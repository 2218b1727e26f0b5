package org.sitrep.serve;

/**
 * A request the API refuses, naming the parameter (or header) and what it expects: answered with 400,
 * or with the status given (401 without the token, 403 for a foreign Host or Origin, 413, 415).
 */
public class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String parameter;
    private final int status;

    public BadRequest(String parameter, String message) {
        this(parameter, message, 400);
    }

    public BadRequest(String parameter, String message, int status) {
        super(message);
        this.parameter = parameter;
        this.status = status;
    }

    public String parameter() {
        return parameter;
    }

    public int status() {
        return status;
    }
}
