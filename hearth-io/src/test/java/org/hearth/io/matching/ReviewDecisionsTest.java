package org.hearth.io.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.hearth.io.canonical.DataError;
import org.hearth.io.canonical.InvalidDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewDecisionsTest {
    private static final SourcePersonKey POLICE = new SourcePersonKey("police", "P1");
    private static final SourcePersonKey DWP = new SourcePersonKey("dwp", "D1");

    @TempDir
    Path folder;

    @Test
    void decisionsAreWrittenAndReadBackAndTheLaterDecisionOnAPairWins() {
        ReviewDecisions decisions = ReviewDecisions.none()
                .with(new ReviewDecision(POLICE, DWP, true, "analyst1", LocalDate.of(2026, 12, 1)))
                .with(new ReviewDecision(DWP, POLICE, false, "analyst2", LocalDate.of(2026, 12, 3)));
        Path file = folder.resolve(ReviewDecisions.FILE);
        decisions.write(file);
        ReviewDecisions read = ReviewDecisions.read(file);
        assertThat(read.all()).hasSize(1);
        ReviewDecision decision = read.on(POLICE, DWP);
        assertThat(decision.accepted()).isFalse();
        assertThat(decision.decidedBy()).isEqualTo("analyst2");
        assertThat(read.on(DWP, POLICE)).isEqualTo(decision);
    }

    @Test
    void aMissingFileHoldsNoDecisions() {
        assertThat(ReviewDecisions.read(folder.resolve("none.csv")).all()).isEmpty();
    }

    @Test
    void badRowsAreNamedWithTheirLineAndField() throws IOException {
        Path file = folder.resolve(ReviewDecisions.FILE);
        Files.writeString(file, String.join(",", ReviewDecisions.COLUMNS) + "\n"
                + "police,P1,dwp,D1,maybe,analyst1,2026-12-01\n"
                + "police,P1,dwp,D1,accept,,2026-12-01\n"
                + "police,P1,dwp,D1,accept,analyst1,01/12/2026\n"
                + "police,P1,police,P1,reject,analyst1,2026-12-01\n");
        try {
            ReviewDecisions.read(file);
            throw new AssertionError("read");
        } catch (InvalidDataException e) {
            assertThat(e.errors()).extracting(DataError::toString).containsExactly(
                    "review_decisions.csv:2:5: decision: 'maybe' is not accept or reject",
                    "review_decisions.csv:3:6: decided_by: is empty",
                    "review_decisions.csv:4:7: decided_on: '01/12/2026' is not an ISO date",
                    "review_decisions.csv:5:0: a decision is about two different source people, not police/P1 twice");
        }
    }
}
