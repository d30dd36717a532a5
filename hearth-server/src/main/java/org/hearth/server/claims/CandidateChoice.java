package org.hearth.server.claims;

import java.util.List;

/**
 * The candidates a coordinator prepares a batch from ({@link ClaimBatches#candidates}), narrowed to a lead organisation
 * and a route (null: any), and shown a page at a time: a county's candidates run to tens of thousands, too many to list
 * on one page or to tick one by one. The batch is then every candidate chosen, or those ticked on the page.
 *
 * @param organisation the lead organisation's name as the decisions give it, {@link #NONE} for families no organisation
 *                     leads, or null for any
 */
record CandidateChoice(String organisation, String route) {
    /** Candidates on a page. */
    static final int PAGE = 100;
    /** The organisation asked for families whose intervention names no lead organisation. */
    static final String NONE = "-";

    /** The choice a form gives; a blank value is any. */
    static CandidateChoice of(String organisation, String route) {
        return new CandidateChoice(blankAsAny(organisation), blankAsAny(route));
    }

    /** The candidates chosen, in the order given. */
    List<ClaimBatches.Candidate> from(List<ClaimBatches.Candidate> candidates) {
        return candidates.stream().filter(this::includes).toList();
    }

    /** A page of the candidates chosen, counted from 1; past the last, the last. */
    Shown page(List<ClaimBatches.Candidate> candidates, int number) {
        List<ClaimBatches.Candidate> chosen = from(candidates);
        int pages = Math.max(1, (chosen.size() + PAGE - 1) / PAGE);
        int page = Math.min(Math.max(number, 1), pages);
        return new Shown(this, chosen.size(), page, pages, chosen.subList((page - 1) * PAGE, Math.min(chosen.size(),
                page * PAGE)), candidates.stream().map(one -> one.organisation() == null ? NONE : one.organisation())
                .distinct().sorted().toList(), candidates.stream().map(ClaimBatches.Candidate::route).distinct().sorted()
                .toList());
    }

    /**
     * What the page shows: how many candidates are chosen, the page of them, and the organisations and routes to choose
     * among (of every candidate).
     */
    record Shown(CandidateChoice choice, int total, int number, int pages, List<ClaimBatches.Candidate> candidates,
                 List<String> organisations, List<String> routes) {
    }

    private boolean includes(ClaimBatches.Candidate candidate) {
        return (organisation == null || organisation.equals(candidate.organisation() == null ? NONE
                : candidate.organisation())) && (route == null || route.equals(candidate.route()));
    }

    private static String blankAsAny(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
