package org.hearth.server.claims;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hearth.engine.HearthException;

/** A claim or batch that cannot be made as asked; every problem is named, by the form field it is about. */
public class InvalidClaimException extends HearthException {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    InvalidClaimException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** What is wrong, by field, in the order found. */
    public Map<String, String> problems() {
        return problems;
    }
}
