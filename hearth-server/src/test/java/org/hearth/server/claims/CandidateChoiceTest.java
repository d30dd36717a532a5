package org.hearth.server.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The families a coordinator prepares a batch from, a county's worth: narrowed to an organisation (or to those no
 * organisation leads) and a route, a hundred to a page, the 101st on a page of its own.
 */
class CandidateChoiceTest {
    private static final LocalDate AS_AT = LocalDate.of(2019, 3, 31);

    private static List<ClaimBatches.Candidate> candidates(int count) {
        List<ClaimBatches.Candidate> candidates = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            candidates.add(new ClaimBatches.Candidate(String.format("F%06d", i), i % 3 == 0 ? "continuous_employment"
                    : "significant_and_sustained_progress", i % 2 == 0 ? "Early Help Service" : null, AS_AT, "2015-2020"));
        }
        return candidates;
    }

    @Test
    void aHundredToAPageAndTheHundredAndFirstOnTheNext() {
        CandidateChoice any = CandidateChoice.of("", " ");
        assertThat(any.page(candidates(100), 1).pages()).isEqualTo(1);
        CandidateChoice.Shown second = any.page(candidates(101), 2);
        assertThat(second.pages()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(101);
        assertThat(second.candidates()).extracting(ClaimBatches.Candidate::familyId).containsExactly("F000101");
        assertThat(any.page(candidates(101), 0).number()).as("before the first: the first").isEqualTo(1);
        assertThat(any.page(candidates(101), 9).number()).as("past the last: the last").isEqualTo(2);
        assertThat(any.page(List.of(), 1)).satisfies(none -> {
            assertThat(none.pages()).isEqualTo(1);
            assertThat(none.candidates()).isEmpty();
        });
    }

    @Test
    void narrowedToAnOrganisationOrToNoneAndToARoute() {
        List<ClaimBatches.Candidate> six = candidates(6);
        assertThat(CandidateChoice.of("Early Help Service", null).from(six)).extracting(ClaimBatches.Candidate::familyId)
                .containsExactly("F000002", "F000004", "F000006");
        assertThat(CandidateChoice.of(CandidateChoice.NONE, "continuous_employment").from(six))
                .extracting(ClaimBatches.Candidate::familyId).containsExactly("F000003");
        CandidateChoice.Shown shown = CandidateChoice.of(null, "continuous_employment").page(six, 1);
        assertThat(shown.total()).isEqualTo(2);
        assertThat(shown.organisations()).as("to choose among: every candidate's").containsExactly("-", "Early Help Service");
        assertThat(shown.routes()).containsExactly("continuous_employment", "significant_and_sustained_progress");
    }
}
