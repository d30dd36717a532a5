package org.hearth.io.canonical;

import java.util.Map;

import org.hearth.engine.Excerpt;

/**
 * The identifiers one file gives (people in people.csv, families, interventions), for checking the
 * references other files make to them. A reference resolves to the identifier's own string, so that
 * the millions of records about 400,000 people share 400,000 strings.
 *
 * <p>When rejected rows take their dependants with them (skip-invalid), a reference to a rejected row
 * is itself an error naming that row. When the whole folder is all-or-nothing it is not: the rejected
 * row is already reported, and its consequences would only bury the cause.
 */
final class Ids {
    private final String file;
    private final String what;
    private final IdTable accepted;
    private final Map<String, Long> rejected;
    private final boolean cascade;

    /**
     * @param accepted each valid identifier
     * @param rejected the identifiers of rejected rows, with their lines
     */
    Ids(String file, String what, IdTable accepted, Map<String, Long> rejected, boolean cascade) {
        this.file = file;
        this.what = what;
        this.accepted = accepted;
        this.rejected = rejected;
        this.cascade = cascade;
    }

    /**
     * Identifiers taken as they are given, naming rows of no file this reader reads: a staged source folder's
     * records name the source's own people and households (docs/data-in.md), which only linking resolves.
     */
    static Ids asGiven(String what) {
        return new Ids(null, what, null, Map.of(), false);
    }

    /** The identifier written in the buffer, as {@link #resolve(String)}, making no string when it is known. */
    String resolve(char[] buffer, int offset, int length) throws BadCell {
        if (accepted == null) {
            return new String(buffer, offset, length);
        }
        String id = accepted.find(buffer, offset, length);
        return id != null ? id : resolve(new String(buffer, offset, length));
    }

    String resolve(String text) throws BadCell {
        if (accepted == null) {
            return text;
        }
        String id = accepted.find(text);
        if (id != null) {
            return id;
        }
        Long line = rejected.get(text);
        if (line == null) {
            throw new BadCell(Excerpt.quoted(text) + " is not in " + file);
        }
        if (cascade) {
            throw BadCell.dependsOnRejected(what + " " + text + " was rejected (" + file + " line " + line + ")", text);
        }
        return text;
    }
}
