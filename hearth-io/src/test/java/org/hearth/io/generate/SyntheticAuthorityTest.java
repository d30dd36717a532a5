package org.hearth.io.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.engine.timeline.Vocabulary.Sex;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.engine.timeline.WorkerAssessment;
import org.hearth.io.Population;
import org.hearth.io.TeamMember;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SyntheticAuthorityTest {
    private static final List<SyntheticAuthority.Question> QUESTIONS = List.of(
            new SyntheticAuthority.Question("southwark", "1.2", false),
            new SyntheticAuthority.Question("worcestershire", "lead_worker_judgement", true));
    private static Population AUTHORITY;

    // Made here, not in a static initialiser: generation runs on worker threads, which must not wait
    // for this class to finish initialising.
    @BeforeAll
    static void generate() {
        AUTHORITY = new SyntheticAuthority(600, 42, QUESTIONS).generate(i -> { });
    }

    @Test
    @DisplayName("the same seed gives the same authority, record for record; another seed another")
    void deterministic() {
        Population again = new SyntheticAuthority(600, 42, QUESTIONS).generate(i -> { });
        Population other = new SyntheticAuthority(600, 43, QUESTIONS).generate(i -> { });

        assertThat(again.records()).isEqualTo(AUTHORITY.records());
        assertThat(again.people()).isEqualTo(AUTHORITY.people());
        assertThat(again.personNames()).isEqualTo(AUTHORITY.personNames());
        assertThat(other.records()).isNotEqualTo(AUTHORITY.records());
        assertThat(other.personNames()).isNotEqualTo(AUTHORITY.personNames());
    }

    @Test
    @DisplayName("households have one or two parents, mostly one to four children, and everyone is born before the data ends")
    void realisticHouseholds() {
        Map<String, Integer> children = new HashMap<>();
        Map<String, Integer> parents = new HashMap<>();
        for (Membership membership : AUTHORITY.memberships()) {
            if (membership.role() == Role.CHILD) {
                children.merge(membership.familyId(), 1, Integer::sum);
            } else if (membership.role() == Role.PARENT_CARER) {
                parents.merge(membership.familyId(), 1, Integer::sum);
            }
        }
        assertThat(parents.values()).allMatch(n -> n == 1 || n == 2);
        double averagePeople = (double) AUTHORITY.people().size() / AUTHORITY.families().size();
        assertThat(averagePeople).isBetween(3.0, 5.0);
        assertThat(children.values().stream().filter(n -> n >= 1 && n <= 4).count())
                .isGreaterThan(AUTHORITY.families().size() * 8L / 10);
        assertThat(AUTHORITY.people()).allMatch(p -> p.dateOfBirth().isBefore(SyntheticAuthority.DATA_END));
    }

    @Test
    @DisplayName("everyone has a given name by their sex and a family name; most households share one family name, some"
            + " do not, and a few family names are double-barrelled")
    void names() {
        assertThat(AUTHORITY.personNames()).hasSize(AUTHORITY.people().size());
        Map<String, Set<String>> familyNames = new HashMap<>();
        for (Membership membership : AUTHORITY.memberships()) {
            familyNames.computeIfAbsent(membership.familyId(), family -> new HashSet<>())
                    .add(AUTHORITY.personName(membership.personId()).familyName());
        }
        long sharing = familyNames.values().stream().filter(names -> names.size() == 1).count();
        assertThat(sharing).isGreaterThan(AUTHORITY.families().size() * 7L / 10).isLessThan(AUTHORITY.families().size());
        assertThat(AUTHORITY.personNames().values()).anyMatch(name -> name.familyName().contains("-"))
                .allMatch(name -> name.givenName() != null && name.familyName() != null);
        Set<String> women = new HashSet<>();
        Set<String> men = new HashSet<>();
        for (Person person : AUTHORITY.people()) {
            (person.sex() == Sex.FEMALE ? women : men).add(AUTHORITY.personName(person.personId()).givenName());
        }
        assertThat(women).doesNotContainAnyElementsOf(men);
    }

    @Test
    @DisplayName("every record is about a member of a family or about a family's household, and no record starts after the data ends")
    void recordsBelongToFamilies() {
        Set<String> people = new HashSet<>();
        AUTHORITY.people().forEach(p -> people.add(p.personId()));
        Set<String> families = new HashSet<>(AUTHORITY.families());
        for (TimelineRecord record : AUTHORITY.records()) {
            if (record.personId() != null) {
                assertThat(people).contains(record.personId());
            } else {
                assertThat(families).contains(record.familyId());
            }
            assertThat(record.start()).isBeforeOrEqualTo(SyntheticAuthority.DATA_END);
        }
    }

    @Test
    @DisplayName("about seven in ten families are engaged, each with about a hundred records or fewer, and every kind of record the plans use appears")
    void realisticVolumes() {
        assertThat(AUTHORITY.interventions().size()).isBetween(350, 490);
        double perFamily = (double) AUTHORITY.records().size() / AUTHORITY.families().size();
        assertThat(perFamily).isBetween(20.0, 130.0);
        Set<RecordKind<?>> kinds = new HashSet<>();
        AUTHORITY.records().forEach(r -> kinds.add(r.kind()));
        assertThat(kinds).contains(RecordKind.OFFENCES, RecordKind.ATTENDANCE, RecordKind.SOCIAL_CARE, RecordKind.BENEFITS,
                RecordKind.EMPLOYMENT, RecordKind.EARNINGS, RecordKind.POLICE_CALLOUTS, RecordKind.ASSESSMENTS,
                RecordKind.HEALTH_EVENTS, RecordKind.WORKER_ASSESSMENTS, RecordKind.FINANCES, RecordKind.SERVICES);
    }

    @Test
    @DisplayName("key workers answer while the work goes on, at several reviews; the lead worker's judgement (a claim "
            + "route's question) is last given on the day the case closed or, still open, in the six months to 31 March 2019")
    void answersDuringTheWork() {
        Map<String, Intervention> work = new HashMap<>();
        AUTHORITY.interventions().forEach(i -> work.put(i.familyId(), i));
        Map<String, Integer> answers = new HashMap<>();
        Map<String, LocalDate> latestJudgement = new HashMap<>();
        for (TimelineRecord record : AUTHORITY.records()) {
            if (record instanceof WorkerAssessment answer) {
                Intervention intervention = work.get(answer.familyId());
                LocalDate end = intervention.closedOn() == null ? SyntheticAuthority.DATA_END : intervention.closedOn();
                assertThat(answer.assessedOn()).isAfter(intervention.engagedOn()).isBeforeOrEqualTo(end);
                answers.merge(answer.familyId() + " " + answer.question(), 1, Integer::sum);
                if (answer.question().equals("lead_worker_judgement")) {
                    latestJudgement.merge(answer.familyId(), answer.assessedOn(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        assertThat(answers.values().stream().filter(n -> n >= 2).count()).isGreaterThan(answers.size() / 2L);
        assertThat(latestJudgement).hasSizeGreaterThan(AUTHORITY.interventions().size() / 3);
        latestJudgement.forEach((family, given) -> {
            LocalDate closed = work.get(family).closedOn();
            if (closed == null) {
                assertThat(given).isAfterOrEqualTo(LocalDate.of(2018, 10, 1));
            } else {
                assertThat(given).isEqualTo(closed);
            }
        });
    }

    @Test
    @DisplayName("the population makes one timeline per family, each with its members and their records")
    void timelines() {
        List<FamilyTimeline> timelines = AUTHORITY.timelines();

        assertThat(timelines).hasSize(600);
        FamilyTimeline first = timelines.get(0);
        assertThat(first.memberships()).isNotEmpty();
        for (Membership membership : first.memberships()) {
            Person person = first.person(membership.personId());
            assertThat(person).isNotNull();
        }
    }

    @Test
    @DisplayName("every change of tier says why, in words that match its direction, and every engaged family has a Team"
            + " Around the Family of one to four professionals, each in it while the work is open")
    void pathway() {
        List<Intervention.TierChange> changes = new ArrayList<>();
        Map<String, Intervention> interventions = new HashMap<>();
        for (Intervention intervention : AUTHORITY.interventions()) {
            interventions.put(intervention.interventionId(), intervention);
            Tier before = intervention.tier();
            for (Intervention.TierChange change : intervention.tierChanges()) {
                changes.add(change);
                assertThat(change.reason()).as(change.recordId()).containsAnyOf(
                        change.tier().level() > before.level() ? new String[] {"escalated", "section 47"}
                                : new String[] {"progress sustained", "stepped down", "plan ended"});
                before = change.tier();
            }
        }
        assertThat(changes).hasSizeGreaterThan(20);
        Map<String, Long> teamSizes = new HashMap<>();
        for (TeamMember member : AUTHORITY.teamMembers()) {
            Intervention intervention = interventions.get(member.interventionId());
            LocalDate last = intervention.closedOn() != null ? intervention.closedOn() : SyntheticAuthority.DATA_END;
            assertThat(member.start()).as(member.recordId()).isBetween(intervention.engagedOn(), last);
            assertThat(member.end() == null || !member.end().isAfter(last) && !member.end().isBefore(member.start()))
                    .as(member.recordId()).isTrue();
            assertThat(member.role()).isNotBlank();
            assertThat(member.organisation()).isNotBlank();
            teamSizes.merge(member.interventionId(), 1L, Long::sum);
        }
        assertThat(teamSizes.keySet()).isEqualTo(interventions.keySet());
        assertThat(teamSizes.values()).allMatch(size -> size >= 1 && size <= 4);
    }

    @Test
    @DisplayName("earlier episodes of early help come only when asked for, change nothing else, and each closed before its"
            + " family engaged again: about half within six months (re-referrals), the others longer before")
    void earlierEpisodes() {
        Population withEarlier = new SyntheticAuthority(600, 42, QUESTIONS).withEarlierEpisodes().generate(i -> { });
        Map<String, Intervention> later = new HashMap<>();
        AUTHORITY.interventions().forEach(one -> later.put(one.familyId(), one));

        List<Intervention> earlier = withEarlier.interventions().stream()
                .filter(one -> !AUTHORITY.interventions().contains(one)).toList();

        assertThat(AUTHORITY.interventions()).noneMatch(one -> one.interventionId().startsWith("IP"));
        assertThat(withEarlier.interventions()).containsAll(AUTHORITY.interventions());
        assertThat(withEarlier.people()).isEqualTo(AUTHORITY.people());
        assertThat(withEarlier.memberships()).isEqualTo(AUTHORITY.memberships());
        assertThat(withEarlier.records()).isEqualTo(AUTHORITY.records());
        assertThat(withEarlier.teamMembers()).isEqualTo(AUTHORITY.teamMembers());
        assertThat(earlier).hasSizeBetween(later.size() / 6, later.size() / 3);
        long withinSixMonths = 0;
        for (Intervention episode : earlier) {
            Intervention next = later.get(episode.familyId());
            assertThat(episode.closedOn()).as(episode.interventionId()).isBefore(next.engagedOn());
            assertThat(episode.closureReason()).isNotBlank();
            withinSixMonths += next.engagedOn().isAfter(episode.closedOn().plusMonths(6)) ? 0 : 1;
        }
        assertThat(withinSixMonths).isBetween(earlier.size() * 3L / 10, earlier.size() * 7L / 10);
    }
}
