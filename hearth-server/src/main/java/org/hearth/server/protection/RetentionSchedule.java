package org.hearth.server.protection;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.hearth.engine.HearthException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long Hearth keeps each kind of case and record after its day (docs/data-protection.md, For how long), from the
 * settings {@code hearth.retention.*} ({@code HEARTH_RETENTION_CLOSED}...), as ISO-8601 periods. A thing is kept
 * through the last day of its period and disposed of from the day after.
 */
@Component
public class RetentionSchedule {
    /** One line of the schedule: what it covers, how long it is kept, and from which day that is counted. */
    public record Rule(String setting, String what, Period keep, String from) {
    }

    private final Period closed;
    private final Period unengaged;
    private final Period claims;
    private final Period replaced;
    private final Period superseded;
    private final Period rejected;

    public RetentionSchedule(@Value("${hearth.retention.closed}") Period closed,
                             @Value("${hearth.retention.unengaged}") Period unengaged,
                             @Value("${hearth.retention.claims}") Period claims,
                             @Value("${hearth.retention.replaced}") Period replaced,
                             @Value("${hearth.retention.superseded}") Period superseded,
                             @Value("${hearth.retention.rejected}") Period rejected) {
        this.closed = checked("closed", closed);
        this.unengaged = checked("unengaged", unengaged);
        this.claims = checked("claims", claims);
        this.replaced = checked("replaced", replaced);
        this.superseded = checked("superseded", superseded);
        this.rejected = checked("rejected", rejected);
    }

    private static Period checked(String name, Period period) {
        if (period.isNegative()) {
            throw new HearthException("hearth.retention." + name + " is " + period + ": a retention period cannot be "
                    + "negative");
        }
        return period;
    }

    public List<Rule> rules() {
        return List.of(
                new Rule("hearth.retention.closed", "A family whose interventions are all closed: its records, members, "
                        + "decisions, answers and allocations", closed, "the last intervention's closure"),
                new Rule("hearth.retention.unengaged", "A family never engaged in an intervention: the same", unengaged,
                        "the last import that changed anything about the family"),
                new Rule("hearth.retention.claims", "A family with claims: kept with its claims, whatever the rules above say",
                        claims, "the end of the claim's programme phase"),
                new Rule("hearth.retention.replaced", "A row replaced or withdrawn by a later import", replaced,
                        "the import that replaced or withdrew it"),
                new Rule("hearth.retention.superseded", "A family's evaluation no longer current, that no claim stands on",
                        superseded, "the evaluation"),
                new Rule("hearth.retention.rejected", "A rejected import's errors, which quote the values refused (the "
                        + "import itself, who ran it and when, is kept)", rejected, "the import"));
    }

    /** Whether something whose period is counted from {@code since} is past it on {@code today}. */
    static boolean expired(LocalDate since, Period keep, LocalDate today) {
        return today.isAfter(since.plus(keep));
    }

    Period closed() {
        return closed;
    }

    Period unengaged() {
        return unengaged;
    }

    Period claims() {
        return claims;
    }

    /** Rows ended by an import before this day are past their period. */
    LocalDate replacedBefore(LocalDate today) {
        return today.minus(replaced);
    }

    /** The errors of imports rejected before this day are past their period. */
    LocalDate rejectedBefore(LocalDate today) {
        return today.minus(rejected);
    }

    /** Evaluations made before this day are past their period. */
    LocalDate supersededBefore(LocalDate today) {
        return today.minus(superseded);
    }
}
