package org.hearth.io.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierChecksTest {

    @ParameterizedTest(name = "UPN {0}: {1}")
    @CsvSource({
        "B801200005001, true",   // 8x2 + 1x4 + 2x5 + 5x10 + 1x13 = 93; 93 mod 23 = 1 = B
        "P207000016049, true",   // 2x2 + 7x4 + 1x9 + 6x10 + 4x12 + 9x13 = 266; 266 mod 23 = 13 = P
        "B207000016049, false",  // the school census error 1510 example's UPN with its wrong check letter
        "Q207000016049, false",  // and the letter that example's help page gives, from a sum slipped to 267
        "A801200005001, false",
        "P20700001604, false",   // 12 characters
        "P2070000160490, false", // 14 characters
        "P20700001604I, false",  // I is never the last letter of a temporary UPN
        "P2070000A6049, false"   // a letter in the middle
    })
    void aUpnNeedsItsCheckLetter(String upn, boolean valid) {
        assertThat(UniquePupilNumber.valid(upn)).isEqualTo(valid);
    }

    @Test
    void aTemporaryUpnEndsInALetterCountedAtItsValue() {
        String twelve = "80120000500A"; // A counts 0: the same sum as ...5000, so the same letter as B801200005000's
        assertThat(UniquePupilNumber.checkLetter(twelve)).isEqualTo(UniquePupilNumber.checkLetter("801200005000"));
        assertThat(UniquePupilNumber.valid(UniquePupilNumber.checkLetter(twelve) + twelve)).isTrue();
    }

    @Test
    void digitsFromAnotherScriptAreNotDigits() {
        assertThat(UniquePupilNumber.valid("P20700001604\u0669")).isFalse(); // Arabic-Indic nine
        assertThat(NhsNumber.valid("943476591\u0669")).isFalse();
        assertThatThrownBy(() -> UniquePupilNumber.checkLetter("2070000160")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "NHS number {0}: {1}")
    @CsvSource({
        "9434765919, true",  // the NHS Data Dictionary's example
        "9434765918, false", // the check digit one out
        "9434765991, false", // two digits transposed
        "1234567890, false", // 210 mod 11 = 1: check digit 10, never valid
        "943476591, false",
        "94347659190, false",
        "943476591A, false"
    })
    void anNhsNumberNeedsItsModulus11CheckDigit(String nhs, boolean valid) {
        assertThat(NhsNumber.valid(nhs)).isEqualTo(valid);
    }

    @Test
    void aRemainderOfZeroGivesCheckDigitZero() {
        assertThat(NhsNumber.checkDigit("000000000")).isZero();
        assertThat(NhsNumber.checkDigit("943476591")).isEqualTo(9);
    }

    @ParameterizedTest(name = "NI number {0}: {1}")
    @CsvSource({
        "AB123456C, true",
        "JY000001A, true",
        "QQ123456C, false", // HMRC's specimen: Q is never used
        "DA123456A, false", // D is never a first letter
        "AD123456A, false", // nor a second
        "AO123456A, false", // O is never a second letter
        "OA123456A, true",  // but may be a first
        "BG123456A, false", // BG, GB, KN, NK, NT, TN and ZZ are never allocated
        "GB123456A, false",
        "KN123456A, false",
        "NK123456A, false",
        "NT123456A, false",
        "TN123456A, false",
        "ZZ123456A, false",
        "AB123456E, false", // the suffix is A to D
        "AB12345C, false",
        "AB1234567, false"
    })
    void anNiNumberFollowsHmrcsPrefixRules(String ni, boolean valid) {
        assertThat(NationalInsuranceNumber.valid(ni)).isEqualTo(valid);
    }
}
