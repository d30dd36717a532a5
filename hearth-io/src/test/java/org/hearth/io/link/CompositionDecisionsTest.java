package org.hearth.io.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.io.canonical.InvalidDataException;
import org.hearth.io.link.CompositionDecision.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** composition_decisions.csv: what the server writes, hearth link reads back, and a wrong file is refused whole. */
class CompositionDecisionsTest {
    private static final String HEADER = "decision_id,family_id,person_id,change,role,parenting_responsibility,from,"
            + "decided_by,decided_on,note";

    @TempDir
    Path temp;

    @Test
    void whatIsWrittenReadsBackTheSameInTheOrderMade() {
        List<CompositionDecision> made = List.of(
                new CompositionDecision(2, "HF-1", "HP-2", Change.LEAVES, null, false, LocalDate.of(2024, 2, 29),
                        "coordinator", LocalDate.of(2024, 3, 1), "moved to his father's, \"for good\""),
                new CompositionDecision(1, "HF-1", "HP-3", Change.JOINS, Role.PARENT_CARER, true,
                        LocalDate.of(2024, 1, 1), "coordinator", LocalDate.of(2024, 1, 5), ""),
                new CompositionDecision(3, "HF-1", "", Change.CONFIRMED, null, false, LocalDate.of(2024, 3, 1),
                        "coordinator", LocalDate.of(2024, 3, 1), ""));
        Path file = temp.resolve(CompositionDecisions.FILE);

        CompositionDecisions.of(made).write(file);

        assertThat(CompositionDecisions.read(file).all()).containsExactly(made.get(1), made.get(0), made.get(2));
    }

    @Test
    void aWrongFileIsRefusedWholeNamingEachLineAndField() throws IOException {
        Path file = temp.resolve(CompositionDecisions.FILE);
        Files.writeString(file, HEADER + "\n"
                + "1,HF-1,HP-2,joins,,,2024-01-01,coordinator,2024-01-05,\n"        // no role
                + "2,HF-1,HP-2,leaves,child,,2024-01-01,coordinator,2024-01-05,\n"  // a role where none is given
                + "3,HF-1,,role,child,,2024-01-01,coordinator,2024-01-05,\n"        // no person
                + "4,HF-1,HP-2,moves,,,2024-02-30,coordinator,2024-01-05,\n"        // no such change or day
                + "4,HF-1,HP-2,confirmed,,,2024-01-01,coordinator,2024-01-05,\n"    // the number again
                + "5,HF-1,HP-2,joins,child,yes,2024-01-01,coordinator,2024-01-05,\n"
                + "6,HF-1,HP-2,leaves,,,2024-01-01,coordinator\n"
                + "7,HF-1,HP-2,leaves,,,2024-01-01,coordinator,2024-01-05,\n");     // right, and not read either

        assertThatThrownBy(() -> CompositionDecisions.read(file)).isInstanceOfSatisfying(InvalidDataException.class,
                refused -> assertThat(refused.errors()).extracting(Object::toString).containsExactly(
                        "composition_decisions.csv:2:5: role: is empty; joins gives the role, one of "
                                + "parent_carer, child, other_adult",
                        "composition_decisions.csv:3:5: role: leaves gives no role",
                        "composition_decisions.csv:4:3: person_id: is empty; role names the person",
                        "composition_decisions.csv:5:4: change: 'moves' is not one of confirmed, joins, "
                                + "leaves, role",
                        "composition_decisions.csv:5:7: from: '2024-02-30' is not an ISO date",
                        "composition_decisions.csv:6:1: decision_id: 4 is the number of an earlier "
                                + "decision too",
                        "composition_decisions.csv:7:6: parenting_responsibility: 'yes' is not true or false",
                        "composition_decisions.csv:8:0: has 8 fields, not 10"));
    }

    @Test
    void aConfirmationNamesNoPerson() throws IOException {
        Path file = temp.resolve(CompositionDecisions.FILE);
        Files.writeString(file, HEADER + "\n1,HF-1,HP-2,confirmed,,,2024-01-01,coordinator,2024-01-05,\n");

        assertThatThrownBy(() -> CompositionDecisions.read(file)).isInstanceOfSatisfying(InvalidDataException.class,
                refused -> assertThat(refused.errors()).extracting(Object::toString).containsExactly(
                        "composition_decisions.csv:2:3: person_id: a confirmation is of the whole family, "
                                + "so names no person"));
    }

    @Test
    void aFileWithAnotherHeaderOrNoFileAtAllIsRefused() throws IOException {
        Path file = temp.resolve(CompositionDecisions.FILE);
        Files.writeString(file, "family_id,person_id\nHF-1,HP-2\n");

        assertThatThrownBy(() -> CompositionDecisions.read(file)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("the header must be " + HEADER);
        assertThatThrownBy(() -> CompositionDecisions.read(temp.resolve("missing.csv")))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("there is no such file");
    }
}
