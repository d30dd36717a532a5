package org.hearth.io.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.hearth.engine.HearthException;
import org.hearth.io.Population;
import org.hearth.io.generate.SyntheticAuthority;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file read in parts ({@link SplitRead}) gives exactly what it gives read whole: the same accepted
 * values on the same lines, the same rejected rows with the same errors in the same order, the same
 * count of errors, the same exception with the same message, all-or-nothing and skip-invalid. Parts are
 * cut at every line of small files (a threshold of no bytes), with faults planted at and around the
 * cuts, and the folder's whole outcome and each file's are compared with the single reader's.
 */
class SplitReadTest {
    private static final String OFFENCES_HEADER = "record_id,person_id,date,disposal,serious,gravity,source";

    @TempDir
    Path temp;

    private static ExecutorService pool;
    private int folders;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    // ---- the folders compared

    @Test
    void theFixtureFolderIsReadTheSameCutAnywhere() throws IOException {
        assertSameCutAnywhere(DataFolderFixture.in(temp.resolve("fixture")).write(), "people.csv", "offences.csv",
                "team_around_family.csv");
    }

    @Test
    void aGeneratedFolderIsReadTheSameInParts() throws IOException {
        Population population = new SyntheticAuthority(40, 11, List.of()).generate(i -> { });
        Path folder = temp.resolve("generated");
        CanonicalWriter.write(population, folder);
        List<SplitRead.Policy> policies = new ArrayList<>();
        for (int parts = 2; parts <= 5; parts++) {
            policies.add(SplitRead.Policy.of(0, parts));
        }
        policies.add(SplitRead.Policy.of(2_000, 3));
        assertSameOutcomes(folder, policies, allFiles(folder));
        assertSameOutcomes(folder, List.of(SplitRead.Policy.of(0, 2)), allFiles(folder));

        // The same folder with a fault in each of its largest files, a third of the way in.
        for (Path file : largest(folder, 4)) {
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            int at = lines.size() / 3;
            lines.set(at, lines.get(at).replaceFirst(",", ",X"));
            lines.set(2 * at, lines.get(at)); // its key again, later
            Files.write(file, lines);
            assertSameOutcomes(folder, policies, List.of(file.getFileName().toString()));
        }
    }

    @Test
    void everySeedOfTheFuzzCorpusIsReadTheSameInParts() throws IOException {
        List<String> fuzzed = List.of("people.csv", "families.csv", "memberships.csv", "interventions.csv",
                "offences.csv", "attendance.csv", "worker_assessments.csv", "earnings.csv"); // as CanonicalReaderFuzzTest
        Path corpus = Path.of("src/test/resources/org/hearth/io/canonical/CanonicalReaderFuzzTestInputs"
                + "/anyBytesAreReadOrRejected");
        List<Path> seeds;
        try (Stream<Path> listed = Files.list(corpus)) {
            seeds = listed.sorted().toList();
        }
        assertFalse(seeds.isEmpty(), "the seed corpus is where it was");
        for (Path seed : seeds) {
            byte[] bytes = Files.readAllBytes(seed);
            if (bytes.length == 0) {
                continue;
            }
            String file = fuzzed.get(Byte.toUnsignedInt(bytes[0]) % fuzzed.size());
            Path folder = DataFolderFixture.in(temp.resolve("seed-" + seed.getFileName())).write();
            Files.write(folder.resolve(file), Arrays.copyOfRange(bytes, 1, bytes.length));
            assertSameCutAnywhere(folder, file);
        }
    }

    // ---- faults planted at and around the cuts

    @Test
    void aKeyRepeatedInALaterPart() throws IOException {
        List<String> rows = offences(40);
        rows.set(35, rows.get(3)); // the first part's id, again near the end
        rows.set(30, rows.get(29)); // and a repeat within a part
        assertSameCutAnywhere(folderWithOffences(String.join("\n", rows) + "\n"), "offences.csv");
    }

    @Test
    void peopleRepeatedAndRejectedAcrossParts() throws IOException {
        StringBuilder people = new StringBuilder(DataFolderFixture.PEOPLE);
        for (int i = 10; i < 40; i++) {
            people.append("P-").append(i).append(i == 22 ? ",1990-13-01" : ",1990-01-01").append(",female,\n");
        }
        people.append("P-12,1991-01-01,male,\n"); // a later part repeats an earlier one's id
        people.append("P-33,1991-01-01,male,P-22\n"); // and names a rejected mother
        people.append("P-22,1991-01-01,male,\n"); // the rejected one's id again: its first line is kept
        StringBuilder offences = new StringBuilder(OFFENCES_HEADER + "\n");
        for (int i = 10; i < 40; i++) {
            offences.append("OF-").append(i).append(",P-").append(i).append(",2015-01-10,conviction,false,3,YOS\n");
        }
        Path folder = DataFolderFixture.in(temp.resolve("people")).with("people.csv", people.toString())
                .with("offences.csv", offences.toString()).write();
        assertSameCutAnywhere(folder, "people.csv", "offences.csv");
        // and without the repeat across parts, so that the parts' rejections are joined rather than read again
        Files.writeString(folder.resolve("people.csv"), people.toString().replace("P-12,1991", "P-99,1991"));
        assertSameCutAnywhere(folder, "people.csv", "offences.csv");
    }

    @Test
    void badCellsAndWrongFieldCountsOnEveryLineOfAPart() throws IOException {
        List<String> rows = offences(30);
        rows.set(5, rows.get(5).replace("2015-01-10", "2015-02-30"));
        rows.set(6, rows.get(6).replace(",3,", ",9,") + ",extra");
        rows.set(7, rows.get(7).replace("conviction", "").replace(",3,", ",0,")); // two bad cells
        rows.set(12, rows.get(12).replace("P-2", "P-404"));
        rows.set(13, "OF-13,P-2");
        rows.set(20, rows.get(20).replace("false", "maybe"));
        assertSameCutAnywhere(folderWithOffences(String.join("\n", rows) + "\n"), "offences.csv");
    }

    @Test
    void aQuoteLeftOpenAcrossTheCut() throws IOException {
        List<String> rows = offences(30);
        rows.set(12, rows.get(12).replace("YOS", "\"YOS")); // never closed
        assertSameCutAnywhere(folderWithOffences(String.join("\n", rows) + "\n"), "offences.csv");

        rows = offences(30);
        rows.set(12, rows.get(12).replace("YOS", "\"YOS")); // closed three rows later
        rows.set(15, rows.get(15).replace("YOS", "YOS\""));
        assertSameCutAnywhere(folderWithOffences(String.join("\n", rows) + "\n"), "offences.csv");

        rows = offences(30);
        // a value holding another character no value may before its line break: read whole, the row is only
        // rejected, and the rows the quote swallows are not rows at all
        rows.set(12, rows.get(12).replace("YOS", "\"Y\u0001OS"));
        rows.set(16, rows.get(16).replace("YOS", "YOS\""));
        assertSameCutAnywhere(folderWithOffences(String.join("\n", rows) + "\n"), "offences.csv");

        rows = offences(30);
        rows.set(10, rows.get(10).replace("YOS", "\"Y,O\"\"S\"")); // quoted, closed on its line: no fault
        assertSameCutAnywhere(folderWithOffences(String.join("\n", rows) + "\n"), "offences.csv");
    }

    @Test
    void lineEndingsOfEveryKind() throws IOException {
        List<String> rows = offences(30);
        rows.set(9, rows.get(9).replace(",3,", ",12,"));
        assertSameCutAnywhere(folderWithOffences(String.join("\r\n", rows) + "\r\n"), "offences.csv");
        assertSameCutAnywhere(folderWithOffences(String.join("\r", rows) + "\r"), "offences.csv");
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            mixed.append(rows.get(i)).append(i % 3 == 0 ? "\n" : i % 3 == 1 ? "\r" : "\r\n");
        }
        assertSameCutAnywhere(folderWithOffences(mixed.toString()), "offences.csv");
        // carriage returns in runs, and a return at the very end of a part
        assertSameCutAnywhere(folderWithOffences(String.join("\r\r\n", rows) + "\n\r"), "offences.csv");
    }

    @Test
    void emptyLinesAtTheCuts() throws IOException {
        List<String> rows = offences(24);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            text.append(rows.get(i)).append(i % 4 == 0 ? "\n\n\n" : i % 4 == 2 ? "\r\n\r\n" : "\n");
        }
        assertSameCutAnywhere(folderWithOffences("\n\n" + text + "\n\n"), "offences.csv");
    }

    @Test
    void aByteOrderMark() throws IOException {
        List<String> rows = offences(20);
        rows.set(4, rows.get(4).replace(",3,", ",x,"));
        byte[] text = (String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
        Path folder = folderWithOffences("");
        Files.write(folder.resolve("offences.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text));
        assertSameCutAnywhere(folder, "offences.csv");
        // a mark that is not at the start is a character of a value, whichever part it is in
        rows.set(11, rows.get(11).replace("YOS", "\uFEFFYOS"));
        rows.set(12, "\uFEFF" + rows.get(12));
        Files.write(folder.resolve("offences.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8)));
        assertSameCutAnywhere(folder, "offences.csv");
        // UTF-16, which FastCSV decodes as such: never cut
        Files.write(folder.resolve("offences.csv"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                (String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(-1, SplitRead.bomLength(new byte[] {(byte) 0xFF, (byte) 0xFE, 'r', 0}, 4));
        assertTrue(SplitRead.ranges(folder.resolve("offences.csv"), new long[] {40}).isEmpty());
        assertSameCutAnywhere(folder, "offences.csv");
    }

    @Test
    void bytesThatAreNotUtf8BesideTheCuts() throws IOException {
        List<String> rows = offences(16);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < rows.size(); i++) {
            bytes.writeBytes(rows.get(i).getBytes(StandardCharsets.UTF_8));
            if (i == 5) {
                bytes.writeBytes(new byte[] {(byte) 0xE2, (byte) 0x82}); // a character cut short before the line feed
            }
            bytes.write('\n');
            if (i == 8) {
                bytes.writeBytes(new byte[] {(byte) 0x82, (byte) 0xAC}); // the rest of one, after it
            }
        }
        Path folder = folderWithOffences("");
        Files.write(folder.resolve("offences.csv"), bytes.toByteArray());
        assertSameCutAnywhere(folder, "offences.csv");
    }

    @Test
    void noFinalLineFeedOrOnlyOneNearTheEnd() throws IOException {
        List<String> rows = offences(20);
        rows.set(19, rows.get(19).replace(",3,", ",33,"));
        assertSameCutAnywhere(folderWithOffences(String.join("\n", rows)), "offences.csv");
        // every line ended by a carriage return but the last but one: the only line feed is near the end
        String text = String.join("\r", rows.subList(0, 18)) + "\n" + rows.get(18) + "\r" + rows.get(19) + "\r";
        assertSameCutAnywhere(folderWithOffences(text), "offences.csv");
        // a header alone, and a header and one row
        assertSameCutAnywhere(folderWithOffences(OFFENCES_HEADER + "\n"), "offences.csv");
        assertSameCutAnywhere(folderWithOffences(OFFENCES_HEADER + "\n" + rows.get(1)), "offences.csv");
    }

    @Test
    void moreErrorsThanTheLimitSpreadOverTheParts() throws IOException {
        List<String> rows = offences(2_000);
        for (int i = 1; i < rows.size(); i++) {
            rows.set(i, rows.get(i).replace(",3,", i % 3 == 0 ? ",0," : ",3,").replace("2015-01-10",
                    i % 2 == 0 ? "2015-13-10" : "2015-01-10"));
        }
        Path folder = folderWithOffences(String.join("\n", rows) + "\n");
        long size = Files.size(folder.resolve("offences.csv"));
        List<SplitRead.Policy> policies = new ArrayList<>();
        for (int parts = 2; parts <= 6; parts++) {
            policies.add(SplitRead.Policy.of(0, parts));
        }
        for (long at = size / 9; at < size; at += size / 9) {
            policies.add(SplitRead.Policy.at(at));
            policies.add(SplitRead.Policy.at(at / 3, at));
        }
        assertSameOutcomes(folder, policies, List.of("offences.csv"));
        InvalidDataException strict = assertThrowsInvalid(folder);
        assertTrue(strict.errorCount() > CanonicalReader.ERROR_LIMIT, "the limit is reached: " + strict.errorCount());
    }

    // ---- the real threshold

    @Test
    void aFileAboveTheRealThresholdIsCutAndReadTheSame() throws IOException {
        int count = (int) (SplitRead.THRESHOLD / 40) + 1_000;
        StringBuilder text = new StringBuilder(OFFENCES_HEADER).append('\n');
        for (int i = 1; i <= count; i++) {
            String gravity = i == count / 2 + 1 ? "0" : "3"; // a bad cell just after the middle, where a cut falls
            text.append("OF-").append(i).append(",P-2,2015-01-10,conviction,false,").append(gravity)
                    .append(",YOS\n");
        }
        Path folder = folderWithOffences(text.toString());
        Path file = folder.resolve("offences.csv");
        assertTrue(Files.size(file) >= SplitRead.THRESHOLD, "large enough: " + Files.size(file));
        SplitRead.Policy real = SplitRead.Policy.of(SplitRead.THRESHOLD, 2);
        assertEquals(2, SplitRead.ranges(file, real.nominalCuts(Files.size(file))).size(), "cut in two");
        assertSameOutcomes(folder, List.of(real), List.of("offences.csv"));

        // and the default reader (as many parts as processors) reads it as the single reader does
        ReadResult whole = new FolderRead(folder, true, true, SplitRead.Policy.never()).run();
        ReadResult parts = CanonicalReader.readSkippingInvalid(folder);
        assertEquals(whole.rejected(), parts.rejected());
        assertEquals(whole.population().records(), parts.population().records());
        assertEquals(count - 1, parts.population().records().size());
        assertEquals(1, parts.rejected().size());
    }

    // ---- the order files are read in

    @Test
    void interventionsReadBesideThePeopleStillReportTheFirstFileAsBefore() {
        String openPeople = DataFolderFixture.PEOPLE.replace("P-3,1983-01-20,male,", "P-3,\"1983-01-20,male,");
        String openFamilies = DataFolderFixture.FAMILIES.replace("F-2,", "F-2,\"");
        String openMemberships = DataFolderFixture.MEMBERSHIPS.replace("F-2,P-3,parent_carer", "F-2,P-3,\"parent");
        String openInterventions = DataFolderFixture.INTERVENTIONS.replace("key worker", "\"key worker");
        String badInterventions = DataFolderFixture.INTERVENTIONS.replace("F-1,2015", "F-9,2015");
        // people.csv's reading ends before families.csv's is looked at, as it always was
        assertFirstFile("people.csv", Map.of("people.csv", openPeople, "families.csv", openFamilies,
                "interventions.csv", openInterventions));
        assertFirstFile("families.csv", Map.of("families.csv", openFamilies, "interventions.csv", openInterventions));
        // memberships.csv's before interventions.csv's, though interventions.csv is read first now
        assertFirstFile("memberships.csv", Map.of("memberships.csv", openMemberships,
                "interventions.csv", openInterventions));
        assertFirstFile("interventions.csv", Map.of("interventions.csv", openInterventions));
        assertFirstFile("interventions.csv", Map.of("interventions.csv", badInterventions));
    }

    private void assertFirstFile(String file, Map<String, String> files) {
        DataFolderFixture fixture = DataFolderFixture.in(temp.resolve("first-" + folders++));
        files.forEach(fixture::with);
        Path folder = fixture.write();
        for (boolean skipInvalid : new boolean[] {false, true}) {
            try {
                new FolderRead(folder, skipInvalid, skipInvalid).run();
                if (!skipInvalid) {
                    throw new AssertionError("read without error: " + files.keySet());
                }
            } catch (InvalidDataException e) {
                assertEquals(file, e.errors().get(0).file(), e.getMessage());
            }
        }
    }

    // ---- the pieces

    @Test
    void linesAreCountedAsFastCsvCountsThem() throws IOException {
        Path file = temp.resolve("breaks.csv");
        Files.writeString(file, "a\nb\r\nc\rd\r\r\n\n\re");
        assertEquals(0, SplitRead.lineBreaks(file, 0));
        assertEquals(1, SplitRead.lineBreaks(file, 2));
        assertEquals(2, SplitRead.lineBreaks(file, 4), "a return and a feed together end one line");
        assertEquals(2, SplitRead.lineBreaks(file, 5));
        assertEquals(3, SplitRead.lineBreaks(file, 7));
        assertEquals(7, SplitRead.lineBreaks(file, 13));
    }

    @Test
    void linesAreCountedEightBytesAtATimeAsOneAtATime() throws IOException {
        java.util.Random random = new java.util.Random(15);
        byte[] alphabet = {'\n', '\r', 'a', ',', (byte) 0x8A, (byte) 0x8D, 0x0B, 0x1A};
        for (int round = 0; round < 40; round++) {
            int length = round < 30 ? random.nextInt(200) : (1 << 20) + random.nextInt(1 << 16);
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                bytes[i] = alphabet[random.nextInt(round % 2 == 0 ? 2 : alphabet.length)];
            }
            Path file = temp.resolve("random-" + round);
            Files.write(file, bytes);
            List<Integer> befores = new ArrayList<>(List.of(0, length, length / 2, Math.max(0, length - 1)));
            for (int cut = (1 << 20) - 9; cut <= (1 << 20) + 9 && cut <= length; cut++) {
                befores.add(Math.max(0, cut)); // across the reading buffer's end
            }
            for (int i = 0; i < 20; i++) {
                befores.add(random.nextInt(length + 1));
            }
            for (int before : befores) {
                long expected = 0;
                for (int i = 0; i < before; i++) {
                    expected += bytes[i] == '\r' || bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r') ? 1 : 0;
                }
                assertEquals(expected, SplitRead.lineBreaks(file, before), "round " + round + ", before " + before);
            }
        }
    }

    @Test
    void partsAreCutJustAfterALineFeed() throws IOException {
        Path file = temp.resolve("cut.csv");
        Files.writeString(file, "h\nab\ncd\n\nef");
        assertEquals(List.of("0-2", "2-5", "5-8", "8-end"), ranges(file, 0, 2, 5));
        assertEquals(List.of("0-5", "5-end"), ranges(file, 3));
        assertEquals(List.of("0-8", "8-9", "9-end"), ranges(file, 7, 7), "an empty line may be a part");
        assertEquals(List.of("0-9", "9-end"), ranges(file, 8, 9, 10), "no line feed after the last cut");
        assertEquals(List.of("0-end"), ranges(file, 9));
        Files.writeString(file, "h\nab\n");
        assertEquals(List.of("0-end"), ranges(file, 2), "nothing after the last line feed");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "h\nab\ncd".getBytes()));
        assertEquals(List.of("3-5", "5-end"), ranges(file, 0));
    }

    @Test
    void problemsOfPartsAppendedKeepWhatOneCollectorWouldKeep() {
        for (boolean keepAll : new boolean[] {false, true}) {
            Problems whole = new Problems("f.csv", keepAll);
            Problems joined = new Problems("f.csv", keepAll);
            Problems part = joined.part();
            for (int line = 2; line < 1_500; line++) {
                List<DataError> reasons = new ArrayList<>();
                for (int reason = 0; reason <= line % 3; reason++) {
                    reasons.add(new DataError("f.csv", line, 1, "a", "reason " + reason));
                }
                whole.reject(line, reasons);
                part.reject(line, reasons);
                if (line % 400 == 0) {
                    joined.append(part);
                    part = joined.part();
                }
            }
            joined.append(part);
            assertEquals(whole.errorCount(), joined.errorCount());
            assertEquals(whole.rows(), joined.rows());
        }
    }

    // ---- helpers

    /** Offences of P-2, the header first: rows.get(i) is on line i + 1. */
    private static List<String> offences(int count) {
        List<String> rows = new ArrayList<>();
        rows.add(OFFENCES_HEADER);
        for (int i = 1; i <= count; i++) {
            rows.add("OF-" + i + ",P-2,2015-01-10,conviction,false,3,YOS");
        }
        return rows;
    }

    private Path folderWithOffences(String text) {
        return DataFolderFixture.in(temp.resolve("offences-" + folders++)).with("offences.csv", text).write();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static List<String> ranges(Path file, long... at) {
        List<String> shown = new ArrayList<>();
        for (long[] range : SplitRead.ranges(file, at)) {
            shown.add(range[0] + "-" + (range[1] == Long.MAX_VALUE ? "end" : String.valueOf(range[1])));
        }
        return shown;
    }

    private static List<String> allFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Path> largest(Path folder, int count) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted((a, b) -> Long.compare(size(b), size(a))).limit(count).toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidDataException assertThrowsInvalid(Path folder) {
        try {
            new FolderRead(folder, false, false, SplitRead.Policy.of(0, 3)).run();
        } catch (InvalidDataException e) {
            return e;
        }
        throw new AssertionError("the folder was read without error");
    }

    /**
     * Compares the folder's outcome, and the named files' own, read whole and read in parts cut at every
     * place a cut can be: in two parts cut after each line feed of the files (a cut looked for anywhere
     * between two line feeds falls after the second), in three parts cut after pairs of them, and in two
     * to five equal parts.
     */
    private void assertSameCutAnywhere(Path folder, String... files) throws IOException {
        List<Long> feeds = new ArrayList<>();
        for (String file : files) {
            byte[] bytes = Files.readAllBytes(folder.resolve(file));
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n' && !feeds.contains((long) i)) {
                    feeds.add((long) i);
                }
            }
        }
        feeds.sort(null);
        List<SplitRead.Policy> policies = new ArrayList<>();
        for (int parts = 2; parts <= 5; parts++) {
            policies.add(SplitRead.Policy.of(0, parts));
        }
        for (long feed : feeds) {
            policies.add(SplitRead.Policy.at(feed));
        }
        int pairs = feeds.size() * (feeds.size() - 1) / 2;
        int step = Math.max(1, pairs / 150);
        int pair = 0;
        for (int i = 0; i < feeds.size(); i++) {
            for (int j = i + 1; j < feeds.size(); j++) {
                if (pair++ % step == 0) {
                    policies.add(SplitRead.Policy.at(feeds.get(i), feeds.get(j)));
                }
            }
        }
        assertSameOutcomes(folder, policies, List.of(files));
    }

    /** The outcomes of the folder, and of each named file of it, read in parts by each policy and read whole. */
    private static void assertSameOutcomes(Path folder, List<SplitRead.Policy> policies, List<String> files)
            throws IOException {
        boolean[][] modes = {{false, false}, {false, true}, {true, true}}; // skip-invalid, every error
        for (boolean[] mode : modes) {
            Object whole = folderOutcome(folder, mode[0], mode[1], SplitRead.Policy.never());
            assertEquals(whole, folderOutcome(folder, mode[0], mode[1], SplitRead.Policy.never()),
                    "the single reader gives the same twice");
            for (SplitRead.Policy policy : policies) {
                assertEquals(whole, folderOutcome(folder, mode[0], mode[1], policy),
                        () -> "folder " + folder.getFileName() + ", skip-invalid " + mode[0] + ", parts " + policy);
            }
            FolderRead read = new FolderRead(folder, mode[0], mode[1], SplitRead.Policy.never());
            try {
                read.run();
            } catch (HearthException e) {
                // the context is as far as the reading went, as the single reader leaves it: the same either way
            }
            Map<String, TableFile<?>> tables;
            try {
                tables = FolderFiles.open(folder);
            } catch (HearthException e) {
                continue; // a header at fault: no row is read, whole or in parts
            }
            for (String file : files) {
                TableFile<?> table = tables.get(file);
                if (table == null) {
                    continue;
                }
                for (boolean keepAll : new boolean[] {false, true}) {
                    Object expected = tableOutcome(table, read.context(), keepAll, SplitRead.Policy.never());
                    for (SplitRead.Policy policy : policies) {
                        assertEquals(expected, tableOutcome(table, read.context(), keepAll, policy),
                                () -> file + ", keep all " + keepAll + ", skip-invalid " + mode[0] + ", parts " + policy);
                    }
                }
            }
        }
    }

    /** Everything a folder read gives: its population and rejected rows, or the exception it ended with. */
    private static Object folderOutcome(Path folder, boolean skipInvalid, boolean everyError, SplitRead.Policy policy) {
        try {
            ReadResult result = new FolderRead(folder, skipInvalid, everyError, policy).run();
            Population population = result.population();
            // each part of the population, the calendar by its terms (it has no equals of its own)
            return List.of(population.families(), population.people(), population.memberships(),
                    population.interventions(), population.calendar().terms(), population.records(),
                    population.familyReferences(), population.personNames(), population.teamMembers(),
                    result.rejected());
        } catch (InvalidDataException e) {
            return List.of(e.getClass().getName(), String.valueOf(e.getMessage()), e.errors(), e.errorCount());
        } catch (RuntimeException e) {
            return List.of(e.getClass().getName(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * Everything reading one file gives: each row taken (accepted with its value and line, or rejected
     * with the values it left and its line), the rejected rows with their errors and the count of errors,
     * or the exception it ended with and what it had found by then.
     */
    private static <T> Object tableOutcome(TableFile<T> table, ReadContext context, boolean keepAll,
                                           SplitRead.Policy policy) {
        Problems problems = new Problems(table.layout().file(), keepAll);
        try {
            Recorder<T> rows = SplitRead.read(table, context, problems, () -> new Recorder<>(table.layout()), policy,
                    pool).get();
            return List.of(rows.taken, problems.rows(), problems.errorCount());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return List.of(cause.getClass().getName(), String.valueOf(cause.getMessage()), problems.rows(),
                    problems.errorCount());
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every call a file's rows make, in order; a rejected row's values as they were when it was rejected. */
    private static final class Recorder<T> implements SplitRead.Sink<T, Recorder<T>> {
        private final Layout<T> layout;
        private final List<List<Object>> taken = new ArrayList<>();

        Recorder(Layout<T> layout) {
            this.layout = layout;
        }

        @Override
        public void accepted(T value, long line) {
            taken.add(Arrays.asList("accepted", line, value));
        }

        @Override
        public void rejected(Values values, long line) {
            List<Object> cells = new ArrayList<>();
            for (Column<T, ?> column : layout.columns()) {
                cells.add(values.get(column));
            }
            taken.add(Arrays.asList("rejected", line, cells));
        }

        @Override
        public void append(Recorder<T> later) {
            taken.addAll(later.taken);
        }
    }

    @Test
    void theComparisonCanFail() throws IOException {
        // The same comparison sees a difference of one line, one error or one value.
        Path one = folderWithOffences(String.join("\n", offences(5)) + "\n");
        List<String> rows = offences(5);
        rows.set(3, rows.get(3).replace(",3,", ",0,"));
        Path other = folderWithOffences(String.join("\n", rows) + "\n");
        assertNotEquals(folderOutcome(one, true, true, SplitRead.Policy.never()),
                folderOutcome(other, true, true, SplitRead.Policy.never()));
        assertNotEquals(folderOutcome(one, false, false, SplitRead.Policy.never()),
                folderOutcome(other, false, false, SplitRead.Policy.never()));
        Path shifted = folderWithOffences("\n" + String.join("\n", offences(5)) + "\n");
        FolderRead read = new FolderRead(one, true, true, SplitRead.Policy.never());
        read.run();
        TableFile<?> a = FolderFiles.open(one).get("offences.csv");
        TableFile<?> b = FolderFiles.open(shifted).get("offences.csv");
        assertNotEquals(tableOutcome(a, read.context(), true, SplitRead.Policy.never()),
                tableOutcome(b, read.context(), true, SplitRead.Policy.never()), "the lines differ");
    }
}
