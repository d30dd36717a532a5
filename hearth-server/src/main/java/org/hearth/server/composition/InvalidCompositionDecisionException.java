package org.hearth.server.composition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hearth.engine.HearthException;

/** A decision on a family's composition that cannot be kept, with every problem by the file's column it is in. */
public class InvalidCompositionDecisionException extends HearthException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> problems;

    InvalidCompositionDecisionException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Each problem by composition_decisions.csv's column (person_id, role, from…), in words a user can act on. */
    public Map<String, String> problems() {
        return problems;
    }
}
