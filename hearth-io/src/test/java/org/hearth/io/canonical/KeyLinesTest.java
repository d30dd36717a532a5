package org.hearth.io.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KeyLinesTest {

    @Test
    void aRepeatedKeyGivesTheLineItFirstAppearedOn() {
        KeyLines keys = new KeyLines();
        assertEquals(0, keys.putIfAbsent("OF-000007-1", 2));
        assertEquals(0, keys.putIfAbsent("OF-000007-2", 3));
        assertEquals(2, keys.putIfAbsent("OF-000007-1", 9));
        assertEquals(2, keys.putIfAbsent("OF-000007-1", 12), "still the first line, not the last repeat");
        assertEquals(3, keys.putIfAbsent("OF-000007-2", 13));
    }

    @Test
    void keysWithTheSameHashAreStillDifferentKeys() {
        KeyLines keys = new KeyLines();
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertEquals(0, keys.putIfAbsent("Aa", 2));
        assertEquals(0, keys.putIfAbsent("BB", 3));
        assertEquals(0, keys.putIfAbsent("AaBB", 4));
        assertEquals(0, keys.putIfAbsent("BBAa", 5));
        assertEquals(3, keys.putIfAbsent("BB", 6));
        assertEquals(5, keys.putIfAbsent("BBAa", 7));
    }

    @Test
    void keysThatDifferOnlyInLengthOrCaseDiffer() {
        KeyLines keys = new KeyLines();
        assertEquals(0, keys.putIfAbsent("AT-1", 2));
        assertEquals(0, keys.putIfAbsent("AT-10", 3));
        assertEquals(0, keys.putIfAbsent("at-1", 4));
        assertEquals(0, keys.putIfAbsent("AT-1 ", 5));
        assertEquals(0, keys.putIfAbsent("Łódź-1", 6));
        assertEquals(6, keys.putIfAbsent("Łódź-1", 7));
    }

    @Test
    void aMillionKeysAreAllKeptAsTheTableGrows() {
        KeyLines keys = new KeyLines();
        int count = 1_000_000;
        for (int i = 0; i < count; i++) {
            assertEquals(0, keys.putIfAbsent("AT-" + i, i + 2L));
        }
        for (int i = 0; i < count; i += 997) {
            assertEquals(i + 2L, keys.putIfAbsent("AT-" + i, 0));
        }
        assertEquals(count + 1L, keys.putIfAbsent("AT-" + (count - 1), 0), "the last key added");
    }
}
