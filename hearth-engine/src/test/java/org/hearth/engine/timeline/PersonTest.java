package org.hearth.engine.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.hearth.engine.timeline.Vocabulary.Sex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonTest {

    @ParameterizedTest(name = "born {0}, on {1} aged {2}")
    @CsvSource({
        "2000-06-15, 2018-06-14, 17",
        "2000-06-15, 2018-06-15, 18",
        "2000-02-29, 2001-02-28, 0",
        "2000-02-29, 2001-03-01, 1",
        "2000-02-29, 2004-02-29, 4",
        "1999-03-01, 2015-02-28, 15",
        "2015-01-01, 2015-01-01, 0"
    })
    void ageInWholeYears(String born, String on, int age) {
        Person person = new Person("P1", LocalDate.parse(born), Sex.UNKNOWN, null, null);

        assertThat(person.ageOn(LocalDate.parse(on))).isEqualTo(age);
    }
}
