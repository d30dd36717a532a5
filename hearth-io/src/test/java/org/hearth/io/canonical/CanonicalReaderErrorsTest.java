package org.hearth.io.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of bad input is reported with its file, line (the header is line 1), column number and
 * column name, and nothing is loaded.
 */
class CanonicalReaderErrorsTest {
    @TempDir
    Path temp;

    static Stream<Arguments> badCells() {
        return Stream.of(
                Arguments.of("a day February 2015 does not have", "people.csv", """
                        person_id,date_of_birth,sex,mother_id
                        P-1,1985-04-02,female,
                        P-2,2015-02-30,male,P-1
                        P-3,1983-01-20,male,
                        """, "people.csv:3:2: date_of_birth: '2015-02-30' is not a real date: February 2015 has 28 days"),
                Arguments.of("29 February in a year that is not a leap year", "offences.csv", """
                        record_id,person_id,date,disposal,serious,gravity,source
                        OF-1,P-2,2015-02-29,conviction,false,3,YOS
                        """, "offences.csv:2:3: date: '2015-02-29' is not a real date: February 2015 has 28 days"),
                Arguments.of("a date not in ISO form", "offences.csv", """
                        record_id,person_id,date,disposal,serious,gravity,source
                        OF-1,P-2,10/01/2015,conviction,false,3,YOS
                        """, "offences.csv:2:3: date: '10/01/2015' is not a date in the form YYYY-MM-DD"),
                Arguments.of("a month that does not exist", "offences.csv", """
                        record_id,person_id,date,disposal,serious,gravity,source
                        OF-1,P-2,2015-13-01,conviction,false,3,YOS
                        """, "offences.csv:2:3: date: '2015-13-01' is not a real date: there is no month 13"),
                Arguments.of("an unknown code", "offences.csv", """
                        record_id,person_id,date,disposal,serious,gravity,source
                        OF-1,P-2,2015-01-10,guilty,false,3,YOS
                        """, "offences.csv:2:4: disposal: 'guilty' is not one of " + Vocabulary.codes(Offence.Disposal.class)),
                Arguments.of("a code in capitals", "offences.csv", """
                        record_id,person_id,date,disposal,serious,gravity,source
                        OF-1,P-2,2015-01-10,CONVICTION,false,3,YOS
                        """, "offences.csv:2:4: disposal: 'CONVICTION' is not one of " + Vocabulary.codes(Offence.Disposal.class)),
                Arguments.of("not a number", "offences.csv", """
                        record_id,person_id,date,disposal,serious,gravity,source
                        OF-1,P-2,2015-01-10,conviction,false,high,YOS
                        """, "offences.csv:2:6: gravity: 'high' is not a whole number"),
                Arguments.of("a rule of the record itself", "offences.csv", """
                        record_id,person_id,date,disposal,serious,gravity,source
                        OF-1,P-2,2015-01-10,conviction,false,9,YOS
                        """, "offences.csv:2:6: gravity: gravity must be from 1 to 8, not 9"),
                Arguments.of("not true or false", "offences.csv", """
                        record_id,person_id,date,disposal,serious,gravity,source
                        OF-1,P-2,2015-01-10,conviction,yes,3,YOS
                        """, "offences.csv:2:5: serious: 'yes' is not true or false"),
                Arguments.of("a missing required value", "offences.csv", """
                        record_id,person_id,date,disposal,serious,gravity,source
                        OF-1,P-2,,conviction,false,3,YOS
                        """, "offences.csv:2:3: date: is empty; a value is required"),
                Arguments.of("an end before the start", "memberships.csv", """
                        family_id,person_id,role,parenting_responsibility,start_date,end_date
                        F-1,P-1,parent_carer,true,2014-01-01,
                        F-1,P-2,child,false,2014-01-01,2013-12-31
                        F-2,P-3,parent_carer,true,2014-01-01,
                        """, "memberships.csv:3:6: end_date: end_date 2013-12-31 is before start_date 2014-01-01"),
                Arguments.of("an intervention closed before it began", "interventions.csv", """
                        intervention_id,family_id,engaged_on,lead_worker,lead_organisation,tier,closed_on,closure_reason
                        I-1,F-1,2015-06-01,key worker,Early Help,targeted_early_help,2015-05-31,
                        """, "interventions.csv:2:7: closed_on: closed_on 2015-05-31 is before engaged_on 2015-06-01"),
                Arguments.of("a duplicate record_id", "offences.csv", """
                        record_id,person_id,date,disposal,serious,gravity,source
                        OF-1,P-2,2015-01-10,conviction,false,3,YOS
                        OF-1,P-2,2015-02-10,caution,false,,YOS
                        """, "offences.csv:3:1: record_id: 'OF-1' is also on line 2"),
                Arguments.of("a person not in people.csv", "offences.csv", """
                        record_id,person_id,date,disposal,serious,gravity,source
                        OF-1,P-9,2015-01-10,conviction,false,3,YOS
                        """, "offences.csv:2:2: person_id: 'P-9' is not in people.csv"),
                Arguments.of("a family not in families.csv", "memberships.csv", """
                        family_id,person_id,role,parenting_responsibility,start_date,end_date
                        F-1,P-1,parent_carer,true,2014-01-01,
                        F-1,P-2,child,false,2014-01-01,
                        F-9,P-3,parent_carer,true,2014-01-01,
                        """, "memberships.csv:4:1: family_id: 'F-9' is not in families.csv"),
                Arguments.of("an unknown intervention", "tier_changes.csv", """
                        record_id,intervention_id,date,tier
                        TC-1,I-9,2015-09-01,child_in_need
                        """, "tier_changes.csv:2:2: intervention_id: 'I-9' is not in interventions.csv"),
                Arguments.of("a tier change before the engagement", "tier_changes.csv", """
                        record_id,intervention_id,date,tier
                        TC-1,I-1,2015-05-31,child_in_need
                        """, "tier_changes.csv:2:3: date: date 2015-05-31 is before intervention I-1 began on 2015-06-01"
                        + " (interventions.csv line 2)"),
                Arguments.of("a Team Around the Family member joining before the engagement", "team_around_family.csv", """
                        record_id,intervention_id,professional,role,organisation,start_date,end_date,source
                        TA-1,I-1,,school nurse,school nursing service,2015-05-31,,
                        """, "team_around_family.csv:2:6: start_date: start_date 2015-05-31 is before intervention I-1"
                        + " began on 2015-06-01 (interventions.csv line 2)"),
                Arguments.of("a Team Around the Family member leaving after the closure", "interventions.csv", """
                        intervention_id,family_id,engaged_on,lead_worker,lead_organisation,tier,closed_on,closure_reason
                        I-1,F-1,2015-06-01,key worker,Early Help,targeted_early_help,2016-02-29,outcomes achieved
                        """, "team_around_family.csv:3:7: end_date: end_date 2016-03-01 is after intervention I-1 closed"
                        + " on 2016-02-29 (interventions.csv line 2)"),
                Arguments.of("a Team Around the Family member with no role", "team_around_family.csv", """
                        record_id,intervention_id,professional,role,organisation,start_date,end_date,source
                        TA-1,I-1,Sam Patel,,school nursing service,2015-06-01,,
                        """, "team_around_family.csv:2:4: role: is empty; a value is required"),
                Arguments.of("a mother not in people.csv", "people.csv", """
                        person_id,date_of_birth,sex,mother_id
                        P-1,1985-04-02,female,
                        P-2,2005-09-12,male,P-7
                        P-3,1983-01-20,male,
                        """, "people.csv:3:4: mother_id: 'P-7' is not in people.csv"),
                Arguments.of("a person a member of two families on the same day", "memberships.csv", """
                        family_id,person_id,role,parenting_responsibility,start_date,end_date
                        F-1,P-1,parent_carer,true,2014-01-01,
                        F-1,P-2,child,false,2014-01-01,
                        F-2,P-3,parent_carer,true,2014-01-01,
                        F-2,P-2,child,false,2016-03-01,2016-08-31
                        """, "memberships.csv:5:5: start_date: person P-2 is already a member of family F-1 from 2014-01-01"
                        + " to now (line 3): a person belongs to one family at a time"),
                Arguments.of("a person a member of one family twice on the same day", "memberships.csv", """
                        family_id,person_id,role,parenting_responsibility,start_date,end_date
                        F-1,P-1,parent_carer,true,2014-01-01,2015-12-31
                        F-1,P-2,child,false,2014-01-01,
                        F-2,P-3,parent_carer,true,2014-01-01,
                        F-1,P-1,parent_carer,true,2015-12-31,
                        """, "memberships.csv:5:5: start_date: person P-1 is already a member of this family from 2014-01-01"
                        + " to 2015-12-31 (line 2): a person belongs to one family at a time"),
                Arguments.of("a membership that starts before the person was born", "memberships.csv", """
                        family_id,person_id,role,parenting_responsibility,start_date,end_date
                        F-1,P-1,parent_carer,true,2014-01-01,
                        F-1,P-2,child,false,2005-09-11,
                        F-2,P-3,parent_carer,true,2014-01-01,
                        """, "memberships.csv:3:5: start_date: start_date 2005-09-11 is before person P-2 was born"
                        + " (2005-09-12, people.csv line 3)"),
                Arguments.of("a control character in a name", "people.csv", """
                        person_id,date_of_birth,sex,mother_id,given_name,family_name
                        P-1,1985-04-02,female,,Jo,Smith
                        P-2,2005-09-12,male,P-1,Sam,Smith\u001B[2J
                        P-3,1983-01-20,male,,,
                        """, "people.csv:3:6: family_name: 'Smith\\u001B[2J' holds the control character \\u001B,"
                        + " which no value may"),
                Arguments.of("a person born after today", "people.csv", """
                        person_id,date_of_birth,sex,mother_id
                        P-1,1985-04-02,female,
                        P-2,2005-09-12,male,P-1
                        P-3,2999-01-20,male,
                        """, "people.csv:4:2: date_of_birth: date_of_birth 2999-01-20 is after today ("
                        + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")) + ")"),
                Arguments.of("a row with too few cells", "offences.csv", """
                        record_id,person_id,date,disposal,serious,gravity,source
                        OF-1,P-2,2015-01-10
                        """, "offences.csv:2:0: has 3 fields but the header has 7"),
                Arguments.of("money with three decimals", "earnings.csv", """
                        record_id,person_id,start_date,end_date,amount_gbp,claim_type,source
                        EA-1,P-1,2016-01-01,2016-01-31,338.001,single,DWP
                        """, "earnings.csv:2:5: amount_gbp: '338.001' is not an amount in pounds with at most 2 decimals,"
                        + " like 338.00"),
                Arguments.of("money with a pound sign", "earnings.csv", """
                        record_id,person_id,start_date,end_date,amount_gbp,claim_type,source
                        EA-1,P-1,2016-01-01,2016-01-31,£338,single,DWP
                        """, "earnings.csv:2:5: amount_gbp: '£338' is not an amount in pounds with at most 2 decimals,"
                        + " like 338.00"),
                Arguments.of("a session count that is not a number", "attendance.csv", """
                        record_id,person_id,academic_year,term,possible_sessions,authorised_absence,unauthorised_absence
                        AT-1,P-2,2015/16,autumn,many,4,2
                        """, "attendance.csv:2:5: possible_sessions: 'many' is not a whole number"),
                Arguments.of("an academic year that is not two consecutive years", "attendance.csv", """
                        record_id,person_id,academic_year,term,possible_sessions,authorised_absence,unauthorised_absence
                        AT-1,P-2,2015/17,autumn,140,4,2
                        """, "attendance.csv:2:3: academic_year: '2015/17' is not an academic year like 2015/16"),
                Arguments.of("a levelled assessment without its level", "assessments.csv", """
                        record_id,person_id,family_id,tool,date,score,level
                        AS-1,,F-1,barnardos_dv_matrix,2015-07-01,3,
                        """, "assessments.csv:2:7: level: level is required"),
                Arguments.of("a household record naming neither person nor family", "referrals.csv", """
                        record_id,person_id,family_id,date,referred_to
                        RF-1,,,2015-07-01,early_help
                        """, "referrals.csv:2:2: person_id: person_id or family_id is required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCells")
    void reportsTheFileLineAndColumnOfEachBadCell(String what, String file, String text, String expected) {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with(file, text).write();

        InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class, () -> CanonicalReader.read(folder));

        assertThat(thrown.errors()).extracting(DataError::toString).containsExactly(expected);
        assertThat(thrown.errorCount()).isEqualTo(1);
        assertThat(thrown.getMessage()).contains("1 error; nothing was loaded").contains(expected);
    }

    @Test
    void aValueOverTwoLinesStopsTheFileAtTheLineItStarts() {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("offences.csv", """
                record_id,person_id,date,disposal,serious,gravity,source
                OF-1,P-2,2015-01-10,conviction,false,3,"YOS,
                north team"
                OF-2,P-2,2015-02-30,caution,false,,YOS
                """).write();

        assertThatThrownBy(() -> CanonicalReader.read(folder)).isInstanceOfSatisfying(InvalidDataException.class,
                e -> assertThat(e.errors()).extracting(DataError::toString).containsExactly("offences.csv:2:7: source: "
                        + "a value runs over a line break, which no value may: usually a quote that is not closed, after "
                        + "which the rows cannot be told apart (the file is not read)"));
    }

    /** FastCSV closes a quote left open at the end of the file: the rows after it became one value, silently. */
    @Test
    void aQuoteNeverClosedRejectsTheFolderEvenWhenSkippingInvalidRows() {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("offences.csv", """
                record_id,person_id,date,disposal,serious,gravity,source
                OF-1,P-2,2015-01-10,conviction,false,3,YOS
                OF-2,P-2,2015-02-10,caution,false,,"YOS
                OF-3,P-2,2015-03-10,caution,false,,YOS
                OF-4,P-2,2015-04-10,caution,false,,YOS
                """).write();

        for (boolean skipInvalid : new boolean[] {false, true}) {
            InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class,
                    () -> read(folder, skipInvalid));
            assertThat(thrown.errors()).extracting(DataError::toString).singleElement().asString()
                    .startsWith("offences.csv:3:7: source: a value runs over a line break");
        }
    }

    @Test
    void aQuoteLeftOpenInAMiddleColumnIsFoundThoughTheRowThenHasTooFewFields() {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("offences.csv", """
                record_id,person_id,date,disposal,serious,gravity,source
                OF-1,P-2,"2015-01-10,conviction,false,3,YOS
                OF-2,P-2,2015-02-10,caution,false,,YOS
                """).write();

        InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class,
                () -> CanonicalReader.readSkippingInvalid(folder));

        assertThat(thrown.errors()).extracting(DataError::toString).singleElement().asString()
                .startsWith("offences.csv:2:3: date: a value runs over a line break");
    }

    static Stream<Arguments> forbiddenCharacters() {
        return Stream.of(
                Arguments.of("a terminal escape that would recolour the screen", "OF-\u001B[31m1",
                        "offences.csv:2:1: record_id: 'OF-\\u001B[31m1' holds the control character \\u001B,"
                                + " which no value may"),
                Arguments.of("a tab", "OF-\t1", "offences.csv:2:1: record_id: 'OF-\\t1' holds the control character"
                        + " \\t, which no value may"),
                Arguments.of("a right-to-left override that reverses what follows", "OF-\u202E1",
                        "offences.csv:2:1: record_id: 'OF-\\u202E1' holds the invisible character \\u202E,"
                                + " which no value may"),
                Arguments.of("a zero-width space that makes two ids look the same", "OF-\u200B1",
                        "offences.csv:2:1: record_id: 'OF-\\u200B1' holds the invisible character \\u200B,"
                                + " which no value may"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbiddenCharacters")
    void rejectsAnIdHoldingACharacterThatIsNotPrintableAndShowsItEscaped(String what, String id, String expected) {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("offences.csv",
                "record_id,person_id,date,disposal,serious,gravity,source\n" + id + ",P-2,2015-01-10,conviction,false,3,YOS\n")
                .write();

        InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class, () -> CanonicalReader.read(folder));

        assertThat(thrown.errors()).extracting(DataError::toString).containsExactly(expected);
        assertThat(thrown.getMessage()).doesNotContain("\u001B").doesNotContain("\u202E").doesNotContain("\t1");
    }

    @Test
    void rejectsBytesThatAreNotUtf8InsteadOfReplacingThemSilently() throws Exception {
        Path folder = DataFolderFixture.in(temp.resolve("data")).write();
        byte[] header = "record_id,person_id,date,disposal,serious,gravity,source\nOF-".getBytes(StandardCharsets.UTF_8);
        byte[] rest = ",P-2,2015-01-10,conviction,false,3,YOS\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(folder.resolve("offences.csv"))) {
            out.write(header);
            out.write(new byte[] {(byte) 0xC3, '1'}); // a lead byte with no continuation: not UTF-8
            out.write(rest);
        }

        InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class, () -> CanonicalReader.read(folder));

        assertThat(thrown.errors()).extracting(DataError::toString).containsExactly(
                "offences.csv:2:1: record_id: 'OF-\\uFFFD1' holds bytes that are not UTF-8 text, which no value may");
    }

    @Test
    void saysAValueLongerThanTheReaderTakesIsTooLongInsteadOfNamingAnException() {
        String huge = "9".repeat(17 * 1024 * 1024);
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("offences.csv",
                "record_id,person_id,date,disposal,serious,gravity,source\nOF-1,P-2,2015-01-10,conviction,false," + huge
                        + ",YOS\n").write();

        InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class, () -> CanonicalReader.read(folder));

        assertThat(thrown.errors()).extracting(DataError::toString).containsExactly("offences.csv:2:0: cannot be read as"
                + " CSV: a value on this line is longer than the 16,777,216 characters a value may have (usually a quote"
                + " that is not closed)");
    }

    @Test
    void quotesAtMostTheStartOfAVeryLongValue() {
        String huge = "9".repeat(1024 * 1024);
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("offences.csv",
                "record_id,person_id,date,disposal,serious,gravity,source\nOF-1,P-2,2015-01-10,conviction,false," + huge
                        + ",YOS\n").write();

        InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class, () -> CanonicalReader.read(folder));

        assertThat(thrown.errors()).extracting(DataError::toString).containsExactly("offences.csv:2:6: gravity: '"
                + "9".repeat(60) + "…' (a value of 1,048,576 characters) is too large: a whole number here has at most 9 digits");
        assertThat(thrown.getMessage().length()).isLessThan(1_000);
    }

    @Test
    void callsANumberPastTheReadersRangeTooLargeNotNotANumber() {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("attendance.csv", """
                record_id,person_id,academic_year,term,possible_sessions,authorised_absence,unauthorised_absence
                AT-1,P-2,2015/16,autumn,99999999999,4,2
                """).write();

        InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class, () -> CanonicalReader.read(folder));

        assertThat(thrown.errors()).extracting(DataError::toString).containsExactly("attendance.csv:2:5: possible_sessions: "
                + "'99999999999' is too large: a whole number here has at most 9 digits");
    }

    @Test
    void neverQuotesAFileThatDoesNotBeginWithTheHeader() throws Exception {
        Path folder = DataFolderFixture.in(temp.resolve("data")).write();
        Files.writeString(folder.resolve("offences.csv"), "root:$6$secret-hash:19000:0:99999:7:::\ndaemon:*:19000\n");

        InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class, () -> CanonicalReader.read(folder));

        assertThat(thrown.errors()).extracting(DataError::toString).containsExactly("offences.csv:1:0: does not begin with "
                + "a header row naming the columns of offences.csv (record_id, person_id, date, disposal, serious, gravity,"
                + " source), so it is not read");
        assertThat(thrown.getMessage()).doesNotContain("root").doesNotContain("secret");
    }

    static Stream<Arguments> filesThatAreNotRegularFiles() {
        return Stream.of(
                Arguments.of("a link to a file outside the folder", (FileMaker) (file, outside) -> {
                    Files.writeString(outside, "record_id,person_id,date,disposal\nSECRET,P-2,2015-01-10,conviction\n");
                    Files.createSymbolicLink(file, outside);
                }, "is a link to a file outside the data folder, which is not read"),
                Arguments.of("a link that leads nowhere", (FileMaker) (file, outside) ->
                        Files.createSymbolicLink(file, outside), "is a link that leads to no file"),
                Arguments.of("links that lead round in a loop", (FileMaker) (file, outside) -> {
                    Files.createSymbolicLink(outside, file);
                    Files.createSymbolicLink(file, outside);
                }, "is a link that leads to no file"),
                Arguments.of("a link to a device", (FileMaker) (file, outside) ->
                        Files.createSymbolicLink(file, Path.of("/dev/zero")), "is a link to a file outside the data folder"),
                Arguments.of("a folder", (FileMaker) (file, outside) -> Files.createDirectory(file),
                        "is a folder, not a file, so it is not read"),
                Arguments.of("a named pipe", (FileMaker) (file, outside) -> {
                    Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
                    assertThat(mkfifo.waitFor()).isZero();
                }, "is not a regular file (a device, a pipe or a socket), so it is not read"));
    }

    private static Object read(Path folder, boolean skipInvalid) {
        return skipInvalid ? CanonicalReader.readSkippingInvalid(folder) : CanonicalReader.read(folder);
    }

    interface FileMaker {
        void make(Path file, Path outside) throws Exception;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesThatAreNotRegularFiles")
    void refusesARecordFileThatIsNotARegularFileInsideTheFolderRatherThanSkippingIt(String what, FileMaker maker,
                                                                                    String expected) throws Exception {
        Path folder = DataFolderFixture.in(temp.resolve("data")).write();
        Files.delete(folder.resolve("offences.csv"));
        maker.make(folder.resolve("offences.csv"), temp.resolve("elsewhere.csv"));

        for (boolean skipInvalid : new boolean[] {false, true}) {
            InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class,
                    () -> read(folder, skipInvalid));
            assertThat(thrown.errors()).extracting(DataError::toString).singleElement().asString()
                    .startsWith("offences.csv:0:0: " + expected);
            assertThat(thrown.getMessage()).doesNotContain("SECRET");
        }
    }

    @Test
    void readsALinkToARegularFileInsideTheFolder() throws Exception {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("offences.csv", """
                record_id,person_id,date,disposal,serious,gravity,source
                OF-1,P-2,2015-01-10,conviction,false,3,YOS
                """).write();
        Files.createDirectory(folder.resolve("extracts"));
        Files.move(folder.resolve("offences.csv"), folder.resolve("extracts/offences-2016.csv"));
        Files.createSymbolicLink(folder.resolve("offences.csv"), Path.of("extracts/offences-2016.csv"));

        assertThat(CanonicalReader.read(folder).records()).filteredOn(r -> r.kind() == RecordKind.OFFENCES).hasSize(1);
    }

    @Test
    void readsSpreadsheetOutputWithAByteOrderMarkWindowsLineEndsAndBlankLines() {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("offences.csv",
                "\uFEFF\r\nrecord_id,person_id,date,disposal\r\nOF-1,P-2,2015-01-10,conviction\r\n\r\n"
                        + "OF-2,P-2,2015-02-30,caution\r\n").write();

        assertThatThrownBy(() -> CanonicalReader.read(folder)).isInstanceOfSatisfying(InvalidDataException.class,
                e -> assertThat(e.errors()).extracting(DataError::toString).containsExactly(
                        "offences.csv:5:3: date: '2015-02-30' is not a real date: February 2015 has 28 days"));
    }

    @Test
    void reportsEveryBadCellOfEveryRowInFileOrder() {
        Path folder = DataFolderFixture.in(temp.resolve("data"))
                .with("offences.csv", """
                        record_id,person_id,date,disposal,serious,gravity,source
                        OF-1,P-9,2015-02-29,guilty,false,3,YOS
                        OF-2,P-2,2015-03-01,caution,false,,YOS
                        OF-3,P-2,2016-02-29,caution,maybe,,YOS
                        """)
                .with("people.csv", """
                        person_id,date_of_birth,sex,mother_id
                        P-1,1985-04-02,woman,
                        P-2,2005-09-12,male,P-1
                        P-3,1983-01-20,male,
                        """)
                .write();

        InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class, () -> CanonicalReader.read(folder));

        assertThat(thrown.errors()).extracting(DataError::toString).containsExactly(
                "people.csv:2:3: sex: 'woman' is not one of female, male, other, unknown",
                "offences.csv:2:2: person_id: 'P-9' is not in people.csv",
                "offences.csv:2:3: date: '2015-02-29' is not a real date: February 2015 has 28 days",
                "offences.csv:2:4: disposal: 'guilty' is not one of " + Vocabulary.codes(Offence.Disposal.class),
                "offences.csv:4:5: serious: 'maybe' is not true or false");
        assertThat(thrown.errorCount()).isEqualTo(5);
    }

    @Test
    void anAttendanceTermMustBeInTheAuthoritysCalendarWhenItGivesOne() {
        Path folder = DataFolderFixture.in(temp.resolve("data"))
                .with("school_terms.csv", """
                        academic_year,term,start_date,end_date
                        2015/16,autumn,2015-09-03,2015-12-18
                        2015/16,spring,2016-01-05,2016-03-24
                        """)
                .with("attendance.csv", """
                        record_id,person_id,academic_year,term,possible_sessions,authorised_absence,unauthorised_absence
                        AT-1,P-2,2015/16,autumn,140,4,2
                        AT-2,P-2,2015/16,summer,120,0,0
                        """)
                .write();

        assertThatThrownBy(() -> CanonicalReader.read(folder)).isInstanceOfSatisfying(InvalidDataException.class,
                e -> assertThat(e.errors()).extracting(DataError::toString).containsExactly(
                        "attendance.csv:3:3: academic_year: school_terms.csv has no summer term in 2015/16"));
    }

    @Test
    void schoolTermsMayNotOverlapOrRepeat() {
        Path folder = DataFolderFixture.in(temp.resolve("data"))
                .with("school_terms.csv", """
                        academic_year,term,start_date,end_date
                        2015/16,autumn,2015-09-03,2015-12-18
                        2015/16,spring,2015-12-18,2016-03-24
                        2015/16,autumn,2015-09-01,2015-09-02
                        2016/17,summer,2015-04-18,2015-07-20
                        """)
                .write();

        assertThatThrownBy(() -> CanonicalReader.read(folder)).isInstanceOfSatisfying(InvalidDataException.class,
                e -> assertThat(e.errors()).extracting(DataError::toString).containsExactly(
                        "school_terms.csv:3:3: start_date: spring 2015/16 (2015-12-18 to 2016-03-24) overlaps autumn 2015/16"
                                + " (2015-09-03 to 2015-12-18, line 2)",
                        "school_terms.csv:4:1: academic_year: autumn 2015/16 is also on line 2",
                        "school_terms.csv:5:3: start_date: start_date 2015-04-18 is not in the academic year 2016/17"
                                + " (2016-08-01 to 2017-07-31)"));
    }

    @Test
    void stopsAtTheErrorLimitAndCountsTheRest() {
        StringBuilder offences = new StringBuilder("record_id,person_id,date,disposal,serious,gravity,source\n");
        for (int i = 1; i <= 1500; i++) {
            offences.append("OF-").append(i).append(",P-2,2015-02-30,conviction,false,,YOS\n");
        }
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("offences.csv", offences.toString()).write();

        InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class, () -> CanonicalReader.read(folder));

        assertThat(thrown.errors()).hasSize(CanonicalReader.ERROR_LIMIT);
        assertThat(thrown.errors().get(999).toString()).startsWith("offences.csv:1001:3: date:");
        assertThat(thrown.errorCount()).isEqualTo(1500);
        assertThat(thrown.getMessage()).startsWith(temp.resolve("data") + ": 1500 errors; nothing was loaded")
                .endsWith("and 1480 more");
    }

    @Test
    void aFileTheFormatDoesNotHaveIsAnUnknownRecordKind() {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("arrests.csv", "record_id\nAR-1\n").write();

        assertThatThrownBy(() -> CanonicalReader.read(folder)).isInstanceOfSatisfying(InvalidDataException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.file()).isEqualTo("arrests.csv");
                    assertThat(error.toString()).startsWith("arrests.csv:0:0: unknown record kind 'arrests': a data folder"
                            + " holds people.csv, families.csv, memberships.csv, interventions.csv, tier_changes.csv,"
                            + " team_around_family.csv, school_terms.csv and one file per record kind (offences, asb_incidents");
                }));
    }

    @Test
    void anUnknownRecordKindIsRejectedEvenWhenSkippingInvalidRows() {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("arrests.csv", "record_id\nAR-1\n").write();

        assertThatThrownBy(() -> CanonicalReader.readSkippingInvalid(folder))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("unknown record kind 'arrests'");
    }

    @Test
    void anUnknownColumnIsAnErrorNamingTheColumnsTheFileHas() {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("offences.csv", """
                record_id,person_id,date,disposal,serious,gravity,source,colour
                OF-1,P-2,2015-01-10,conviction,false,3,YOS,red
                """).write();

        assertThatThrownBy(() -> CanonicalReader.read(folder)).isInstanceOfSatisfying(InvalidDataException.class,
                e -> assertThat(e.errors()).extracting(DataError::toString).containsExactly(
                        "offences.csv:1:8: colour: unknown column 'colour'; the columns of offences.csv are record_id,"
                                + " person_id, date, disposal, serious, gravity, source"));
    }

    @Test
    void aColumnInTheWrongCaseIsUnknownWithAHint() {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("offences.csv", """
                record_id,Person_ID,date,disposal
                OF-1,P-2,2015-01-10,conviction
                """).write();

        assertThatThrownBy(() -> CanonicalReader.read(folder)).isInstanceOfSatisfying(InvalidDataException.class,
                e -> assertThat(e.errors()).extracting(DataError::toString).containsExactly(
                        "offences.csv:1:0: person_id: required column 'person_id' is missing from offences.csv",
                        "offences.csv:1:2: Person_ID: unknown column 'Person_ID' (did you mean 'person_id'?); the columns"
                                + " of offences.csv are record_id, person_id, date, disposal, serious, gravity, source"));
    }

    @Test
    void aMissingRequiredColumnIsAnErrorNamingTheFile() {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("memberships.csv", """
                family_id,person_id,start_date
                F-1,P-1,2014-01-01
                """).write();

        assertThatThrownBy(() -> CanonicalReader.readSkippingInvalid(folder)).isInstanceOfSatisfying(
                InvalidDataException.class, e -> assertThat(e.errors()).extracting(DataError::toString).containsExactly(
                        "memberships.csv:1:0: role: required column 'role' is missing from memberships.csv"));
    }

    @Test
    void optionalColumnsMayBeLeftOut() {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("offences.csv", """
                date,disposal,person_id,record_id
                2015-01-10,conviction,P-2,OF-1
                """).write();

        assertThat(CanonicalReader.read(folder).records()).containsExactly(
                new Offence("OF-1", "P-2", java.time.LocalDate.of(2015, 1, 10), Offence.Disposal.CONVICTION, false, null,
                        null));
    }

    @Test
    void everyFolderHasPeopleFamiliesAndMemberships() {
        Path folder = DataFolderFixture.in(temp.resolve("data")).without("people.csv").write();

        assertThatThrownBy(() -> CanonicalReader.read(folder)).isInstanceOfSatisfying(InvalidDataException.class,
                e -> assertThat(e.errors()).extracting(DataError::toString).containsExactly(
                        "people.csv:0:0: is missing: every data folder has people.csv, families.csv, memberships.csv"));
    }

    @Test
    void aFolderThatIsNotThereIsRejected() {
        Path missing = temp.resolve("nowhere");

        assertThatThrownBy(() -> CanonicalReader.read(missing)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining(missing + ":0:0: is not a folder");
    }

    @Test
    void listsEveryHeaderProblemBeforeReadingAnyRow() {
        Path folder = DataFolderFixture.in(temp.resolve("data"))
                .with("offences.csv", "record_id,person_id,date,date\n")
                .with("notes.csv", "text\n")
                .with("families.csv", "")
                .write();

        assertThatThrownBy(() -> CanonicalReader.read(folder)).isInstanceOfSatisfying(InvalidDataException.class,
                e -> assertThat(e.errors()).extracting(DataError::toString).satisfiesExactly(
                        error -> assertThat(error).isEqualTo(
                                "families.csv:0:0: is empty: a file starts with a header row naming its columns"),
                        error -> assertThat(error).isEqualTo(
                                "offences.csv:1:0: disposal: required column 'disposal' is missing from offences.csv"),
                        error -> assertThat(error).isEqualTo("offences.csv:1:4: date: column 'date' is also column 3"),
                        error -> assertThat(error).startsWith("notes.csv:0:0: unknown record kind 'notes'")));
    }
}
