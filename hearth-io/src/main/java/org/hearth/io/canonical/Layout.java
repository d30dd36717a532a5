package org.hearth.io.canonical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.TimelineRecord;

/**
 * The layout of one file of the canonical folder: its name, its columns in the order the writer
 * writes them, the column whose values must be unique (if any), the date columns that must not end
 * before they start, and how a row's values become the row's Java value.
 *
 * @param <T> what a row becomes: a person, a membership, a timeline record
 */
final class Layout<T> {
    private final String file;
    private final List<Column<T, ?>> columns;
    private final Column<T, String> key;
    private final List<Span<T>> spans;
    private final Factory<T> factory;

    private Layout(Builder<T> builder, Factory<T> factory) {
        this.file = builder.file;
        this.columns = List.copyOf(builder.columns);
        this.key = builder.key;
        this.spans = List.copyOf(builder.spans);
        this.factory = factory;
    }

    static <T> Builder<T> builder(String file) {
        return new Builder<>(file);
    }

    /** A record kind's layout, in the file the kind names. */
    static <T extends TimelineRecord> Builder<T> builder(RecordKind<T> kind) {
        return new Builder<>(kind.name() + ".csv");
    }

    /** The file's name, such as "offences.csv". */
    String file() {
        return file;
    }

    List<Column<T, ?>> columns() {
        return columns;
    }

    /** The column whose values are unique within the file, or null. */
    Column<T, String> key() {
        return key;
    }

    /** The column of the given name, or null. */
    Column<T, ?> column(String name) {
        for (Column<T, ?> column : columns) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        return null;
    }

    /** The names of the columns, comma separated, for messages. */
    String columnNames() {
        List<String> names = new ArrayList<>(columns.size());
        for (Column<T, ?> column : columns) {
            names.add(column.name());
        }
        return String.join(", ", names);
    }

    /** The header and cells the writer writes. */
    String[] header() {
        String[] header = new String[columns.size()];
        for (Column<T, ?> column : columns) {
            header[column.index()] = column.name();
        }
        return header;
    }

    String[] write(T row) {
        String[] cells = new String[columns.size()];
        for (Column<T, ?> column : columns) {
            cells[column.index()] = column.write(row);
        }
        return cells;
    }

    /** Builds the row's value from cells that each parsed; a date span that ends before it starts is bad. */
    T build(Values values) throws BadCell {
        for (Span<T> span : spans) {
            LocalDate start = values.get(span.start());
            LocalDate end = values.get(span.end());
            if (start != null && end != null && end.isBefore(start)) {
                throw new BadCell(span.end(), span.end().name() + " " + end + " is before " + span.start().name() + " " + start);
            }
        }
        return factory.build(values);
    }

    /** Makes a row's value from its parsed cells; may reject the row with a {@link BadCell} naming a column. */
    @FunctionalInterface
    interface Factory<T> {
        T build(Values values) throws BadCell;
    }

    private record Span<T>(Column<T, LocalDate> start, Column<T, LocalDate> end) {
    }

    /** Declares a layout's columns in their written order. */
    static final class Builder<T> {
        private final String file;
        private final List<Column<T, ?>> columns = new ArrayList<>();
        private final List<Span<T>> spans = new ArrayList<>();
        private Column<T, String> key;

        private Builder(String file) {
            this.file = file;
        }

        /** The required column that identifies each row, unique within the file. */
        Column<T, String> key(String name, Function<T, String> getter) {
            key = required(name, CellTypes.ID, getter);
            return key;
        }

        /** The record_id every record file has. */
        Column<T, String> recordId(Function<T, String> getter) {
            return key("record_id", getter);
        }

        /** The optional source column every record file has: the system or agency that supplied the row. */
        Column<T, String> source(Function<T, String> getter) {
            return optional("source", CellTypes.TEXT, getter);
        }

        <V> Column<T, V> required(String name, CellType<V> type, Function<T, V> getter) {
            return add(name, type, true, null, getter);
        }

        <V> Column<T, V> optional(String name, CellType<V> type, Function<T, V> getter) {
            return add(name, type, false, null, getter);
        }

        /** An optional true/false column; an empty cell, or no such column, means false. */
        Column<T, Boolean> flag(String name, Predicate<T> getter) {
            return add(name, CellTypes.FLAG, false, Boolean.FALSE, getter::test);
        }

        /** A spell's start and end: the end, where given, must not be before the start. */
        void span(Column<T, LocalDate> start, Column<T, LocalDate> end) {
            spans.add(new Span<>(start, end));
        }

        Layout<T> build(Factory<T> factory) {
            return new Layout<>(this, factory);
        }

        private <V> Column<T, V> add(String name, CellType<V> type, boolean required, V absent, Function<T, V> getter) {
            Column<T, V> column = new Column<>(columns.size(), name, type, required, absent, getter);
            columns.add(column);
            return column;
        }
    }
}
