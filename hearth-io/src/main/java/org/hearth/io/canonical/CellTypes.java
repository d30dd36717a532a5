package org.hearth.io.canonical;

import java.math.BigDecimal;
import java.nio.CharBuffer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.hearth.engine.Excerpt;
import org.hearth.engine.timeline.Vocabulary;

/**
 * The kinds of cell the format has: identifiers, references to people, families and interventions,
 * free text, ISO dates, codes from {@link Vocabulary}, true/false, whole numbers, decimals, money in
 * pounds and academic years. Every reader is hand-written (no regular expressions): they run once per
 * cell of files with millions of rows.
 */
final class CellTypes {
    /** An identifier given by this row (record_id, person_id in people.csv): kept exactly as written. */
    static final CellType<String> ID = CellTypes::identifier;
    /** Free text such as a source or a worker's role; equal texts share one string. */
    static final CellType<String> TEXT = type((text, scope) -> scope.pooled(text),
            (buffer, offset, length, scope) -> scope.pooled(buffer, offset, length));
    /** An identifier that must be a person in people.csv. */
    static final CellType<String> PERSON = type((text, scope) -> scope.context().people().resolve(text),
            (buffer, offset, length, scope) -> scope.context().people().resolve(buffer, offset, length));
    /** A person in people.csv who, when their memberships were rejected, takes their records with them. */
    static final CellType<String> MEMBER = type((text, scope) -> scope.context().member(text),
            (buffer, offset, length, scope) -> scope.context().member(buffer, offset, length));
    /** An identifier that must be a family in families.csv. */
    static final CellType<String> FAMILY = type((text, scope) -> scope.context().families().resolve(text),
            (buffer, offset, length, scope) -> scope.context().families().resolve(buffer, offset, length));
    /** An identifier that must be an intervention in interventions.csv. */
    static final CellType<String> INTERVENTION = type((text, scope) -> scope.context().interventions().resolve(text),
            (buffer, offset, length, scope) -> scope.context().interventions().resolve(buffer, offset, length));
    static final CellType<LocalDate> DATE = type((text, scope) -> scope.context().dates().parse(text),
            (buffer, offset, length, scope) -> scope.context().dates().parse(buffer, offset, length));
    static final CellType<Boolean> FLAG = type(CellTypes::flag, CellTypes::flag);
    static final CellType<Integer> WHOLE = type((text, scope) -> whole(text.toCharArray(), 0, text.length()),
            (buffer, offset, length, scope) -> whole(buffer, offset, length));
    /** A count of things, such as school sessions: a whole number, 0 or more. */
    static final CellType<Integer> COUNT = type((text, scope) -> count(text.toCharArray(), 0, text.length()),
            (buffer, offset, length, scope) -> count(buffer, offset, length));
    static final CellType<Double> DECIMAL = new Decimal();
    static final CellType<Long> PENCE = new Pence();
    static final CellType<Integer> ACADEMIC_YEAR = new AcademicYear();

    /** Counts such as a term's 140 possible sessions, boxed once rather than on every row. */
    private static final Integer[] SMALL_COUNTS = new Integer[1024];

    static {
        for (int i = 0; i < SMALL_COUNTS.length; i++) {
            SMALL_COUNTS[i] = i;
        }
    }

    private static final int MAX_WHOLE_DIGITS = 9;
    private static final int MAX_POUND_DIGITS = 13;

    private CellTypes() {
    }

    static <E extends Enum<E>> CellType<E> code(Class<E> type) {
        return new Code<>(type);
    }

    /** A type read from text, and from the reader's buffer without making a string. */
    private static <V> CellType<V> type(CellType<V> fromText, FromChars<V> fromChars) {
        return new CellType<>() {
            @Override
            public V parse(String text, FileScope scope) throws BadCell {
                return fromText.parse(text, scope);
            }

            @Override
            public V parse(char[] buffer, int offset, int length, FileScope scope) throws BadCell {
                return fromChars.parse(buffer, offset, length, scope);
            }
        };
    }

    @FunctionalInterface
    private interface FromChars<V> {
        V parse(char[] buffer, int offset, int length, FileScope scope) throws BadCell;
    }

    private static String identifier(String text, FileScope scope) throws BadCell {
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            throw new BadCell(Excerpt.quoted(text) + " has spaces at its start or end");
        }
        return text;
    }

    private static Boolean flag(String text, FileScope scope) throws BadCell {
        if (text.equals("true")) {
            return Boolean.TRUE;
        }
        if (text.equals("false")) {
            return Boolean.FALSE;
        }
        throw new BadCell(Excerpt.quoted(text) + " is not true or false");
    }

    private static Boolean flag(char[] buffer, int offset, int length, FileScope scope) throws BadCell {
        if (length == 4 && buffer[offset] == 't' && buffer[offset + 1] == 'r' && buffer[offset + 2] == 'u'
                && buffer[offset + 3] == 'e') {
            return Boolean.TRUE;
        }
        if (length == 5 && buffer[offset] == 'f' && buffer[offset + 1] == 'a' && buffer[offset + 2] == 'l'
                && buffer[offset + 3] == 's' && buffer[offset + 4] == 'e') {
            return Boolean.FALSE;
        }
        return flag(new String(buffer, offset, length), scope);
    }

    private static Integer count(char[] buffer, int offset, int length) throws BadCell {
        int value = whole(buffer, offset, length);
        if (value < 0) {
            throw new BadCell(Excerpt.quoted(CharBuffer.wrap(buffer, offset, length)) + " is negative; a count is 0 or more");
        }
        return value < SMALL_COUNTS.length ? SMALL_COUNTS[value] : Integer.valueOf(value);
    }

    private static int whole(char[] buffer, int offset, int length) throws BadCell {
        int sign = length > 0 && buffer[offset] == '-' ? 1 : 0;
        int digits = length - sign;
        int value = digits < 1 || digits > MAX_WHOLE_DIGITS ? -1 : Dates.digits(buffer, offset + sign, offset + length);
        if (value < 0) {
            CharBuffer text = CharBuffer.wrap(buffer, offset, length);
            throw new BadCell(Excerpt.quoted(text) + (digits > MAX_WHOLE_DIGITS && allDigits(buffer, offset + sign, digits)
                    ? " is too large: a whole number here has at most " + MAX_WHOLE_DIGITS + " digits"
                    : " is not a whole number"));
        }
        return sign == 1 ? -value : value;
    }

    private static boolean allDigits(char[] buffer, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (buffer[i] < '0' || buffer[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /** Checks the form [-]digits[.digits] that Double.parseDouble alone would not (it takes "1e3", "NaN", "2d"). */
    private static final class Decimal implements CellType<Double> {
        @Override
        public Double parse(String text, FileScope scope) throws BadCell {
            int i = text.charAt(0) == '-' ? 1 : 0;
            int integerDigits = 0;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
                integerDigits++;
            }
            int fractionDigits = -1;
            if (i < text.length() && text.charAt(i) == '.') {
                i++;
                fractionDigits = 0;
                while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                    fractionDigits++;
                }
            }
            if (i != text.length() || integerDigits == 0 || fractionDigits == 0) {
                throw new BadCell(Excerpt.quoted(text) + " is not a number like 12 or 2.5");
            }
            return Double.parseDouble(text);
        }

        @Override
        public String format(Double value) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** Money written in pounds with at most two decimals ("338", "338.5", "338.00") and held in pence, exactly. */
    private static final class Pence implements CellType<Long> {
        @Override
        public Long parse(String text, FileScope scope) throws BadCell {
            boolean negative = text.charAt(0) == '-';
            int dot = text.indexOf('.');
            int poundsEnd = dot < 0 ? text.length() : dot;
            int poundDigits = poundsEnd - (negative ? 1 : 0);
            int fractionDigits = dot < 0 ? 0 : text.length() - dot - 1;
            if (poundDigits < 1 || poundDigits > MAX_POUND_DIGITS || (dot >= 0 && (fractionDigits < 1 || fractionDigits > 2))) {
                throw notMoney(text);
            }
            long pounds = 0;
            for (int i = negative ? 1 : 0; i < poundsEnd; i++) {
                int digit = digit(text, i);
                pounds = pounds * 10 + digit;
            }
            long pence = 0;
            for (int i = 0; i < 2; i++) {
                pence = pence * 10 + (i < fractionDigits ? digit(text, dot + 1 + i) : 0);
            }
            long total = pounds * 100 + pence;
            return negative ? -total : total;
        }

        private static int digit(String text, int at) throws BadCell {
            char c = text.charAt(at);
            if (c < '0' || c > '9') {
                throw notMoney(text);
            }
            return c - '0';
        }

        private static BadCell notMoney(String text) {
            return new BadCell(Excerpt.quoted(text) + " is not an amount in pounds with at most 2 decimals, like 338.00");
        }

        @Override
        public String format(Long pence) {
            return BigDecimal.valueOf(pence, 2).toPlainString();
        }
    }

    /** An academic year written as its two calendar years, "2015/16", held as the year it starts. */
    private static final class AcademicYear implements CellType<Integer> {
        @Override
        public Integer parse(String text, FileScope scope) throws BadCell {
            int year = text.length() == 7 && text.charAt(4) == '/' ? Dates.digits(text, 0, 4) : -1;
            int next = year < 0 ? -1 : Dates.digits(text, 5, 7);
            if (next < 0 || next != (year + 1) % 100) {
                throw new BadCell(Excerpt.quoted(text) + " is not an academic year like 2015/16");
            }
            return year;
        }

        @Override
        public String format(Integer year) {
            return label(year);
        }

        static String label(int year) {
            int next = (year + 1) % 100;
            return year + "/" + (next < 10 ? "0" : "") + next;
        }
    }

    /** A value of a closed vocabulary, written exactly as its lower-case code. */
    private static final class Code<E extends Enum<E>> implements CellType<E> {
        private final Class<E> type;
        private final Map<String, E> byCode = new HashMap<>();
        private final E[] values;
        private final String[] codes;

        Code(Class<E> type) {
            this.type = type;
            this.values = type.getEnumConstants();
            this.codes = new String[values.length];
            for (E value : values) {
                codes[value.ordinal()] = Vocabulary.code(value);
                byCode.put(codes[value.ordinal()], value);
            }
        }

        @Override
        public E parse(char[] buffer, int offset, int length, FileScope scope) throws BadCell {
            for (int i = 0; i < codes.length; i++) {
                if (matches(codes[i], buffer, offset, length)) {
                    return values[i];
                }
            }
            return parse(new String(buffer, offset, length), scope);
        }

        private static boolean matches(String code, char[] buffer, int offset, int length) {
            if (code.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (code.charAt(i) != buffer[offset + i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public E parse(String text, FileScope scope) throws BadCell {
            E value = byCode.get(text);
            if (value == null) {
                throw new BadCell(Excerpt.quoted(text) + " is not one of " + Vocabulary.codes(type));
            }
            return value;
        }

        @Override
        public String format(E value) {
            return codes[value.ordinal()];
        }
    }

    /** The label of an academic year, "2015/16". */
    static String academicYear(int year) {
        return AcademicYear.label(year);
    }
}
