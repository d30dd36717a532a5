package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.ServiceEpisode;
import org.hearth.engine.timeline.TimelineRecord;

/**
 * Taking part in a service or programme for long enough, or completing it: "has completed a work or
 * volunteering placement OR has attended for 13 consecutive weeks, whichever is sooner" (Southwark
 * 4.3), "participates in a health related positive activity for 6 weeks or more" (6.6), "take up of
 * two and three year old funding and attending regularly for a six month period" (Sunderland), "an
 * income and debt repayment plan in place and implemented for at least two quarters" (Southwark 4.7).
 *
 * <pre>
 * type: participation
 * records: services
 * where: {service: [work_placement, volunteering]}
 * people: members
 * quantifier: any
 * at_least: {weeks: 13}          # optional: continuous time from the episode's start
 * completed_counts: true         # a completed episode counts whatever its length
 * started_after_identification: true
 * within: {months: 6}            # optional: the episode must overlap the last 6 months
 * applies_once_started: true     # optional: only those who started such an episode are in scope
 * </pre>
 *
 * <p>Rule: an episode qualifies when it matches, started on or after the identification day (unless
 * {@code started_after_identification: false}), overlaps {@code within} if given, and either lasted at
 * least {@code at_least} (from its start to its end, or to the reference day while open; computed as
 * start + period − 1 day ≤ last day) or, with {@code completed_counts}, ended completed on or before
 * the reference day. At least one of at_least and completed_counts must be given. A person meets it
 * with one qualifying episode; household-level episodes count for people: family, and then for every
 * member. Nobody in the group: not applicable. With {@code applies_once_started: true} only those with
 * an episode that passes the start and {@code within} tests (whether or not it lasted or was completed)
 * are in scope, so that the measure does not apply where nobody began one: "improved parenting skills
 * where relevant" (Southwark 3.2) asks a programme of parents who started one, and of no one else.
 */
public record Participation(RecordSelection selection, People people, Quantifier quantifier, Period atLeast,
                            Boolean completedCounts, Boolean startedAfterIdentification, Period within,
                            Boolean appliesOnceStarted)
        implements DataMeasure {

    public Participation {
        people = people == null ? People.FAMILY : people;
        quantifier = quantifier == null ? Quantifier.ANY : quantifier;
        completedCounts = completedCounts != null && completedCounts;
        startedAfterIdentification = startedAfterIdentification == null || startedAfterIdentification;
        appliesOnceStarted = appliesOnceStarted != null && appliesOnceStarted;
        if (atLeast == null && !completedCounts) {
            throw new IllegalArgumentException("give at_least, completed_counts: true, or both");
        }
    }

    @JsonCreator
    static Participation fromPlan(@JsonProperty("records") String records, @JsonProperty("where") Map<String, Object> where,
                                  @JsonProperty("people") People people, @JsonProperty("quantifier") Quantifier quantifier,
                                  @JsonProperty("at_least") Period atLeast,
                                  @JsonProperty("completed_counts") Boolean completedCounts,
                                  @JsonProperty("started_after_identification") Boolean startedAfterIdentification,
                                  @JsonProperty("within") Period within,
                                  @JsonProperty("applies_once_started") Boolean appliesOnceStarted) {
        return new Participation(new RecordSelection(records, where), people, quantifier, atLeast, completedCounts,
                startedAfterIdentification, within, appliesOnceStarted);
    }

    @Override
    public Status test(MeasureContext context, Witness witness) {
        List<Person> group = context.people(people);
        if (group.isEmpty()) {
            witness.says("nobody in the family is among %s on %s", people, context.referenceDay());
            return Status.NOT_APPLICABLE;
        }
        Terms terms = new Terms(atLeast, completedCounts,
                startedAfterIdentification ? context.identifiedOn() : null,
                within == null ? null : context.last(within), context.referenceDay());
        String quantified = quantifier == Quantifier.ANY ? "any one" : "every one";
        if (!context.holdsRecords(selection, people)) { // most families have no episode of most services
            witness.says("%s of %s taking part in %s (%s): none of the %d has an episode%s", quantified, people,
                    selection, terms, group.size(), appliesOnceStarted ? ", so it does not apply" : "");
            return InScope.status(quantifier, appliesOnceStarted ? 0 : group.size(), 0, Status.NOT_APPLICABLE);
        }
        witness.says(appliesOnceStarted ? "%s of %s who started one taking part in %s (%s)"
                : "%s of %s taking part in %s (%s)", quantified, people, selection, terms);
        // A household's episode (a family's debt repayment plan) is everyone's.
        int started = 0;
        boolean householdTook = false;
        if (people.includesHousehold() && context.onlyPerson() == null) {
            Taker household = took("the household", context.householdRecords(selection), terms, witness);
            householdTook = household.took();
            started += household.started() ? 1 : 0;
            if (householdTook && witness.decisionOnly()) {
                return Status.MET;
            }
        }
        int took = 0;
        for (Person person : group) {
            Taker taker = took(person.personId(), context.records(selection, person), terms, witness);
            took += taker.took() ? 1 : 0;
            started += taker.started() ? 1 : 0;
        }
        int inScope = appliesOnceStarted ? started : group.size();
        return householdTook ? Status.MET : InScope.status(quantifier, inScope, took, Status.NOT_APPLICABLE);
    }

    /**
     * The subject's episodes checked. The witness hears the subject as a part, each episode with its
     * verdict, and cites the episodes after all the parts, as one list.
     */
    private static Taker took(String name, List<TimelineRecord> episodes, Terms terms, Witness witness) {
        Taker taker = new Taker(name, terms.check(episodes));
        witness.part().says("%s", taker);
        witness.cites(episodes);
        return taker;
    }

    /** Who took part, with each of their episodes checked. */
    private record Taker(String name, List<Check> checks) {

        boolean took() {
            for (Check check : checks) {
                if (check.qualifies()) {
                    return true;
                }
            }
            return false;
        }

        /** True when an episode began in the terms (by the day, after identification, recently enough). */
        boolean started() {
            for (Check check : checks) {
                if (check.started()) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return name + ": " + new Listing(checks, "no episode");
        }
    }

    /**
     * What an episode must show on the reference day.
     *
     * @param from the first day it may start, or null when it may have begun before identification
     * @param recent the days it must overlap, or null
     */
    private record Terms(Period atLeast, boolean completedCounts, LocalDate from, DateRange recent, LocalDate day) {

        List<Check> check(List<TimelineRecord> episodes) {
            List<Check> checks = new ArrayList<>();
            for (TimelineRecord episode : episodes) {
                checks.add(check(episode));
            }
            return checks;
        }

        /** Only what was known on the reference day counts: an end after it is not yet known. */
        private Check check(TimelineRecord episode) {
            LocalDate last = episode.end() == null || episode.end().isAfter(day) ? day : episode.end();
            LocalDate neededTo = atLeast == null ? null : atLeast.earliestEndFrom(episode.start());
            Verdict verdict;
            if (episode.start().isAfter(day)) {
                verdict = Verdict.NOT_STARTED;
            } else if (from != null && episode.start().isBefore(from)) {
                verdict = Verdict.BEFORE_IDENTIFICATION;
            } else if (recent != null && !recent.overlaps(episode)) {
                verdict = Verdict.NOT_RECENT;
            } else if (neededTo != null && !neededTo.isAfter(last)) {
                verdict = Verdict.LASTED;
            } else if (completedCounts && completed(episode)) {
                verdict = Verdict.COMPLETED;
            } else {
                verdict = Verdict.SHORT;
            }
            return new Check(episode, verdict, last, neededTo, this);
        }

        private boolean completed(TimelineRecord episode) {
            return episode instanceof ServiceEpisode service && service.status() == ServiceEpisode.Status.COMPLETED
                    && service.end() != null && !service.end().isAfter(day);
        }

        @Override
        public String toString() {
            String how = atLeast == null ? "completed"
                    : completedCounts ? "lasting at least " + atLeast + " or completed" : "lasting at least " + atLeast;
            return how + (from == null ? "" : ", started on or after " + from)
                    + (recent == null ? "" : ", overlapping " + recent) + ", by " + day;
        }
    }

    /** Why an episode does or does not count. */
    private enum Verdict { LASTED, COMPLETED, SHORT, NOT_STARTED, BEFORE_IDENTIFICATION, NOT_RECENT }

    /**
     * One episode's verdict.
     *
     * @param last the last day of it known on the reference day
     * @param neededTo the day it had to reach to last long enough, or null
     */
    private record Check(TimelineRecord episode, Verdict verdict, LocalDate last, LocalDate neededTo, Terms terms) {

        boolean qualifies() {
            return verdict == Verdict.LASTED || verdict == Verdict.COMPLETED;
        }

        boolean started() {
            return qualifies() || verdict == Verdict.SHORT;
        }

        @Override
        public String toString() {
            String id = episode.recordId() + " from " + episode.start();
            boolean open = episode.end() == null || episode.end().isAfter(terms.day());
            return switch (verdict) {
                case LASTED -> id + " reached " + terms.atLeast() + " on " + neededTo
                        + (open ? " and is still open" : " and ended on " + last + status());
                case COMPLETED -> id + " completed on " + last;
                case SHORT -> id + (open ? " still open on " + last : " ended on " + last + status())
                        + (neededTo == null ? ", not completed" : "; " + terms.atLeast() + " would be reached on " + neededTo);
                case NOT_STARTED -> id + " had not begun by " + terms.day();
                case BEFORE_IDENTIFICATION -> id + " began before the problem was identified on " + terms.from();
                case NOT_RECENT -> id + " ended on " + last + ", before " + terms.recent().start();
            };
        }

        private String status() {
            return episode instanceof ServiceEpisode service
                    ? " (" + service.status().name().toLowerCase(Locale.ROOT) + ")" : "";
        }
    }

    /** Data first: records of its selection about its people since the problem was identified. */
    @Override
    public boolean holdsData(MeasureContext context) {
        return context.holdsRecordsSinceIdentified(selection, people);
    }

    /** Met only with a qualifying episode, so from the first day a selected episode begins. */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return MeetableDays.selected(selection, family, Long.MAX_VALUE);
    }

    @Override
    public Set<String> reads() {
        return Set.of(selection.records());
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
