package org.hearth.io.canonical;

import java.util.function.Function;

/**
 * One column of a file: its name in the header, the type of its cells, whether it is required (the
 * header must have it and every row a value), the value an empty cell stands for, and how the writer
 * gets the value from a row.
 *
 * @param index the column's position in its {@link Layout}, not in any particular file (files may
 *              order their columns freely)
 * @param <T> what a row of the file becomes
 * @param <V> the value of a cell
 */
record Column<T, V>(int index, String name, CellType<V> type, boolean required, V absent, Function<T, V> getter) {

    /** The cell the writer writes for the row: empty when the value is absent. */
    String write(T row) {
        V value = getter.apply(row);
        return value == null ? "" : type.format(value);
    }
}
