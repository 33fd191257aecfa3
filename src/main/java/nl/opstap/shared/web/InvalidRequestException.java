package nl.opstap.shared.web;

import java.util.List;

/** A request with one or more invalid fields, each already described in Dutch. */
public class InvalidRequestException extends RuntimeException {

    private final List<InvalidParam> params;

    public InvalidRequestException(List<InvalidParam> params) {
        super("invalid request: " + params.size() + " field(s)");
        this.params = List.copyOf(params);
    }

    public List<InvalidParam> params() {
        return params;
    }
}
