package org.hearth.engine.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RecordIdTest {

    @ParameterizedTest(name = "\"{0}\" comes back as it was given")
    @ValueSource(strings = {"A", "OF-000007-1", "ASBI-000008-46", "1234567890123456", "12345678901234567",
            "a mixed Case id", "Zoë-café-15", "case/2017/0042 é", "\u0141\u00f3d\u017a-1", "x\u0000y", "CAD 42\t7"})
    void anIdentifierComesBackExactlyAsGiven(String text) {
        RecordId id = RecordId.of(text);
        assertEquals(text, id.toString());
        assertEquals(text, id.toString(), "asked twice");
        assertEquals(RecordId.of(text), id);
        assertEquals(RecordId.of(text).hashCode(), id.hashCode());
    }

    @Test
    void identifiersDifferingOnlyInTheSixteenthOrSeventeenthCharacterDiffer() {
        assertNotEquals(RecordId.of("123456789012345A"), RecordId.of("123456789012345B"));
        assertNotEquals(RecordId.of("1234567890123456"), RecordId.of("12345678901234567"));
        assertNotEquals(RecordId.of("OF-1"), RecordId.of("OF-10"));
    }

    @Test
    void identifiersOrderAsTheirTextDoes() {
        List<String> texts = List.of("OF-10", "OF-1", "OF-2", "OF-1a", "of-1", "B", "AB", "A", "1234567890123456",
                "12345678901234567", "123456789012345", "Zoë", "Zoe", "ÿ", "Ā-long-identifier-beyond-latin-one", "Ā");
        List<String> byText = new ArrayList<>(texts);
        byText.sort(Comparator.naturalOrder());
        List<String> byId = new ArrayList<>(texts);
        byId.sort(Comparator.comparing(RecordId::of));
        assertEquals(byText, byId);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", " ", "\t"})
    void aBlankIdentifierIsRefusedAsBefore(String text) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> RecordId.of(text));
        assertEquals("record_id is required", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RecordId.of(null));
    }
}
