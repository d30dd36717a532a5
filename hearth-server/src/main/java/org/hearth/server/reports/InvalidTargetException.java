package org.hearth.server.reports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hearth.engine.HearthException;

/** A target, or its withdrawal, that cannot be accepted, with every problem found by the field it is in. */
public class InvalidTargetException extends HearthException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> problems;

    InvalidTargetException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Each problem by the field it is in, in the form's order, in words a user can act on. */
    public Map<String, String> problems() {
        return problems;
    }
}
