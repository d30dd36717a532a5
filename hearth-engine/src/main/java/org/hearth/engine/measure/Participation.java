package org.hearth.engine.measure;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

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
 * </pre>
 *
 * <p>Rule: an episode qualifies when it matches, started on or after the identification day (unless
 * {@code started_after_identification: false}), overlaps {@code within} if given, and either lasted at
 * least {@code at_least} (from its start to its end, or to the reference day while open; computed as
 * start + period − 1 day ≤ last day) or, with {@code completed_counts}, ended completed on or before
 * the reference day. At least one of at_least and completed_counts must be given. A person meets it
 * with one qualifying episode; household-level episodes count for people: family. Nobody in the group:
 * not applicable.
 */
public record Participation(RecordSelection selection, People people, Quantifier quantifier, Period atLeast,
                            Boolean completedCounts, Boolean startedAfterIdentification, Period within)
        implements Measure {

    public Participation {
        people = people == null ? People.FAMILY : people;
        quantifier = quantifier == null ? Quantifier.ANY : quantifier;
        completedCounts = completedCounts != null && completedCounts;
        startedAfterIdentification = startedAfterIdentification == null || startedAfterIdentification;
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
                                  @JsonProperty("within") Period within) {
        return new Participation(new RecordSelection(records, where), people, quantifier, atLeast, completedCounts,
                startedAfterIdentification, within);
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
