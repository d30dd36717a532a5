package org.hearth.io.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.io.Population;
import org.hearth.io.TeamMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same flawed folder read both ways: all-or-nothing reports only the causes and loads nothing;
 * skip-invalid loads every valid row and reports each row it left out, including the rows that
 * depend on a rejected person, membership or intervention.
 */
class CanonicalSkipInvalidTest {
    @TempDir
    Path temp;
    Path folder;

    @BeforeEach
    void writeFlawedFolder() {
        folder = DataFolderFixture.in(temp.resolve("data"))
                .with("people.csv", """
                        person_id,date_of_birth,sex,mother_id
                        P-1,1985-04-02,female,
                        P-2,2005-09-12,male,P-1
                        P-3,1983-01-20,male,
                        P-4,1999-02-29,female,
                        P-5,2016-01-10,male,P-4
                        """)
                .with("families.csv", """
                        family_id,reference
                        F-1,FM-0001
                        F-2,
                        F-3,
                        """)
                .with("memberships.csv", """
                        family_id,person_id,role,parenting_responsibility,start_date,end_date
                        F-1,P-1,parent_carer,true,2014-01-01,
                        F-1,P-2,child,false,2014-01-01,
                        F-2,P-3,parent,true,2014-01-01,
                        F-3,P-4,parent_carer,true,2014-01-01,
                        F-3,P-5,child,false,2016-01-10,
                        """)
                .with("interventions.csv", """
                        intervention_id,family_id,engaged_on,lead_worker,lead_organisation,tier,closed_on,closure_reason
                        I-1,F-1,2015-06-01,key worker,Early Help,targeted_early_help,,
                        I-2,F-2,2015-07-01,,,tier_2,,
                        """)
                .with("tier_changes.csv", """
                        record_id,intervention_id,date,tier
                        TC-1,I-1,2015-09-01,child_in_need
                        TC-2,I-2,2015-09-01,child_in_need
                        """)
                .with("team_around_family.csv", """
                        record_id,intervention_id,professional,role,organisation,start_date,end_date,source
                        TA-1,I-1,,school nurse,school nursing service,2015-06-01,,
                        TA-2,I-2,,housing officer,housing,2015-07-01,,
                        """)
                .with("offences.csv", """
                        record_id,person_id,date,disposal,serious,gravity,source
                        OF-1,P-2,2015-01-10,conviction,false,3,YOS
                        OF-2,P-4,2015-01-11,conviction,false,,YOS
                        OF-3,P-3,2015-01-12,caution,false,,YOS
                        OF-4,P-2,2015-02-30,caution,false,,YOS
                        """)
                .write();
    }

    @Test
    void allOrNothingReportsTheCausesAndLoadsNothing() {
        InvalidDataException thrown = catchThrowableOfType(InvalidDataException.class, () -> CanonicalReader.read(folder));

        assertThat(thrown.errors()).extracting(DataError::toString).containsExactly(
                "people.csv:5:2: date_of_birth: '1999-02-29' is not a real date: February 1999 has 28 days",
                "memberships.csv:4:3: role: 'parent' is not one of parent_carer, child, other_adult",
                "interventions.csv:3:6: tier: 'tier_2' is not one of universal_plus, targeted_early_help, child_in_need,"
                        + " child_protection_or_looked_after",
                "offences.csv:5:3: date: '2015-02-30' is not a real date: February 2015 has 28 days");
        assertThat(thrown.errorCount()).isEqualTo(4);
        assertThat(thrown).hasMessageStartingWith(folder + ": 4 errors; nothing was loaded");
    }

    @Test
    void skippingInvalidRowsReportsEachRowLeftOutAndWhy() {
        ReadResult result = CanonicalReader.readSkippingInvalid(folder);

        assertThat(result.rejected()).extracting(row -> row.file() + " line " + row.line() + ": "
                + row.reasons().stream().map(DataError::toString).toList()).containsExactly(
                "people.csv line 5: [people.csv:5:2: date_of_birth: '1999-02-29' is not a real date: February 1999 has 28 days]",
                "people.csv line 6: [people.csv:6:4: mother_id: mother P-4 was rejected (people.csv line 5)]",
                "memberships.csv line 4: [memberships.csv:4:3: role: 'parent' is not one of parent_carer, child, other_adult]",
                "memberships.csv line 5: [memberships.csv:5:2: person_id: person P-4 was rejected (people.csv line 5)]",
                "memberships.csv line 6: [memberships.csv:6:2: person_id: person P-5 was rejected (people.csv line 6)]",
                "interventions.csv line 3: [interventions.csv:3:6: tier: 'tier_2' is not one of universal_plus,"
                        + " targeted_early_help, child_in_need, child_protection_or_looked_after]",
                "tier_changes.csv line 3: [tier_changes.csv:3:2: intervention_id: intervention I-2 was rejected"
                        + " (interventions.csv line 3)]",
                "team_around_family.csv line 3: [team_around_family.csv:3:2: intervention_id: intervention I-2 was"
                        + " rejected (interventions.csv line 3)]",
                "offences.csv line 3: [offences.csv:3:2: person_id: person P-4 was rejected (people.csv line 5)]",
                "offences.csv line 4: [offences.csv:4:2: person_id: person P-3 has no valid membership"
                        + " (memberships.csv line 4 was rejected)]",
                "offences.csv line 5: [offences.csv:5:3: date: '2015-02-30' is not a real date: February 2015 has 28 days]");
    }

    @Test
    void skippingInvalidRowsKeepsEveryValidRow() {
        Population population = CanonicalReader.readSkippingInvalid(folder).population();

        assertThat(population.people()).extracting(Person::personId).containsExactly("P-1", "P-2", "P-3");
        assertThat(population.families()).containsExactly("F-1", "F-2", "F-3");
        assertThat(population.memberships()).extracting(Membership::personId).containsExactly("P-1", "P-2");
        assertThat(population.interventions()).singleElement().satisfies(intervention -> {
            assertThat(intervention.interventionId()).isEqualTo("I-1");
            assertThat(intervention.tierChanges()).extracting(Intervention.TierChange::recordId).containsExactly("TC-1");
        });
        assertThat(population.teamMembers()).extracting(TeamMember::recordId).containsExactly("TA-1");
        assertThat(population.records()).extracting(TimelineRecord::recordId).containsExactly("OF-1");
        assertThat(population.timelines()).hasSize(3);
    }

    @Test
    void aValidFolderHasNothingRejected() {
        Path valid = DataFolderFixture.in(temp.resolve("valid")).write();

        ReadResult result = CanonicalReader.readSkippingInvalid(valid);

        assertThat(result.rejected()).isEmpty();
        assertThat(result.population().records()).extracting(TimelineRecord::recordId).containsExactly("OF-1");
        Population strict = CanonicalReader.read(valid);
        assertThat(result.population().people()).isEqualTo(strict.people());
        assertThat(result.population().memberships()).isEqualTo(strict.memberships());
        assertThat(result.population().interventions()).isEqualTo(strict.interventions());
    }

    @Test
    void aRowRepeatingAnIdIsLeftOutAndTheFirstIsKept() {
        Path repeated = DataFolderFixture.in(temp.resolve("repeated")).with("people.csv", """
                person_id,date_of_birth,sex,mother_id
                P-1,1985-04-02,female,
                P-2,2005-09-12,male,P-1
                P-3,1983-01-20,male,
                P-2,2006-01-01,female,
                """).write();

        ReadResult result = CanonicalReader.readSkippingInvalid(repeated);

        assertThat(result.rejected()).extracting(row -> row.reasons().get(0).toString())
                .containsExactly("people.csv:5:1: person_id: 'P-2' is also on line 3");
        assertThat(result.population().people()).extracting(Person::dateOfBirth).extracting(Object::toString)
                .containsExactly("1985-04-02", "2005-09-12", "1983-01-20");
        assertThat(result.population().records()).hasSize(1);
        assertThat(result.population().memberships()).hasSize(3);
    }
    @Test
    void aRowLeftOutForARejectedPersonStillHasItsOwnFaultsReported() {
        Path flawed = DataFolderFixture.in(temp.resolve("own-faults")).with("people.csv", """
                person_id,date_of_birth,sex,mother_id
                P-1,1985-04-02,female,
                P-2,2005-09-12,male,P-1
                P-3,1983-01-20,male,
                P-4,1999-02-29,female,
                """).with("benefits.csv", """
                record_id,person_id,benefit,start_date,end_date,work_related_conditions,claim_type,source
                BN-1,P-4,jobseekers_allowance,2016-12-20,2016-12-01,false,single,DWP
                """).write();

        ReadResult result = CanonicalReader.readSkippingInvalid(flawed);

        assertThat(result.rejected()).filteredOn(row -> row.file().equals("benefits.csv")).singleElement()
                .satisfies(row -> assertThat(row.reasons()).extracting(DataError::toString).containsExactly(
                        "benefits.csv:2:2: person_id: person P-4 was rejected (people.csv line 5)",
                        "benefits.csv:2:5: end_date: end_date 2016-12-01 is before start_date 2016-12-20"));
    }

    @Test
    void allOrNothingKeepsEveryErrorWhenAskedNotOnlyTheFirstThousand() {
        StringBuilder offences = new StringBuilder("record_id,person_id,date,disposal,serious,gravity,source\n");
        for (int i = 1; i <= 1_500; i++) {
            offences.append("OF-").append(i).append(",P-2,2015-02-30,caution,false,,YOS\n");
        }
        Path many = DataFolderFixture.in(temp.resolve("many")).with("offences.csv", offences.toString()).write();

        InvalidDataException first = catchThrowableOfType(InvalidDataException.class, () -> CanonicalReader.read(many));
        InvalidDataException every = catchThrowableOfType(InvalidDataException.class, () -> CanonicalReader.read(many, true));

        assertThat(first.errors()).hasSize(CanonicalReader.ERROR_LIMIT);
        assertThat(first.errorCount()).isEqualTo(1_500);
        assertThat(every.errors()).hasSize(1_500);
        assertThat(every.errors().get(1_499).toString()).startsWith("offences.csv:1501:3: date: '2015-02-30'");
    }
}
