package org.hearth.io.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.hearth.engine.timeline.Offence;
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
    void countsLinesOfTheFileNotRowsWhenACellRunsOverTwoLines() {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("offences.csv", """
                record_id,person_id,date,disposal,serious,gravity,source
                OF-1,P-2,2015-01-10,conviction,false,3,"YOS,
                north team"
                OF-2,P-2,2015-02-30,caution,false,,YOS
                """).write();

        assertThatThrownBy(() -> CanonicalReader.read(folder)).isInstanceOfSatisfying(InvalidDataException.class,
                e -> assertThat(e.errors()).extracting(DataError::toString).containsExactly(
                        "offences.csv:4:3: date: '2015-02-30' is not a real date: February 2015 has 28 days"));
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
                            + " school_terms.csv and one file per record kind (offences, asb_incidents");
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
