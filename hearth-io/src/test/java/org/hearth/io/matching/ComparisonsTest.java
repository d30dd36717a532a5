package org.hearth.io.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each comparator's levels at their boundaries, each pair compared both ways round. */
class ComparisonsTest {

    private static int both(Comparison comparison, People a, People b) {
        int forward = comparison.level(a.prepared(0), b.prepared(1));
        int backward = comparison.level(b.prepared(1), a.prepared(0));
        assertThat(backward).as("the same level both ways round").isEqualTo(forward);
        return forward;
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "John, John, exact",
        "john, JOHN, exact",
        "José, Jose, exact",
        "Bill, William, nickname",
        "Bill, Will, nickname",       // both stand for William
        "Peggy, Margaret, nickname",
        "Jon, John, nickname",
        "Sara, Sarah, Jaro-Winkler >= 0.92",
        "Jonh, John, Jaro-Winkler >= 0.92",  // letters swapped
        "Stephen, Steven, Jaro-Winkler >= 0.80",
        "Amy, Zoe, else",
        "Peggy, Mary, else",           // Peggy is Margaret, Polly and Molly are Mary
        "Ashworth, Sarah, else"        // the family names are both Ashworth: not swapped
    })
    void givenNames(String a, String b, String level) {
        GivenNameComparison given = new GivenNameComparison();
        int at = both(given, People.person("a", "1").named(a, "Ashworth"), People.person("b", "1").named(b, "Ashworth"));
        assertThat(given.levels().get(at)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} {1} and {2} {3}: {4}")
    @CsvSource({
        "Ali, Hassan, Hassan, Ali, given and family names swapped",
        "ali, HASSAN, Hassan, Ali, given and family names swapped",
        "Ali, Hassan, Hassan, Aly, else",        // one name swapped and the other mistyped: no level but else
        "Ali, Hassan, Hassan, Omar, else",       // only one name moved: not a swap
        "Ali, Hassan, Ali, Hassan, exact",
        "Hassan, Hassan, Hassan, Hassan, exact"  // the same name twice is exact, not swapped
    })
    void swappedNames(String givenA, String familyA, String givenB, String familyB, String level) {
        GivenNameComparison given = new GivenNameComparison();
        int at = both(given, People.person("a", "1").named(givenA, familyA), People.person("b", "1").named(givenB, familyB));
        assertThat(given.levels().get(at)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "Smith, Smith, exact",
        "O'Brien, OBrien, exact",
        "Smith-Jones, Jones, 'part of a double-barrelled name, or a former name'",
        "Smith-Jones, Smith, 'part of a double-barrelled name, or a former name'",
        "Smith Jones, Smith, 'part of a double-barrelled name, or a former name'",
        "Thompson, Thomson, Jaro-Winkler >= 0.92",
        "Smith, Smyth, Jaro-Winkler >= 0.80",
        "Smith-Jones, Smith-Brown, Jaro-Winkler >= 0.80",
        "Smith, Patel, else"
    })
    void familyNames(String a, String b, String level) {
        FamilyNameComparison family = new FamilyNameComparison();
        int at = both(family, People.person("a", "1").named("Sarah", a), People.person("b", "1").named("Sarah", b));
        assertThat(family.levels().get(at)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} formerly {1} and {2}: {3}")
    @CsvSource({
        "Taylor, Smith, Smith, 'part of a double-barrelled name, or a former name'",
        "Taylor, Smith, Smith-Jones, 'part of a double-barrelled name, or a former name'",
        "Taylor, Smith, Patel, else"
    })
    void aFormerFamilyNameMatches(String family, String former, String other, String level) {
        FamilyNameComparison comparison = new FamilyNameComparison();
        int at = both(comparison, People.person("a", "1").named("Sarah", family).formerly(former),
                People.person("b", "1").named("Sarah", other));
        assertThat(comparison.levels().get(at)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "2010-04-03, 2010-04-03, exact",
        "2010-04-03, 2010-03-04, day and month transposed",
        "2010-12-11, 2010-11-12, day and month transposed",
        "2010-04-03, 2010-04-08, one digit different",
        "2010-04-03, 2012-04-03, one digit different",
        "2010-04-03, 2011-04-04, within a year",   // two digits: 366 days apart
        "2010-04-03, 2011-04-05, else",            // 367 days
        "2010-04-03, 2011-03-04, within a year",   // transposed in another year is not a transposition
        "2010-04-03, 1985-06-14, else"
    })
    void datesOfBirth(String a, String b, String level) {
        DateOfBirthComparison born = new DateOfBirthComparison();
        int at = both(born, People.person("a", "1").born(a), People.person("b", "1").born(b));
        assertThat(born.levels().get(at)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "SW1A 1AA, sw1a1aa, full postcode",
        "SW1A 1AA, SW1A 1BB, sector",
        "SW1A 1AA, SW1A 2AA, district",
        "N1 9GU, N1 8GU, district",
        "SW1A 1AA, N1 9GU, else"
    })
    void postcodes(String a, String b, String level) {
        PostcodeComparison postcode = new PostcodeComparison();
        int at = both(postcode, People.person("a", "1").at(a), People.person("b", "1").at(b));
        assertThat(postcode.levels().get(at)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} and {1}: missing")
    @CsvSource({"SW1A 1AA, NOT A POSTCODE", "SW1A 1AA, ''", "SW1A 1AA, 123"})
    void aValueThatIsNotAPostcodeSaysNothing(String a, String b) {
        assertThat(both(new PostcodeComparison(), People.person("a", "1").at(a), People.person("b", "1").at(b)))
                .isEqualTo(Comparison.MISSING);
    }

    /** Addresses in two postcodes (the postcodes' own comparison says the rest) unless the row gives others. */
    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "14 Elm Road, '14, ELM ROAD', same address",
        "'Flat 2, 14 Elm Road', FLAT 2 14 ELM ROAD, same address",
        "'Rose Cottage, Elm Road', 'Rose Cottage, Elm Road', same address",
        "'14 Elm Road, Leeds', 14 Elm Road, 'same house number, the rest alike'",       // a town left out
        "'14 Elm Road, Headingley, Leeds', '14 Elm Road, Leeds', 'same house number, the rest alike'",
        "14 Elm Raod, 14 Elm Road, 'same house number, the rest alike'",                // letters swapped: JW 0.975
        "'Flat 2, 14 Elm Road', 'Flat 2, 14 Elm Raod', 'same house number, the rest alike'",
        "'Flat 2, 14 Elm Road', 'Flat 3, 14 Elm Road', else",                           // another flat
        "'Flat 2, 14 Elm Road', 14 Elm Road, else",                                     // a flat number on one side
        "14 Elm Road, 16 Elm Road, else",
        "14A Elm Road, 14 Elm Road, else",
        "14 Elm Road, 14 Oak Avenue, else",
        "'Rose Cottage, Elm Road', 'Rose Cottage, Elm Rd', else",                       // no number, not the same
        "14 Elm Road, 14, else"                                                         // a number and nothing else
    })
    void addresses(String a, String b, String level) {
        AddressComparison address = new AddressComparison();
        int at = both(address, People.person("a", "1").at("ZY1 1AB").living(a, null),
                People.person("b", "1").at("ZY9 9XY").living(b, null));
        assertThat(address.levels().get(at)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} {1} {2} and {3} {4} {5}: {6}")
    @CsvSource({
        "14 Elm Road, 10002333695, ZY1 1AB, 3 Oak Avenue, 010002333695, ZY9 9XY, same UPRN",  // leading zero
        "14 Elm Road, 10002333695, ZY1 1AB, 14 Elm Road, 10002333696, ZY9 9XY, else",         // two dwellings
        "14 Elm Road, 10002333695, ZY1 1AB, 14 Elm Road, '', ZY9 9XY, same address",          // one UPRN: the text
        "14 Elm Road, '', ZY1 1AB, 14 Elm Road, '', '', same address",                        // one postcode missing
        "14 Elm Road, '', ZY1 1AB, 14 Elm Road, '', zy11ab, missing",                         // the postcode says it
        "14 Elm Road, '', ZY1 1AB, 16 Elm Road, '', ZY1 1AB, missing",
        "14 Elm Road, 10002333695, ZY1 1AB, 14 Elm Road, 10002333695, ZY1 1AB, missing",
        "14 Elm Road, '', ZY1 1AB, '', '', ZY9 9XY, missing",                                 // no address
        "14 Elm Road, '', ZY1 1AB, ' , ', '', ZY9 9XY, missing",                              // nothing in it
        "'', 10002333695, ZY1 1AB, '', 10002333695, ZY9 9XY, same UPRN"
    })
    void addressesWithUprnsAndPostcodes(String addressA, String uprnA, String postcodeA, String addressB, String uprnB,
            String postcodeB, String level) {
        AddressComparison address = new AddressComparison();
        int at = both(address, People.person("a", "1").at(postcodeA).living(addressA, uprnA),
                People.person("b", "1").at(postcodeB).living(addressB, uprnB));
        assertThat(at == Comparison.MISSING ? "missing" : address.levels().get(at)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({"female, female, 0", "female, male, 1", "female, unknown, -1", "other, male, -1"})
    void sex(String a, String b, int level) {
        assertThat(both(new SexComparison(), People.person("a", "1").sex(a), People.person("b", "1").sex(b)))
                .isEqualTo(level);
    }

    @ParameterizedTest(name = "{0}: missing")
    @CsvSource({"given", "family", "born"})
    void aMissingValueSaysNothing(String field) {
        People a = People.person("a", "1");
        People b = People.person("b", "1");
        switch (field) {
            case "given" -> b.named(null, "Ashworth");
            case "family" -> b.named("Sarah", null);
            default -> b.born(null);
        }
        Comparison comparison = switch (field) {
            case "given" -> new GivenNameComparison();
            case "family" -> new FamilyNameComparison();
            default -> new DateOfBirthComparison();
        };
        assertThat(both(comparison, a, b)).isEqualTo(Comparison.MISSING);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"MARTHA, MARHTA", "DWAYNE, DUANE", "DIXON, DICKSONX", "JON, JOHN", "A, B", "AB, BA", "ABC, ABC",
        "JELLYFISH, SMELLYFISH", "SHACKLEFORD, SHACKELFORD"})
    void jaroWinklerIsCommonsTexts(String a, String b) {
        JaroWinklerSimilarity commons = new JaroWinklerSimilarity();
        assertThat(JaroWinkler.similarity(a, b)).isEqualTo(commons.apply(a, b));
        assertThat(JaroWinkler.similarity(b, a)).isEqualTo(commons.apply(b, a));
    }

    @Test
    void namesLongerThan64LettersAreComparedToo() {
        String long1 = "WOLFESCHLEGELSTEINHAUSENBERGERDORFFWELCHEVORALTERNWARENGEWISSENHAFTSCHAFERSWESSEN";
        String long2 = long1.replace("ALTERN", "ALTREN");
        assertThat(JaroWinkler.similarity(long1, long2)).isEqualTo(new JaroWinklerSimilarity().apply(long1, long2))
                .isGreaterThan(JaroWinkler.CLOSE);
    }
}
