package org.hearth.engine.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Formattable;
import java.util.Locale;
import java.util.MissingFormatArgumentException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** An explanation's sentence is exactly what {@code String.format(Locale.UK, ...)} makes, on either path. */
class SentenceTest {

    static Stream<Arguments> patterns() {
        Formattable shouting = (formatter, flags, width, precision) -> formatter.format("LOUD");
        return Stream.of(
                Arguments.of("no conversion at all", new Object[] {}),
                Arguments.of("%s of %d problems identified on %s", new Object[] {"2", 6, LocalDate.of(2019, 3, 31)}),
                Arguments.of("%d offences, %d before", new Object[] {-3L, Long.MIN_VALUE}),
                Arguments.of("%s", new Object[] {null}),
                Arguments.of("ends with %s", new Object[] {Explanation.of("a part %d", 7)}),
                Arguments.of("%s%s%d", new Object[] {"a", "b", 0, "an argument too many"}),
                Arguments.of("%,d days", new Object[] {1_234_567}),
                Arguments.of("100%% of %s", new Object[] {"terms"}),
                Arguments.of("%d%%", new Object[] {90}),
                Arguments.of("%02d:%s", new Object[] {5, "x"}),
                Arguments.of("%d hours", new Object[] {BigDecimal.TEN.toBigInteger()}),
                Arguments.of("%s said", new Object[] {shouting}),
                Arguments.of("%2$s then %1$s", new Object[] {"first", "second"}),
                Arguments.of("line%n", new Object[] {}),
                Arguments.of("%S", new Object[] {"upper"}),
                Arguments.of("£%s", new Object[] {"338.00"}));
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void fillsInAsStringFormatDoesInTheUkLocale(String pattern, Object[] args) {
        assertThat(Sentence.format(pattern, args)).isEqualTo(String.format(Locale.UK, pattern, args));
    }

    @Test
    void aPatternAskingForMoreArgumentsThanGivenFailsAsStringFormatDoes() {
        assertThatThrownBy(() -> Sentence.format("%s and %s", new Object[] {"one"}))
                .isInstanceOf(MissingFormatArgumentException.class);
        assertThatThrownBy(() -> Sentence.format("ends with %", new Object[] {"one"}))
                .isInstanceOf(java.util.UnknownFormatConversionException.class);
    }
}
