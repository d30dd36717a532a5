package org.hearth.server.family;

import org.hearth.server.security.Access;

/**
 * What a list of families is narrowed to; a null part does not narrow it. Families are listed in the order
 * of their ids, a page at a time, each page starting after the last id of the one before (so that a page
 * deep in a 100,000-family cohort costs what the first does).
 *
 * @param eligible families eligible for the programme, or not
 * @param problem a problem the family was identified with
 * @param progress a problem on which the family has made the plan's progress
 * @param claimable families with a claim the plan allows, or not
 * @param keyWorker families allocated now to this key worker (a username)
 * @param teamId families allocated now to this team
 * @param tier families whose intervention was at this tier on the review date (a tier's code, as interventions.csv
 *             gives it: {@code targeted_early_help}, {@code child_in_need}, …)
 * @param organisation families whose intervention was led by this organisation (its name, as interventions.csv gives it)
 * @param after the last family id of the page before
 * @param size the most families on a page (1 to 500)
 * @param visible the families the user may see ({@link Access#familiesVisibleTo})
 */
public record FamilyFilter(Boolean eligible, String problem, String progress, Boolean claimable, String keyWorker,
                           Long teamId, String tier, String organisation, String after, int size,
                           Access.VisibleFamilies visible) {
    public static final int LARGEST_PAGE = 500;

    public FamilyFilter {
        if (size < 1 || size > LARGEST_PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + LARGEST_PAGE + " families, not " + size);
        }
    }

    /** Every family the user may see, not narrowed: for counting the whole of a user's cohort. */
    public static FamilyFilter everyVisible(Access.VisibleFamilies visible) {
        return new FamilyFilter(null, null, null, null, null, null, null, null, null, LARGEST_PAGE, visible);
    }
}
