package org.hearth.io.canonical;

import org.hearth.engine.Excerpt;

/**
 * One thing wrong with a canonical data folder, and where: the file, the 1-based line of the file
 * (the header is line 1; 0 when the whole file is at fault), the 1-based column (0 when the whole row
 * or file is at fault), the column's name (empty when none), and what is wrong.
 */
public record DataError(String file, long line, int column, String field, String message) {

    public DataError {
        file = Excerpt.printable(file);
        field = field == null ? "" : Excerpt.cut(field); // a column's name, or a header's name that is not one
        message = Excerpt.printable(message); // values are quoted, cut and escaped where they are made: a backstop
    }

    /** "people.csv:3:2: date_of_birth: '2015-02-30' is not a real date", in the style of plan errors. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
