package org.hearth.server.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spot-check sample: reproducible from its seed, drawn as the JDK's own shuffle draws, whatever order it is given. */
class SpotCheckSampleTest {
    private static final List<Long> CLAIMS = LongStream.rangeClosed(101, 140).boxed().toList();

    @ParameterizedTest(name = "seed {0}, {1} of 40")
    @CsvSource({"0, 1", "20190331, 4", "-7, 10", "9223372036854775807, 40"})
    void theSameSeedDrawsTheSameSampleAsTheJdksShuffle(long seed, int size) {
        List<Long> reversed = new ArrayList<>(CLAIMS);
        Collections.reverse(reversed);
        List<Long> shuffled = new ArrayList<>(CLAIMS);
        Collections.shuffle(shuffled, new Random(seed));

        List<Long> sample = SpotCheckSample.draw(seed, reversed, size);

        assertThat(sample).isEqualTo(SpotCheckSample.draw(seed, CLAIMS, size)).isEqualTo(shuffled.subList(0, size));
        assertThat(sample).doesNotHaveDuplicates().isSubsetOf(CLAIMS);
    }

    @ParameterizedTest(name = "a sample of {0}")
    @CsvSource({"0", "41"})
    void aSampleHoldsOneClaimToEveryClaim(int size) {
        assertThatThrownBy(() -> SpotCheckSample.draw(1, CLAIMS, size)).isInstanceOf(IllegalArgumentException.class);
    }
}
