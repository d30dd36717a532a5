package org.hearth.io.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.io.TeamMember;

/**
 * What the early-help pathway shows and no plan reads (Southwark's Early Help Strategy): why each tier changed, the
 * professionals of the Team Around the Family, and, when asked for, an earlier episode of early help that closed
 * before the one the family is in. Drawn from dice of their own, never from the stream the rest of the family is
 * made from, so adding them changed no decision the generator's authorities give (GoldenDecisionsTest).
 */
final class EarlyHelpPathway {
    private static final String[] STEPPED_UP = {
        "needs escalated: referred to the Early Help Service",
        "concerns escalated: single assessment by children's social care",
        "section 47 enquiry: initial child protection conference"};
    private static final String[] STEPPED_DOWN = {
        "progress sustained: universal plus services in school and the children's centre",
        "needs met by early help: stepped down from children's social care",
        "child protection plan ended: supported as a child in need"};
    private static final String[] AT_REVIEW = {" (agreed at the review of the family plan)",
        " (agreed at the Team Around the Family meeting)"};
    private static final String[][] PARTNERS = {
        {"class teacher", "primary school"}, {"head of year", "secondary school"},
        {"health visitor", "health visiting service"}, {"school nurse", "school nursing service"},
        {"CAMHS practitioner", "CAMHS"}, {"neighbourhood officer", "police"}, {"housing officer", "housing"},
        {"youth offending officer", "youth offending service"}, {"substance misuse worker", "adult drug and alcohol service"},
        {"parenting practitioner", "voluntary sector"}, {"GP", "GP practice"}, {"IDVA", "domestic abuse service"}};
    private static final String[] GIVEN = {"Sam", "Alex", "Jo", "Priya", "Tunde", "Maria", "Chris", "Aisha", "Tom", "Grace"};
    private static final String[] FAMILY = {"Patel", "Okafor", "Smith", "Nowak", "Ahmed", "Brown", "Clarke", "Mensah"};
    private static final Tier[] EARLIER_TIERS = {Tier.UNIVERSAL_PLUS, Tier.TARGETED_EARLY_HELP, Tier.CHILD_IN_NEED};
    private static final int[] EARLIER_WEIGHTS = {30, 55, 15};
    private static final String[] EARLIER_LEADS = {"Children's Centre", "Early Help Service", "school"};
    private static final String[] EARLIER_CLOSURES = {"outcomes achieved", "needs met by universal services",
        "family declined further support"};
    private static final String SOURCE = "case management system";

    private EarlyHelpPathway() {
    }

    /**
     * The intervention with a reason for each change of tier: the step up or down it was, in the words a case
     * record uses, and where it was agreed.
     */
    static Intervention withReasons(Intervention intervention, Chance chance) {
        List<Intervention.TierChange> changes = new ArrayList<>();
        Tier before = intervention.tier();
        for (Intervention.TierChange change : intervention.tierChanges()) {
            int level = Math.min(change.tier().level(), before.level()) - 1;
            String reason = (change.tier().level() > before.level() ? STEPPED_UP[level] : STEPPED_DOWN[level])
                    + AT_REVIEW[chance.between(0, AT_REVIEW.length - 1)];
            changes.add(new Intervention.TierChange(change.recordId(), change.date(), change.tier(), reason));
            before = change.tier();
        }
        return new Intervention(intervention.interventionId(), intervention.familyId(), intervention.engagedOn(),
                intervention.leadWorker(), intervention.leadOrganisation(), intervention.tier(), changes,
                intervention.closedOn(), intervention.closureReason());
    }

    /**
     * One to four professionals from partner organisations, each joining in the first two months of the work and a
     * third of them leaving it again after two to nine months while it is open; one in five is named by role alone.
     */
    static List<TeamMember> team(Intervention intervention, String number, Chance chance, LocalDate dataEnd) {
        LocalDate last = intervention.closedOn() != null ? intervention.closedOn() : dataEnd;
        List<Integer> chosen = new ArrayList<>();
        int size = chance.between(1, 4);
        while (chosen.size() < size) {
            int partner = chance.between(0, PARTNERS.length - 1);
            if (!chosen.contains(partner)) {
                chosen.add(partner);
            }
        }
        List<TeamMember> team = new ArrayList<>(size);
        for (int partner : chosen) {
            LocalDate start = intervention.engagedOn().plusDays(chance.between(0, 60));
            start = start.isAfter(last) ? intervention.engagedOn() : start;
            LocalDate end = chance.percent(33) ? start.plusMonths(chance.between(2, 9)) : null;
            end = end != null && end.isBefore(last) ? end : null;
            String name = chance.percent(20) ? null
                    : GIVEN[chance.between(0, GIVEN.length - 1)] + " " + FAMILY[chance.between(0, FAMILY.length - 1)];
            team.add(new TeamMember("TA-" + number + "-" + (team.size() + 1), intervention.interventionId(), name,
                    PARTNERS[partner][0], PARTNERS[partner][1], start, end, SOURCE));
        }
        return team;
    }

    /**
     * For one engaged family in four, an earlier episode of early help that lasted three to ten months and closed
     * a week to 13 months before the family engaged again, so that about half of them make the later one a
     * re-referral within six months of a closure.
     *
     * @return the earlier episode, or null when the family had none
     */
    static Intervention earlierEpisode(Intervention current, String number, Chance chance) {
        if (!chance.percent(25)) {
            return null;
        }
        LocalDate closed = current.engagedOn().minusDays(chance.between(7, 400));
        LocalDate engaged = closed.minusDays(chance.between(90, 300));
        return new Intervention("IP" + number, current.familyId(), engaged, current.leadWorker(),
                EARLIER_LEADS[chance.between(0, EARLIER_LEADS.length - 1)], chance.pick(EARLIER_TIERS, EARLIER_WEIGHTS),
                List.of(), closed, EARLIER_CLOSURES[chance.between(0, EARLIER_CLOSURES.length - 1)]);
    }
}
