package org.hearth.io.canonical;

/**
 * What reading one file needs besides the row: the folder's shared context, and a pool in which
 * equal texts become one string (a source such as "school census" is written on millions of rows).
 * Each file is read by one thread, so the pool needs no locking.
 */
final class FileScope {
    private final ReadContext context;
    private final IdTable pool = new IdTable();

    FileScope(ReadContext context) {
        this.context = context;
    }

    ReadContext context() {
        return context;
    }

    String pooled(String text) {
        String shared = pool.find(text);
        if (shared == null) {
            pool.putIfAbsent(text, 0);
            return text;
        }
        return shared;
    }

    /** The pooled string for the text in the buffer, made only the first time the text is seen. */
    String pooled(char[] buffer, int offset, int length) {
        String shared = pool.find(buffer, offset, length);
        return shared != null ? shared : pooled(new String(buffer, offset, length));
    }
}
