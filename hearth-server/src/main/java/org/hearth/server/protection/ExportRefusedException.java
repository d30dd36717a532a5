package org.hearth.server.protection;

import java.util.List;
import java.util.stream.Collectors;

import org.hearth.engine.HearthException;

/** A pseudonymised export that would hold a group small enough to point at a family: nothing is exported. */
public class ExportRefusedException extends HearthException {
    private static final long serialVersionUID = 1L;

    private final transient List<SmallGroups.Group> groups;
    private final int smallest;

    ExportRefusedException(List<SmallGroups.Group> groups, int smallest) {
        super("The export was refused: " + groups.size() + (groups.size() == 1 ? " group has" : " groups have")
                + " fewer than " + smallest + " families, and could identify someone: " + groups.stream().limit(5)
                .map(SmallGroups.Group::words).collect(Collectors.joining("; ")) + (groups.size() > 5 ? "; ..." : ""));
        this.groups = groups;
        this.smallest = smallest;
    }

    /** Each group too small, in words: the file, its values by column and how many families it holds. */
    public List<String> groups() {
        return groups.stream().map(SmallGroups.Group::words).toList();
    }

    public int smallest() {
        return smallest;
    }
}
