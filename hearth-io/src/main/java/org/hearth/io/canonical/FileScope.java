package org.hearth.io.canonical;

import java.util.HashMap;
import java.util.Map;

/**
 * What reading one file needs besides the row: the folder's shared context, and a pool in which
 * equal texts become one string (a source such as "school census" is written on millions of rows).
 * Each file is read by one thread, so the pool needs no locking.
 */
final class FileScope {
    private final ReadContext context;
    private final Map<String, String> pool = new HashMap<>();

    FileScope(ReadContext context) {
        this.context = context;
    }

    ReadContext context() {
        return context;
    }

    String pooled(String text) {
        String shared = pool.putIfAbsent(text, text);
        return shared == null ? text : shared;
    }
}
