package org.hearth.io.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.hearth.io.canonical.FolderReplacement;

/**
 * Measures {@code hearth ingest} on generated returns of a county's size: a CIN census of 10,000 children and a school
 * census attendance extract of 100,000 pupils for a term (with 5,000 exclusions). Made-up children from a seeded
 * random stream, valid UPNs. A measurement, not a test: run its main with the heap it should fit in and copy the
 * table into docs/benchmarks.md.
 */
public final class IngestBenchmark {
    private static final int CHILDREN = 10_000;
    private static final int PUPILS = 100_000;
    private static final int EXCLUSIONS = 5_000;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("hearth-ingest-bench");
        try {
            Path cin = cinCensus(work.resolve("cin-census.xml"), new Random(1));
            Path attendance = attendance(work.resolve("attendance.csv"), new Random(2));
            Path exclusions = exclusions(work.resolve("exclusions.csv"), new Random(3));
            System.out.println("| source | input | persons | records | rejected | time | old generation at its peak |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (int pass = 0; pass < 3; pass++) {
                boolean last = pass == 2;
                measure("CIN census, " + CHILDREN + " children", SourceKind.CIN_CENSUS, List.of(cin), work, last);
                measure("school census, " + PUPILS + " pupils' attendance and " + EXCLUSIONS + " exclusions", SourceKind.SCHOOL_CENSUS,
                        List.of(attendance, exclusions), work, last);
            }
        } finally {
            FolderReplacement.deleteIfPresent(work);
        }
    }

    private static void measure(String what, SourceKind kind, List<Path> files, Path work, boolean print) throws IOException {
        Path out = work.resolve("staged-" + kind.code());
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        IngestSummary summary = new Ingest(kind, "bench", null, files, out, LocalDate.of(2026, 1, 5), b -> { }).run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        if (print) {
            System.out.printf("| %s | %.1f MB | %,d | %,d | %,d | %.2f s | %,d MB |%n", what, bytes / 1e6, summary.persons(),
                    summary.recordCount(), summary.rejected(), millis / 1000.0, peakHeap() / 1_000_000);
        }
        FolderReplacement.deleteIfPresent(out);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The peak of the old generation (what survives collection), which bounds the heap the work needs. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"))) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static Path cinCensus(Path file, Random random) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n<Header><CollectionDetails><Collection>CIN"
                    + "</Collection><Year>2019</Year><ReferenceDate>2019-03-31</ReferenceDate></CollectionDetails><Source>"
                    + "<SourceLevel>L</SourceLevel><LEA>999</LEA></Source></Header>\n<Children>\n");
            String[] factors = {"1A", "1B", "2B", "3A", "3B", "4A", "4B", "6A", "11A", "13A", "16A", "17A", "21", "24A"};
            for (int c = 0; c < CHILDREN; c++) {
                LocalDate referral = LocalDate.of(2018, 4, 1).plusDays(random.nextInt(360));
                out.write("<Child><ChildIdentifiers><LAchildID>C" + c + "</LAchildID><UPN>" + upn(c) + "</UPN><PersonBirthDate>"
                        + LocalDate.of(2002, 1, 1).plusDays(random.nextInt(6000)) + "</PersonBirthDate><GenderCurrent>"
                        + (1 + random.nextInt(2)) + "</GenderCurrent></ChildIdentifiers>\n<ChildCharacteristics><Ethnicity>WBRI"
                        + "</Ethnicity></ChildCharacteristics>\n<CINdetails><CINreferralDate>" + referral + "</CINreferralDate>"
                        + "<ReferralSource>1A</ReferralSource><PrimaryNeedCode>N" + (1 + random.nextInt(8)) + "</PrimaryNeedCode>"
                        + "<CINclosureDate>" + referral.plusDays(200) + "</CINclosureDate><ReasonForClosure>RC7</ReasonForClosure>"
                        + "<ReferralNFA>false</ReferralNFA>\n<Assessments><AssessmentActualStartDate>" + referral.plusDays(1)
                        + "</AssessmentActualStartDate><AssessmentAuthorisationDate>" + referral.plusDays(30)
                        + "</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>"
                        + factors[random.nextInt(factors.length)] + "</AssessmentFactors><AssessmentFactors>"
                        + factors[random.nextInt(factors.length)] + "</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>\n");
                if (random.nextInt(4) == 0) {
                    out.write("<Section47><S47ActualStartDate>" + referral.plusDays(2) + "</S47ActualStartDate><InitialCPCtarget>"
                            + referral.plusDays(23) + "</InitialCPCtarget><DateOfInitialCPC>" + referral.plusDays(20)
                            + "</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired></Section47>\n<ChildProtectionPlans>"
                            + "<CPPstartDate>" + referral.plusDays(20) + "</CPPstartDate><CPPendDate>" + referral.plusDays(150)
                            + "</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse></ChildProtectionPlans>\n");
                }
                out.write("</CINdetails></Child>\n");
            }
            out.write("</Children>\n</Message>\n");
        }
        return file;
    }

    private static Path attendance(Path file, Random random) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("UPN,Surname,Forename,DOB,Sex,Postcode,URN,AcademicYear,Term,SessionsPossible,SessionsAuthorised,SessionsUnauthorised\n");
            for (int p = 0; p < PUPILS; p++) {
                int authorised = random.nextInt(20);
                out.write(upn(p) + ",Surname" + (p % 5000) + ",Name" + (p % 700) + "," + LocalDate.of(2003, 9, 1).plusDays(random.nextInt(4700))
                        + "," + (random.nextBoolean() ? "M" : "F") + ",ZZ99 " + (p % 10) + "ZZ," + (100000 + p % 300)
                        + ",2018/19,AUT,140," + authorised + "," + random.nextInt(10) + "\n");
            }
        }
        return file;
    }

    private static Path exclusions(Path file, Random random) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("UPN,URN,Phase,Category,StartDate,Sessions\n");
            for (int e = 0; e < EXCLUSIONS; e++) {
                int pupil = random.nextInt(PUPILS);
                out.write(upn(pupil) + "," + (100000 + pupil % 300) + ",SS," + (random.nextInt(20) == 0 ? "PERM" : "SUSP") + ","
                        + LocalDate.of(2018, 9, 3).plusDays(random.nextInt(300)) + "," + (1 + random.nextInt(10)) + "\n");
            }
        }
        return file;
    }

    /** A valid UPN for a number: LA 999, the establishment and serial from the number, the check letter worked out. */
    static String upn(int n) {
        String body = String.format("999%04d18%03d", n / 1000 % 10000, n % 1000);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * (i + 2);
        }
        return UniquePupilNumber.CHECK_LETTERS.charAt(sum % 23) + body;
    }
}
