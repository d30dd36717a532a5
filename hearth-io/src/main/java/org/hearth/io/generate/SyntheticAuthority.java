package org.hearth.io.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.SchoolCalendar;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.io.PersonName;
import org.hearth.io.Population;
import org.hearth.io.TeamMember;

/**
 * Makes a realistic synthetic authority: households of realistic sizes and ages, school terms,
 * offending, attendance, social care, benefits and work, domestic abuse, health, and key work, with
 * some families turning around after engagement and some not; people have common names ({@link Names}).
 * Entirely made up: no real person's data.
 * Key workers answer the plans' questions at the reviews of the work, and a claim route's question when
 * a claim is considered (see {@code KeyWork.assessments}).
 *
 * <p>The same number of families and seed always give the same authority. Families are made
 * independently (each from its own split of the seeded stream), so they can be made in parallel. What only the
 * early-help pathway shows (why a tier changed, the Team Around the Family, earlier episodes of early help:
 * {@link EarlyHelpPathway}) is drawn from a second stream, seeded apart, so that it changes nothing else.
 */
public final class SyntheticAuthority {
    /** The last day the synthetic data covers; the demo reviews families as at this day. */
    public static final LocalDate DATA_END = LocalDate.of(2019, 3, 31);
    /** Mixed into the seed for the pathway's own stream, so that it never repeats the families' stream. */
    private static final long PATHWAY_STREAM = 0x7A7F_EA71_5EEDL;

    private final int families;
    private final long seed;
    private final List<Question> questions;
    private final boolean earlierEpisodes;

    /**
     * @param questions the plans' key-worker questions to answer for some families
     */
    public SyntheticAuthority(int families, long seed, List<Question> questions) {
        this(families, seed, questions, false);
    }

    private SyntheticAuthority(int families, long seed, List<Question> questions, boolean earlierEpisodes) {
        if (families < 1) {
            throw new IllegalArgumentException("at least one family is needed");
        }
        this.families = families;
        this.seed = seed;
        this.questions = List.copyOf(questions);
        this.earlierEpisodes = earlierEpisodes;
    }

    /**
     * The same authority with, for one engaged family in four, an earlier episode of early help that closed before
     * the family engaged again (about half of them within six months: re-referrals). Asked for, not given by
     * default, because an earlier episode is the intervention a family was engaged in on a review date before its
     * later engagement, and so changes the decisions of such days.
     */
    public SyntheticAuthority withEarlierEpisodes() {
        return new SyntheticAuthority(families, seed, questions, true);
    }

    /** The school calendar of the synthetic authority: the standard pattern, 2005/06 to 2019/20. */
    public static SchoolCalendar calendar() {
        return SchoolCalendar.standard(2005, 2019);
    }

    /** Makes the authority; {@code progress} is told of each family made. */
    public Population generate(IntConsumer progress) {
        SchoolCalendar calendar = calendar();
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom pathwayRoot = new SplittableRandom(seed ^ PATHWAY_STREAM);
        Chance[] dice = new Chance[families];
        Chance[] pathwayDice = new Chance[families];
        for (int i = 0; i < families; i++) {
            dice[i] = new Chance(root.split());
            pathwayDice[i] = new Chance(pathwayRoot.split());
        }
        Family[] made = new Family[families];
        IntStream.range(0, families).parallel().forEach(i -> {
            made[i] = family(i, dice[i], pathwayDice[i], calendar);
            progress.accept(i);
        });
        List<String> familyIds = new ArrayList<>(families);
        List<Person> people = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        List<Intervention> interventions = new ArrayList<>();
        List<TeamMember> team = new ArrayList<>();
        List<TimelineRecord> records = new ArrayList<>();
        Map<String, PersonName> names = new HashMap<>();
        for (Family family : made) {
            familyIds.add(family.household.familyId);
            people.addAll(family.household.people);
            memberships.addAll(family.household.memberships);
            if (family.earlier != null) {
                interventions.add(family.earlier);
            }
            if (family.intervention != null) {
                interventions.add(family.intervention);
            }
            team.addAll(family.team);
            records.addAll(family.sink.records);
            names.putAll(family.names);
        }
        return new Population(familyIds, people, memberships, interventions, calendar, records, Map.of(), names, team);
    }

    private Family family(int index, Chance chance, Chance pathway, SchoolCalendar calendar) {
        String number = String.format("%06d", index + 1);
        Ids ids = new Ids(number);
        Story story = Story.make(chance, DATA_END);
        Household household = Household.make("F" + number, story.referenceDay(), ids, chance);
        Sink sink = new Sink(DATA_END);
        CrimeHistory.make(household, story, ids, chance, sink);
        SchoolHistory.make(household, story, calendar, ids, chance, sink);
        SocialCareHistory.make(household, story, ids, chance, sink);
        WorkHistory.make(household, story, ids, chance, sink);
        AbuseHistory.make(household, story, ids, chance, sink);
        HealthHistory.make(household, story, ids, chance, sink);
        KeyWork.concerns(household, story, ids, chance, sink);
        if (!story.engaged()) {
            return new Family(household, null, null, List.of(), sink, Names.of(household, seed));
        }
        Intervention intervention = KeyWork.intervention(household, story, ids, chance, DATA_END);
        KeyWork.assessments(household, story, intervention, questions, ids, chance, sink);
        // The pathway's dice are thrown in this order, the earlier episode last: asking for it changes nothing else.
        Intervention reasoned = EarlyHelpPathway.withReasons(intervention, pathway);
        List<TeamMember> team = EarlyHelpPathway.team(reasoned, number, pathway, DATA_END);
        Intervention earlier = earlierEpisodes ? EarlyHelpPathway.earlierEpisode(reasoned, number, pathway) : null;
        return new Family(household, reasoned, earlier, team, sink, Names.of(household, seed));
    }

    /** @param earlier an earlier episode of early help, or null */
    private record Family(Household household, Intervention intervention, Intervention earlier, List<TeamMember> team,
                          Sink sink, Map<String, PersonName> names) {
    }

    /**
     * A plan's key-worker question: the plan's id and the question's (an outcome id, or a programme
     * question), and whether a claim route asks it, so that it is also answered when a claim is considered.
     */
    public record Question(String planId, String question, boolean forClaim) {
    }
}
