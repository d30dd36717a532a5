package org.hearth.io.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The coordinators' decisions on families' compositions applied to the stays the data formed (docs/data-in.md,
 * "Correcting a family's composition"), in the order they were made, each person's on their own stays:
 * <ul>
 * <li>a person who <em>joins</em> a family is in it from the decision's day, wherever the data placed them;</li>
 * <li>a person who <em>leaves</em> a family is out of it from the day;</li>
 * <li>a member's <em>role</em> is the one given from the day, in every stay in the family from then on.</li>
 * </ul>
 * A join or a leave overrides the data until the data records a move made after the decision was made: a stay the
 * data begins after the decision day (in another family after a join; in the family again after a leave), when the
 * data takes over again. So a correction of what the sources say holds at every later run, and a later move is still
 * followed. A decision about a family these sources do not form, or a person they do not hold, or a leave or a role
 * for someone who is not a member on or after the day, is not applied, and is said so with the reason.
 */
final class CompositionCorrections {
    private CompositionCorrections() {
    }

    /** A decision that could not be applied, and why. */
    record NotApplied(CompositionDecision decision, String why) {
        @Override
        public String toString() {
            return "composition decision " + decision.id() + " (" + decision.change().code() + ", " + decision.familyId()
                    + (decision.personId().isEmpty() ? "" : ", " + decision.personId()) + ", from " + decision.from()
                    + ") not applied: " + why;
        }
    }

    /** The stays corrected, how many decisions were applied, and those that were not. */
    record Corrected(List<FamilyStay> stays, long applied, List<NotApplied> notApplied) {
    }

    /**
     * @param formed   the stays the data formed, every person's
     * @param families the ids of every household the data formed
     * @param persons  the ids of every person who can be a member (has a date of birth)
     */
    static Corrected apply(List<FamilyStay> formed, CompositionDecisions decisions, Set<String> families,
                           Set<String> persons) {
        Map<String, List<FamilyStay>> data = new TreeMap<>();
        formed.forEach(stay -> data.computeIfAbsent(stay.personId(), id -> new ArrayList<>()).add(stay));
        data.values().forEach(stays -> stays.sort(Comparator.comparing(FamilyStay::from)));
        Map<String, List<FamilyStay>> corrected = new TreeMap<>();
        data.forEach((person, stays) -> corrected.put(person, new ArrayList<>(stays)));
        List<NotApplied> notApplied = new ArrayList<>();
        long applied = 0;
        for (CompositionDecision decision : decisions.all()) {
            String why;
            if (!families.contains(decision.familyId())) {
                why = "these sources form no household " + decision.familyId();
            } else if (decision.change() == CompositionDecision.Change.CONFIRMED) {
                why = null; // kept for the record: the composition as formed stands
            } else if (!persons.contains(decision.personId())) {
                why = "these sources hold no person " + decision.personId() + " with a date of birth";
            } else {
                why = apply(decision, data.getOrDefault(decision.personId(), List.of()),
                        corrected.computeIfAbsent(decision.personId(), id -> new ArrayList<>()));
            }
            if (why == null) {
                applied++;
            } else {
                notApplied.add(new NotApplied(decision, why));
            }
        }
        List<FamilyStay> stays = new ArrayList<>();
        corrected.values().forEach(one -> stays.addAll(joined(one)));
        return new Corrected(stays, applied, notApplied);
    }

    /** Applies one decision to the person's stays; null when applied, otherwise why not. */
    private static String apply(CompositionDecision decision, List<FamilyStay> data, List<FamilyStay> stays) {
        String family = decision.familyId();
        Predicate<FamilyStay> inFamily = stay -> stay.familyId().equals(family);
        LocalDate day = decision.from();
        boolean member = decision.change() != CompositionDecision.Change.JOINS
                && stays.stream().anyMatch(stay -> inFamily.test(stay) && stay.reaches(day));
        switch (decision.change()) {
            case JOINS -> {
                LocalDate last = dayBeforeMove(data, decision, inFamily.negate());
                remove(stays, stay -> true, day, last);
                stays.add(new FamilyStay(family, decision.personId(), day, last, decision.role(),
                        decision.parentingResponsibility(), decision.id()));
                return null;
            }
            case LEAVES -> {
                if (!member) {
                    return notMember(decision);
                }
                remove(stays, inFamily, day, dayBeforeMove(data, decision, inFamily));
                return null;
            }
            case ROLE -> {
                if (!member) {
                    return notMember(decision);
                }
                remove(stays, inFamily, day, null).forEach(stay -> stays.add(stay.withRole(decision.role(),
                        decision.parentingResponsibility(), decision.id())));
                return null;
            }
            default -> throw new IllegalArgumentException("a confirmation changes no one's stays");
        }
    }

    private static String notMember(CompositionDecision decision) {
        return decision.personId() + " is not a member of " + decision.familyId() + " on or after " + decision.from();
    }

    /**
     * The day before the data's first stay (of those {@code moves} picks) that begins after both the decision's day and
     * the day it was made: where the data takes over again; null when it never does.
     */
    private static LocalDate dayBeforeMove(List<FamilyStay> data, CompositionDecision decision, Predicate<FamilyStay> moves) {
        LocalDate after = decision.from().isAfter(decision.decidedOn()) ? decision.from() : decision.decidedOn();
        return data.stream().filter(moves).map(FamilyStay::from).filter(from -> from.isAfter(after))
                .min(Comparator.naturalOrder()).map(from -> from.minusDays(1)).orElse(null);
    }

    /**
     * Takes the days from {@code first} to {@code last} (null: for good) out of the stays {@code which} picks, keeping
     * their parts before and after; returns the parts taken out.
     */
    private static List<FamilyStay> remove(List<FamilyStay> stays, Predicate<FamilyStay> which, LocalDate first,
                                           LocalDate last) {
        List<FamilyStay> kept = new ArrayList<>();
        List<FamilyStay> taken = new ArrayList<>();
        for (FamilyStay stay : stays) {
            if (!which.test(stay) || !stay.reaches(first) || last != null && !stay.startsBy(last)) {
                kept.add(stay);
                continue;
            }
            if (stay.from().isBefore(first)) {
                kept.add(stay.between(stay.from(), first.minusDays(1)));
            }
            boolean outlasts = last != null && stay.reaches(last.plusDays(1));
            if (outlasts) {
                kept.add(stay.between(last.plusDays(1), stay.to()));
            }
            taken.add(stay.between(stay.from().isBefore(first) ? first : stay.from(), outlasts ? last : stay.to()));
        }
        stays.clear();
        stays.addAll(kept);
        return taken;
    }

    /** The person's stays earliest first, with a stay that runs straight on into one just like it made one. */
    private static List<FamilyStay> joined(List<FamilyStay> stays) {
        List<FamilyStay> sorted = stays.stream().sorted(Comparator.comparing(FamilyStay::from)).toList();
        List<FamilyStay> joined = new ArrayList<>();
        for (FamilyStay stay : sorted) {
            FamilyStay before = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (before != null && before.to() != null && before.to().plusDays(1).equals(stay.from())
                    && before.between(stay.from(), stay.to()).equals(stay)) {
                joined.set(joined.size() - 1, before.between(before.from(), stay.to()));
            } else {
                joined.add(stay);
            }
        }
        return joined;
    }
}
