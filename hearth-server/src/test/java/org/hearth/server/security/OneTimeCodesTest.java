package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 6238's codes, and which are accepted: the step now and one either side, never two away, never one at or before
 * the last accepted.
 */
class OneTimeCodesTest {
    /** RFC 6238, Appendix B: the SHA-1 seed. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-03-02T10:15:45Z");
    private static final long STEP = OneTimeCodes.step(NOW);

    /** RFC 6238, Appendix B, SHA-1, as an app shows them: the last 6 of the 8 digits. */
    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
            "20000000000, 353130"})
    void theCodesAreRfc6238s(long seconds, String code) {
        assertThat(OneTimeCodes.code(RFC_SECRET, OneTimeCodes.step(Instant.ofEpochSecond(seconds)))).isEqualTo(code);
    }

    @Test
    void aStepIsThirtySecondsSince1970() {
        assertThat(OneTimeCodes.step(Instant.ofEpochSecond(29))).isZero();
        assertThat(OneTimeCodes.step(Instant.ofEpochSecond(30))).isEqualTo(1);
        assertThat(OneTimeCodes.step(Instant.ofEpochSecond(59))).isEqualTo(1);
    }

    @Test
    void nowsCodeAndTheCodesOfTheStepEitherSideAreAcceptedAndNoOther() {
        assertThat(accepted(code(0))).hasValue(STEP);
        assertThat(accepted(code(-1))).as("the previous step's").hasValue(STEP - 1);
        assertThat(accepted(code(1))).as("the next step's").hasValue(STEP + 1);
        assertThat(accepted(code(-2))).as("two steps ago").isEmpty();
        assertThat(accepted(code(2))).as("two steps on").isEmpty();
    }

    @Test
    void aCodeOfTheLastAcceptedStepOrAnEarlierOneIsRefused() {
        assertThat(OneTimeCodes.acceptedStep(RFC_SECRET, code(0), NOW, STEP)).as("used already").isEmpty();
        assertThat(OneTimeCodes.acceptedStep(RFC_SECRET, code(-1), NOW, STEP)).as("before the last used").isEmpty();
        assertThat(OneTimeCodes.acceptedStep(RFC_SECRET, code(1), NOW, STEP)).as("after it").hasValue(STEP + 1);
    }

    @Test
    void spacesAreIgnoredAndAnythingButSixDigitsIsNoCode() {
        String code = code(0);
        assertThat(accepted(code.substring(0, 3) + " " + code.substring(3))).hasValue(STEP);
        assertThat(accepted("")).isEmpty();
        assertThat(accepted(null)).isEmpty();
        assertThat(accepted(code + "0")).isEmpty();
        assertThat(accepted("12345a")).isEmpty();
    }

    @Test
    void aNewSecretIs160RandomBits() {
        assertThat(OneTimeCodes.newSecret()).hasSize(20).isNotEqualTo(OneTimeCodes.newSecret());
    }

    @Test
    void theAppsAddressCarriesTheSecretInBase32AndNamesHearthAndTheUser() {
        String address = OneTimeCodes.appAddress("Hearth", "alex.key@council.gov.uk", RFC_SECRET);

        assertThat(address).isEqualTo("otpauth://totp/Hearth:alex.key%40council.gov.uk?secret="
                + "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Hearth&algorithm=SHA1&digits=6&period=30");
        assertThat(OneTimeCodes.forTyping(RFC_SECRET)).isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
        assertThat(new Base32().decode(OneTimeCodes.forTyping(RFC_SECRET).replace(" ", ""))).isEqualTo(RFC_SECRET);
    }

    private static java.util.OptionalLong accepted(String code) {
        return OneTimeCodes.acceptedStep(RFC_SECRET, code, NOW, Long.MIN_VALUE);
    }

    private static String code(int stepsFromNow) {
        return OneTimeCodes.code(RFC_SECRET, STEP + stepsFromNow);
    }
}
