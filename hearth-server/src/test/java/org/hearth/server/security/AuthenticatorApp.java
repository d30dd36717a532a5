package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.codec.binary.Base32;

/**
 * A person's authenticator app, as a test holds it: the secret a set-up page showed, as the person would type it, and
 * the codes it makes from it; and the recovery codes the person was shown.
 */
final class AuthenticatorApp {
    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<li>([2-9A-Z]{5}-[2-9A-Z]{5})</li>");

    private final byte[] secret;
    private final List<String> recoveryCodes;

    private AuthenticatorApp(byte[] secret, List<String> recoveryCodes) {
        this.secret = secret;
        this.recoveryCodes = recoveryCodes;
    }

    /**
     * Sets up the browser's user's second factor, as they would: the page's secret typed into the app, the app's code
     * given back, the recovery codes written down.
     */
    static AuthenticatorApp setUp(Browser browser) {
        byte[] secret = secretOn(browser.get(TwoFactorController.PATH).body());
        HttpResponse<String> done = browser.submit(TwoFactorController.PATH, TwoFactorController.PATH,
                Map.of("code", code(secret, 0)));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        List<String> codes = RECOVERY_CODE.matcher(done.body()).results().map(found -> found.group(1)).toList();
        assertThat(codes).hasSize(RecoveryCodes.COUNT);
        return new AuthenticatorApp(secret, codes);
    }

    /** The secret a set-up page shows for typing. */
    static byte[] secretOn(String page) {
        Matcher shown = SECRET.matcher(page);
        assertThat(shown.find()).as("the page shows a secret: %s", page).isTrue();
        return new Base32().decode(shown.group(1).replace(" ", ""));
    }

    byte[] secret() {
        return secret;
    }

    /** The code the app shows now. */
    String code() {
        return code(0);
    }

    /** The code of the step so many steps from now: -1 the one just gone, 1 the next. */
    String code(int stepsFromNow) {
        return code(secret, stepsFromNow);
    }

    /**
     * The secret's code of the step so many steps from now; in the last two seconds of a step, the next step's, so
     * that the step has not moved on by the time the server reads it.
     */
    static String code(byte[] secret, int stepsFromNow) {
        long step = OneTimeCodes.STEP.toMillis();
        long intoStep = System.currentTimeMillis() % step;
        if (intoStep > step - 2000) {
            try {
                Thread.sleep(step - intoStep + 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return OneTimeCodes.code(secret, OneTimeCodes.step(Instant.now()) + stepsFromNow);
    }

    List<String> recoveryCodes() {
        return recoveryCodes;
    }
}
