package org.hearth.server.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hearth.engine.HearthException;

/** A user, team or password that cannot be accepted, with every problem found, by the field it is in. */
public class InvalidUserException extends HearthException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> problems;

    InvalidUserException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Each problem by the field it is in ({@code username}, {@code password}, …), in the form's order, in words a user can act on. */
    public Map<String, String> problems() {
        return problems;
    }
}
