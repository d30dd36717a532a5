package org.hearth.engine.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.List;
import java.util.Map;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.Offence.Disposal;
import org.hearth.engine.timeline.Vocabulary.Sex;
import org.junit.jupiter.api.Test;

/** A timeline's records looked up by the people they are about, kept in date order. */
class FamilyTimelineTest {

    private static PoliceCallout callout(String id, String familyId, String personId, String date) {
        return new PoliceCallout(id, familyId, personId, d(date), false, false, "police");
    }

    private static Offence offence(String id, String personId, String date) {
        return new Offence(id, personId, d(date), Disposal.CONVICTION, false, null, "YOS");
    }

    /** Added out of order: the household's call-out, the mother's (naming this family), the child's and a visitor's. */
    private static FamilyTimeline timeline() {
        return FamilyFixture.family("F1").mother("M", "1980-01-01").child("C", "2001-05-05")
                .records(callout("PC4", "F1", "V", "2015-04-01"), callout("PC3", "F2", "C", "2015-03-01"),
                        callout("PC2", "F1", "M", "2015-02-01"), callout("PC1", "F1", null, "2015-01-01"),
                        offence("OF2", "C", "2016-01-01"), offence("OF1", "C", "2015-01-01"),
                        offence("OF3", "M", "2015-06-01"))
                .build();
    }

    private static List<String> ids(List<? extends TimelineRecord> records) {
        return records.stream().map(TimelineRecord::recordId).toList();
    }

    @Test
    void eachPersonsRecordsOfAKindEarliestFirst() {
        FamilyTimeline family = timeline();

        assertThat(ids(family.records(RecordKind.OFFENCES, "C"))).containsExactly("OF1", "OF2");
        assertThat(ids(family.records(RecordKind.OFFENCES, "M"))).containsExactly("OF3");
        assertThat(family.records(RecordKind.OFFENCES, "V")).isEmpty();
        assertThat(ids(family.records(RecordKind.POLICE_CALLOUTS, "V"))).containsExactly("PC4");
    }

    @Test
    void recordsOnTheSameDayAreInIdOrderAndDaysBefore1970SortFirst() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("M", "1950-01-01").child("C", "2001-05-05")
                .records(offence("OF-B", "C", "2015-01-01"), offence("OF-10", "C", "2015-01-01"),
                        offence("OF-A", "M", "2015-01-01"), offence("OF-Z", "M", "1969-12-31"),
                        offence("OF-Y", "M", "1969-12-31"), offence("OF-C", "C", "2014-12-31"))
                .build();

        // String order, as the ids compare: "OF-10" < "OF-A" < "OF-B"
        assertThat(ids(family.recordsAbout(RecordKind.OFFENCES, List.of("M", "C"), false)))
                .containsExactly("OF-Y", "OF-Z", "OF-C", "OF-10", "OF-A", "OF-B");
    }

    @Test
    void theGroupsRecordsAreMergedBackIntoDateOrder() {
        FamilyTimeline family = timeline();

        assertThat(ids(family.recordsAbout(RecordKind.OFFENCES, List.of("M", "C"), false)))
                .containsExactly("OF1", "OF3", "OF2");
        assertThat(ids(family.recordsAbout(RecordKind.POLICE_CALLOUTS, List.of("C"), false))).containsExactly("PC3");
        assertThat(family.recordsAbout(RecordKind.POLICE_CALLOUTS, List.of(), false)).isEmpty();
    }

    @Test
    void theHouseholdsRecordsNameNoPersonOrNameThisFamilyAndAreListedOnce() {
        FamilyTimeline family = timeline();

        assertThat(ids(family.recordsAbout(RecordKind.POLICE_CALLOUTS, List.of(), true)))
                .as("a call-out to the home that names a visitor is still the household's")
                .containsExactly("PC1", "PC2", "PC4");
        assertThat(ids(family.recordsAbout(RecordKind.POLICE_CALLOUTS, List.of("M", "C"), true)))
                .as("the mother's call-out names this family too, and is listed once")
                .containsExactly("PC1", "PC2", "PC3", "PC4");
    }

    @Test
    void eachMembershipsPersonInMembershipOrder() {
        FamilyTimeline family = timeline();

        assertThat(family.membershipPeople()).extracting(Person::personId).containsExactly("M", "C");
        assertThat(family.memberships()).extracting(Membership::personId).containsExactly("M", "C");
    }

    private static WorkerAssessment answer(String id, String question, String date) {
        return new WorkerAssessment(id, "F1", null, question, true, d(date), "KW1", d(date), "TM1", "team manager",
                "case system");
    }

    @Test
    void theAnswersToOneQuestionEarliestFirstWhateverOrderTheyCameIn() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("M", "1980-01-01")
                .records(answer("WA5", "1.2", "2016-02-01"), answer("WA4", "1.10", "2016-01-01"),
                        answer("WA3", "1.1", "2016-03-01"), answer("WA2", "1.2", "2015-12-01"),
                        answer("WA1", "1.1", "2015-11-01"))
                .build();

        assertThat(ids(family.answersTo("1.1"))).containsExactly("WA1", "WA3");
        assertThat(ids(family.answersTo("1.2"))).containsExactly("WA2", "WA5");
        assertThat(ids(family.answersTo("1.10"))).as("1.10 is not 1.1").containsExactly("WA4");
        assertThat(family.answersTo("1.0")).as("sorts before every question").isEmpty();
        assertThat(family.answersTo("1.15")).as("sorts between questions").isEmpty();
        assertThat(family.answersTo("9")).as("sorts after every question").isEmpty();
    }

    @Test
    void countingInDaysTakesBothEndDaysAndStopsAtEnough() {
        FamilyTimeline family = timeline();
        List<Person> child = List.of(family.person("C"));
        long first = d("2015-01-01").toEpochDay();
        long last = d("2016-01-01").toEpochDay();

        assertThat(family.count(RecordKind.OFFENCES, listed(child), false, first, last, null, 9))
                .as("offences on the first and the last day both count").isEqualTo(2);
        assertThat(family.count(RecordKind.OFFENCES, listed(child), false, first + 1, last - 1, null, 9)).isZero();
        assertThat(family.count(RecordKind.OFFENCES, listed(child), false, first, last, null, 1))
                .as("no further than enough").isEqualTo(1);
        assertThat(family.count(RecordKind.OFFENCES, listed(child), false, first, last,
                RecordKind.OFFENCES.where(Map.of("proven", true)), 9)).as("convictions are proven").isEqualTo(2);
        assertThat(family.count(RecordKind.OFFENCES, listed(child), false, first, last,
                RecordKind.OFFENCES.where(Map.of("disposal", List.of("caution", "youth_caution"))), 9)).isZero();
        assertThat(family.count(RecordKind.POLICE_CALLOUTS, listed(List.of(family.person("M"))), true,
                d("2015-01-01").toEpochDay(), d("2015-04-01").toEpochDay(), null, 9))
                .as("the mother's call-out and the household's, each once").isEqualTo(3);
    }

    @Test
    void aGroupCountedAsBitsCountsAsTheGroupDoes() {
        FamilyTimeline family = timeline();
        Person mother = family.person("M");
        Person child = family.person("C");
        long first = d("2015-01-01").toEpochDay();
        long last = d("2015-12-31").toEpochDay();

        assertThat(family.count(RecordKind.POLICE_CALLOUTS, family.group(List.of(mother)), true, first,
                d("2015-04-01").toEpochDay(), null, 9)).as("the mother's call-out and the household's, each once")
                .isEqualTo(3);
        for (List<Person> group : List.of(List.<Person>of(), List.of(mother), List.of(child), List.of(mother, child))) {
            for (RecordKind<?> kind : List.of(RecordKind.POLICE_CALLOUTS, RecordKind.OFFENCES)) {
                for (boolean household : new boolean[] {false, true}) {
                    for (int enough : new int[] {1, 2, 9}) {
                        assertThat(family.count(kind, family.group(group), household, first, last, null, enough))
                                .as("%s of %s, household %s, enough %d", kind.name(), group, household, enough)
                                .isEqualTo(family.count(kind, listed(group), household, first, last, null, enough));
                    }
                }
            }
        }
    }

    @Test
    void aGroupNotAllKnownToTheTimelineOrOfAVeryLargeOneIsNotGivenAsBits() {
        FamilyTimeline family = timeline();
        FamilyFixture crowd = FamilyFixture.family("F9");
        for (int i = 0; i < 63; i++) {
            crowd.otherAdult("P" + i, "1980-01-01");
        }
        FamilyTimeline large = crowd.build();

        assertThat(family.group(List.of(new Person("X", d("2000-01-01"), Sex.MALE, null, null))).mask())
                .isEqualTo(Group.UNMASKED);
        assertThat(large.group(List.of(large.person("P0"))).mask()).isEqualTo(Group.UNMASKED);
        assertThat(family.group(List.of()).mask()).isZero();
    }

    /**
     * The members on a day, as numbers, give each group with the same members and bits as the timeline
     * makes from the list: a member who left the day before, or joins the day after, is not one of them.
     */
    @Test
    void theMembersOnADayGiveEachGroupReadyToCountWith() {
        FamilyTimeline family = FamilyFixture.family("F3").mother("M", "1985-03-03").child("C", "2010-10-10")
                .member("L", "2001-01-01", Sex.MALE, Vocabulary.Role.OTHER_ADULT, false, null, "2019-03-30")
                .member("J", "2002-02-02", Sex.FEMALE, Vocabulary.Role.OTHER_ADULT, false, "2019-04-01", null).build();
        MembersOnDay onTheDay = family.membersOnDay(d("2019-03-31").toEpochDay());

        Group everyone = onTheDay.group((bornOn, female, parent) -> true);
        assertThat(everyone.people()).extracting(Person::personId).containsExactly("M", "C");
        assertThat(everyone.mask()).isEqualTo(family.group(everyone.people()).mask());
        Group mothers = onTheDay.group((bornOn, female, parent) -> female && parent);
        assertThat(mothers.people()).extracting(Person::personId).containsExactly("M");
        assertThat(mothers.mask()).isEqualTo(family.group(List.of(family.person("M"))).mask()).isNotZero();
        assertThat(onTheDay.group((bornOn, female, parent) -> bornOn > 20200101).people()).isEmpty();
        assertThat(onTheDay.parent(family.person("M"))).isTrue();
        assertThat(onTheDay.parent(family.person("C"))).isFalse();
        assertThat(onTheDay.parent(family.person("L"))).as("no longer a member").isFalse();
    }

    @Test
    void aPersonsRecordsFoundByThePersonAsByTheirId() {
        FamilyTimeline family = timeline();
        Person child = family.person("C");
        Person sameChildElsewhere = new Person("C", child.dateOfBirth(), child.sex(), null, null);

        assertThat(ids(family.records(RecordKind.OFFENCES, child))).containsExactly("OF1", "OF2");
        assertThat(ids(family.records(RecordKind.OFFENCES, sameChildElsewhere))).containsExactly("OF1", "OF2");
        assertThat(ids(family.records(RecordKind.POLICE_CALLOUTS, family.person("M")))).containsExactly("PC2");
        assertThat(family.records(RecordKind.ASB_INCIDENTS, child)).as("a kind the family has none of").isEmpty();
    }

    @Test
    void eachRecordsSpanInDaysEarliestFirstOnlyThoseTheFilterPassesAnOpenSpellToTheLargestDay() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("M", "1980-01-01").child("C", "2001-05-05")
                .records(new SocialCareEpisode("SC2", "C", SocialCareEpisode.Kind.CHILD_IN_NEED, d("2016-02-29"), null,
                                null, "CMS"),
                        new SocialCareEpisode("SC1", "C", SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN, d("2015-01-01"),
                                d("2015-06-30"), SocialCareEpisode.EndReason.STEPPED_DOWN, "CMS"))
                .build();
        int first = (int) d("2015-01-01").toEpochDay();
        int last = (int) d("2015-06-30").toEpochDay();
        int leapDay = (int) d("2016-02-29").toEpochDay();

        assertThat(family.spans(RecordKind.SOCIAL_CARE, null))
                .containsExactly(first, last, leapDay, Integer.MAX_VALUE);
        assertThat(family.spans(RecordKind.SOCIAL_CARE,
                RecordKind.SOCIAL_CARE.where(Map.of("episode_type", "child_in_need"))))
                .containsExactly(leapDay, Integer.MAX_VALUE);
        assertThat(family.spans(RecordKind.OFFENCES, null)).isEmpty();
    }

    @Test
    void aChildsAttendanceFiguresAreItsRecordsInTheirOrderWithTheTermAsYearAndTermOfTheYear() {
        SchoolTerm autumn = FamilyFixture.CALENDAR.term(2015, SchoolTerm.Term.AUTUMN);
        SchoolTerm spring = FamilyFixture.CALENDAR.term(2015, SchoolTerm.Term.SPRING);
        FamilyTimeline family = FamilyFixture.family("F1").mother("M", "1980-01-01").child("C", "2005-05-05")
                .records(new TermAttendance("TA2", "C", spring, 120, 7, 3, "100001", "school census"),
                        new TermAttendance("TA1", "C", autumn, 140, 10, 4, "100001", "school census"))
                .build();
        Person child = family.person("C");

        TermFigures figures = family.attendanceFigures(child);
        assertThat(ids(figures.records())).containsExactly("TA1", "TA2");
        assertThat(figures.size()).isEqualTo(2);
        assertThat(figures.term(0)).isEqualTo(TermFigures.key(autumn));
        assertThat(figures.term(1)).isEqualTo(TermFigures.key(spring));
        assertThat(new int[] {figures.possibleSessions(1), figures.authorisedAbsence(1), figures.unauthorisedAbsence(1)})
                .containsExactly(120, 7, 3);
        assertThat(TermFigures.key(new SchoolTerm(2015, SchoolTerm.Term.AUTUMN, d("2015-09-02"), d("2015-12-18"))))
                .as("the same term whatever its dates").isEqualTo(TermFigures.key(autumn));
        assertThat(TermFigures.key(FamilyFixture.CALENDAR.term(2016, SchoolTerm.Term.AUTUMN)))
                .isNotEqualTo(TermFigures.key(autumn));
        assertThat(family.attendanceFigures(family.person("M")).size()).isZero();
        assertThat(ids(family.attendanceFigures(new Person("C", child.dateOfBirth(), child.sex(), null, null)).records()))
                .as("the same child as another object, found by id").containsExactly("TA1", "TA2");
    }

    @Test
    void someoneBornOnADayOfTheRangeBothEndDaysIncluded() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("M", "1980-01-01").child("C", "2016-02-29").build();
        long leapDay = d("2016-02-29").toEpochDay();

        assertThat(family.anyoneBornBetween(leapDay, leapDay)).isTrue();
        assertThat(family.anyoneBornBetween(d("2015-03-01").toEpochDay(), leapDay)).isTrue();
        assertThat(family.anyoneBornBetween(leapDay + 1, d("2017-02-28").toEpochDay())).isFalse();
        assertThat(family.anyoneBornBetween(d("2015-02-28").toEpochDay(), leapDay - 1)).isFalse();
    }

    /** The group counted person by person, as a group the timeline cannot hold as bits is. */
    private static Group listed(List<Person> people) {
        return new Group(people, Group.UNMASKED);
    }
}
