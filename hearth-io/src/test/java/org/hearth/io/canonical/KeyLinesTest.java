package org.hearth.io.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aTablePresizedForFewKeysStillKeepsMany() {
        KeyLines keys = new KeyLines(KeyLines.expectedKeys(100)); // the fewest it sets aside, then it grows
        int count = 200_000;
        for (int i = 0; i < count; i++) {
            assertEquals(0, keys.putIfAbsent("a much longer key than the characters set aside for it " + i, i + 2L));
        }
        assertEquals(count, keys.size());
        for (int i = 0; i < count; i += 101) {
            assertEquals(i + 2L, keys.lineOf("a much longer key than the characters set aside for it " + i));
            assertEquals(i + 2L, keys.putIfAbsent("a much longer key than the characters set aside for it " + i, 1));
        }
        assertEquals(0, keys.lineOf("a much longer key than the characters set aside for it " + count));
    }

    @Test
    void theExpectedKeysFollowTheBytes() {
        assertEquals(1, KeyLines.expectedKeys(0));
        assertEquals(2, KeyLines.expectedKeys(KeyLines.BYTES_PER_ROW));
        assertEquals(152_450_731 / KeyLines.BYTES_PER_ROW + 1, KeyLines.expectedKeys(152_450_731),
                "attendance.csv of a realistic folder: 2,240,570 rows, fewer than expected, so its table never grows");
        assertTrue(KeyLines.expectedKeys(Long.MAX_VALUE) > 0);
    }

    @Test
    void lineOfGivesTheFirstLineOrNothing() {
        KeyLines keys = new KeyLines(10);
        keys.putIfAbsent("Aa", 2);
        keys.putIfAbsent("Aa", 3);
        assertEquals(2, keys.lineOf("Aa"));
        assertEquals(0, keys.lineOf("BB"), "the same hash, another key");
        assertEquals(0, keys.lineOf("A"));
        assertEquals(0, keys.lineOf("Aa "));
    }

    @Test
    void twoTablesShareAKeyOnlyWhenBothHoldIt() {
        KeyLines first = new KeyLines();
        KeyLines second = new KeyLines();
        for (int i = 0; i < 5_000; i++) {
            first.putIfAbsent("AT-" + i, i + 2L);
            second.putIfAbsent("AT-" + (i + 5_000), i + 5_002L);
        }
        second.putIfAbsent("Aa", 1);
        first.putIfAbsent("BB", 1); // the same hash as Aa
        first.putIfAbsent("AT-1000", 1); // "AT-100" and "AT-10000" are not it
        assertFalse(first.sharesAKeyWith(second));
        assertFalse(second.sharesAKeyWith(first));
        assertFalse(first.sharesAKeyWith(new KeyLines()));
        second.putIfAbsent("AT-4999", 9);
        assertTrue(first.sharesAKeyWith(second), "the last key of the first");
        assertTrue(second.sharesAKeyWith(first), "either way round");
        KeyLines third = new KeyLines();
        third.putIfAbsent("AT-0", 1);
        assertTrue(third.sharesAKeyWith(first), "the first key of the first");
    }
}
