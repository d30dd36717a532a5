package org.hearth.io.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hearth.io.matching.AddressText;
import org.hearth.io.matching.SourcePerson;
import org.junit.jupiter.api.Test;

/**
 * The generated sources' addresses: where a record has a postcode it has an address there, on the postcode's street,
 * and a person's records give at most two homes (now and before their last move).
 */
class MatchingDataTest {

    @Test
    void aRecordsAddressGoesWithItsPostcode() {
        MatchingData data = MatchingData.generate(500, 3);
        Map<String, String> streetAtPostcode = new HashMap<>();
        Map<String, Set<String>> homesOfPerson = new HashMap<>();
        int withAddress = 0;
        for (SourcePerson record : data.records()) {
            assertThat(record.address() == null).as("address given with the postcode, %s", record.key())
                    .isEqualTo(record.postcode() == null);
            if (record.address() != null) {
                withAddress++;
                assertThat(record.address()).matches("(?i)\\d{1,3},? [a-z]+ [a-z]+");
                String address = AddressText.normalised(record.address());
                String postcode = record.postcode().replace(" ", "").toUpperCase(Locale.ROOT);
                String street = address.substring(address.indexOf(' ') + 1);
                assertThat(streetAtPostcode.putIfAbsent(postcode, street)).as("one street at %s", postcode)
                        .isIn(null, street);
                homesOfPerson.computeIfAbsent(data.truth().get(record.key()), person -> new HashSet<>())
                        .add(postcode + " " + address);
            }
        }
        assertThat(withAddress).isGreaterThan(data.records().size() / 2);
        assertThat(homesOfPerson.values()).allSatisfy(homes -> assertThat(homes).hasSizeLessThanOrEqualTo(2));
    }

    @Test
    void householdsShareAStreetWithTheirPostcodeAndMoveToAnotherHouse() {
        String now = MatchingPopulation.address("H7", "ZY1 0AB", false);
        assertThat(MatchingPopulation.address("H8", "ZY1 0AB", false)).endsWith(now.substring(now.indexOf(' ')));
        assertThat(MatchingPopulation.address("H7", "ZY1 0AB", true)).isNotEqualTo(now);
        assertThat(MatchingPopulation.address("H7", "ZY1 0AB", false)).isEqualTo(now);
    }
}
