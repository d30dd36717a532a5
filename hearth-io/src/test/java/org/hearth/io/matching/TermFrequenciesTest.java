package org.hearth.io.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An exact match on a rare surname counts for more than one on a common surname. */
class TermFrequenciesTest {

    /** 1,000 people: 100 Smiths, one pair of Ashworths, the rest with names of their own. */
    private static List<PreparedPerson> people() {
        List<PreparedPerson> people = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String family = i < 100 ? "Smith" : i < 102 ? "Ashworth" : "Name" + (char) ('A' + i % 26) + (char) ('A' + i / 26 % 26);
            people.add(People.person("s", "p" + i).named("Sarah", family).prepared(i));
        }
        return people;
    }

    @Test
    void aValuesFrequencyIsItsShareOfTheRecords() {
        TermFrequencies tf = TermFrequencies.of(people(), new FamilyNameComparison());
        assertThat(tf.frequency("SMITH")).isEqualTo(0.1);
        assertThat(tf.frequency("ASHWORTH")).isEqualTo(0.002);
        assertThat(tf.frequency("NOBODY")).isZero();
    }

    @Test
    void theAdjustmentIsLog2OfUOverTheFrequency() {
        TermFrequencies tf = TermFrequencies.of(people(), new FamilyNameComparison());
        double uExact = 0.01;
        assertThat(tf.adjustment("SMITH", uExact)).isCloseTo(Math.log(0.1) / Math.log(2), within(1e-12)); // -3.32
        assertThat(tf.adjustment("ASHWORTH", uExact)).isCloseTo(Math.log(5) / Math.log(2), within(1e-12)); // +2.32
    }

    @Test
    void aRareSurnameCountsForMoreInTheMatchWeight() {
        List<PreparedPerson> people = people();
        List<Comparison> comparisons = List.of(new GivenNameComparison(), new FamilyNameComparison());
        double[][] m = {{0.9, 0.04, 0.03, 0.02, 0.01}, {0.9, 0.04, 0.03, 0.02, 0.01}};
        double[][] u = {{0.01, 0.01, 0.01, 0.01, 0.96}, {0.01, 0.01, 0.01, 0.01, 0.96}};
        MatchModel model = MatchModel.of(comparisons, m, u, 0.001, people);
        PreparedPerson smith = people.get(0);
        PreparedPerson otherSmith = people.get(1);
        PreparedPerson ashworth = people.get(100);
        PreparedPerson otherAshworth = people.get(101);
        double common = model.weight(ComparisonVector.of(comparisons, smith, otherSmith), smith.index);
        double rare = model.weight(ComparisonVector.of(comparisons, ashworth, otherAshworth), ashworth.index);
        assertThat(rare - common).isCloseTo(Math.log(0.1 / 0.002) / Math.log(2), within(1e-6)); // 5.64 bits
        FieldContribution family = model.explain(ashworth, otherAshworth).get(1);
        assertThat(family.level()).isEqualTo("exact");
        assertThat(family.termFrequency()).isCloseTo(Math.log(0.01 / 0.002) / Math.log(2), within(1e-6));
        assertThat(family.weight()).isCloseTo(Math.log(90) / Math.log(2), within(1e-9));
    }
}
