package org.hearth.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks of the identifiers persons.csv stages: UPN check letters, NHS check digits, NI number prefixes. */
class IdentifierChecksTest {

    @ParameterizedTest(name = "{0} is a UPN")
    @CsvSource({"R201234515001", "F201234515002", "V201234516004", "Z20123451700A", "A000000000000"})
    void validUpns(String upn) {
        assertThat(UniquePupilNumber.problem(upn)).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "A201234515001|the check letter is wrong: the digits give R, not A",
        "V201234516003|the check letter is wrong: the digits give F, not V",
        "R20123451500|a UPN has 13 characters, not 12",
        "I201234515001|a UPN begins with a check letter (one of ABCDEFGHJKLMNPQRTUVWXYZ)",
        "R2012345150X1|character 12 of a UPN is a digit",
        "R20123451700I|character 13 of a UPN is a digit (or a letter, in a temporary UPN)"})
    void badUpns(String upn, String problem) {
        assertThat(UniquePupilNumber.problem(upn)).isEqualTo(problem);
    }

    @ParameterizedTest(name = "{0} is an NHS number")
    @CsvSource({"9434765919", "943 476 5919", "943-476-5919", "4010232137", "4505577104", "1234567881",
        "4010232110" /* the remainder is 0, so 11 - 0 = 11, which counts as 0 */})
    void validNhsNumbers(String number) {
        assertThat(NhsNumber.problem(number)).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "9434765918|the check digit is wrong: the first nine digits give 9, not 8",
        "9434765910|the check digit is wrong: the first nine digits give 9, not 0",
        "4010232111|the check digit is wrong: the first nine digits give 0, not 1",
        "1234567890|no NHS number has these first nine digits (their check digit would be 10)",
        "943476591|an NHS number is 10 digits",
        "94347659190|an NHS number is 10 digits",
        "94347659A9|an NHS number is 10 digits"})
    void badNhsNumbers(String number, String problem) {
        assertThat(NhsNumber.problem(number)).isEqualTo(problem);
    }

    @ParameterizedTest(name = "{0} is a National Insurance number")
    @CsvSource({"JG103759A", "JG 10 37 59 A", "jg103759a", "AB123456", "ZX123456D"})
    void validNiNumbers(String number) {
        assertThat(NationalInsuranceNumber.problem(number)).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "DQ123456C|'DQ' is not a prefix HMRC issues",
        "QQ123456C|'QQ' is not a prefix HMRC issues",
        "QO123456C|'QO' is not a prefix HMRC issues",
        "GB123456A|'GB' is not a prefix HMRC issues",
        "TN123456A|'TN' is not a prefix HMRC issues",
        "JG123456E|a National Insurance number ends in a letter A to D",
        "JG12345|a National Insurance number is two letters, six digits and a letter A to D",
        "JG12A456C|a National Insurance number has six digits after its two letters"})
    void badNiNumbers(String number, String problem) {
        assertThat(NationalInsuranceNumber.problem(number)).isEqualTo(problem);
    }
}
