package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hearth.server.HearthServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Local users' second factor, on a server where it is optional (the default): set up with the app's code, then asked
 * for at every password sign-in, and until it is given the session reaches nothing; codes spent once, throttled with
 * the passwords; a recovery code once; HTTP Basic refused; an administrator's reset; turning it off; and no secret in
 * the database or the audit log as it is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoFactorTest {
    private static final String PASSWORD = Staff.PASSWORD;
    private static final String CODE_PAGE = CodeSignInController.PATH;

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private Staff staff;

    @BeforeAll
    void start() {
        server = HearthServer.start("--HEARTH_DATA_DIR=" + temp.resolve("hearth"), "--server.port=0",
                "--HEARTH_EMBEDDED_FSYNC=off");
        jdbc = server.getBean(JdbcTemplate.class);
        staff = Staff.ofEachRole(server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aUserSetsUpASecondFactorAndThenSignsInWithTheirPasswordAndACode() {
        AuthenticatorApp app = setUp("setter", Role.COORDINATOR);
        Browser browser = new Browser(server);

        HttpResponse<String> password = browser.signIn("setter", PASSWORD);
        HttpResponse<String> home = browser.get("/");
        HttpResponse<String> codePage = browser.get(CODE_PAGE);

        assertThat(location(home)).as("the password alone").contains(CODE_PAGE);
        assertThat(codePage.statusCode()).isEqualTo(200);
        assertThat(codePage.body()).contains("Enter your sign-in code").doesNotContain("A person called setter");
        HttpResponse<String> code = browser.submit(CODE_PAGE, CODE_PAGE, Map.of("code", app.code(1)));
        assertThat(location(code)).endsWith("/");
        assertThat(browser.get("/").body()).contains("A person called setter", "Two-factor sign-in");
        assertThat(sessionId(code)).as("a new session once the code is given").isPresent()
                .isNotEqualTo(sessionId(password));
        assertThat(actions("setter")).containsSubsequence("second factor set up", "sign-in", "one-time code accepted");
        assertThat(detail("setter", "sign-in")).isEqualTo("password right, one-time code due");
    }

    @Test
    void untilTheCodeIsGivenTheSessionReachesNothingButTheCodesPage() {
        setUp("halfway", Role.ADMINISTRATOR);
        Browser browser = new Browser(server);
        browser.signIn("halfway", PASSWORD);

        for (String page : List.of("/", "/families", "/worklist", "/admin/users", "/admin/audit", TwoFactorController.PATH,
                "/break-glass")) {
            assertThat(location(browser.get(page))).as(page).contains(CODE_PAGE);
        }
        for (String api : List.of("/api/families", "/api/claims", "/api/imports")) {
            assertThat(browser.get(api).statusCode()).as(api).isEqualTo(401);
        }
        HttpResponse<String> addUser = browser.submit(CODE_PAGE, "/admin/users", Map.of("username", "sneaked",
                "displayName", "Sneaked In", "role", "ADMINISTRATOR", "password", PASSWORD));
        HttpResponse<String> turnOff = browser.submit(CODE_PAGE, TwoFactorController.PATH + "/off", Map.of("code", "000000"));

        assertThat(location(addUser)).contains(CODE_PAGE);
        assertThat(location(turnOff)).contains(CODE_PAGE);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'sneaked'", Long.class)).isZero();
        assertThat(server.getBean(SecondFactors.class).has("halfway")).isTrue();
        assertThat(browser.get("/api/health").statusCode()).as("public still").isEqualTo(200);
    }

    @Test
    void aCodeIsAcceptedOnceAndTheLastStepsCodeToo() {
        AuthenticatorApp app = setUp("replayed", Role.AUDITOR);
        spentLongAgo("replayed");
        String previous = app.code(-1);

        assertThat(location(signInWith("replayed", previous))).as("the step just gone").endsWith("/");
        HttpResponse<String> again = signInWith("replayed", previous);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("There is a problem", "has been used already");
        assertThat(actions("replayed")).containsSubsequence("one-time code accepted", "one-time code refused");
    }

    @Test
    void aRecoveryCodeSignsInOnceAndTheLogSaysHowManyAreLeft() {
        AuthenticatorApp app = setUp("phoneless", Role.AUDITOR);
        String recovery = app.recoveryCodes().get(3);

        assertThat(location(signInWith("phoneless", recovery.toLowerCase()))).endsWith("/");
        HttpResponse<String> again = signInWith("phoneless", recovery);

        assertThat(again.body()).contains("There is a problem");
        assertThat(detail("phoneless", SecondFactors.RECOVERY_CODE_USED)).isEqualTo("signing in, 9 left");
        assertThat(location(signInWith("phoneless", app.recoveryCodes().get(4)))).as("another").endsWith("/");
    }

    @Test
    void wrongCodesCountWithWrongPasswordsAndASecondPasswordDoesNotStartTheCountAgain() {
        AuthenticatorApp app = setUp("guesser", Role.AUDITOR);
        Browser first = new Browser(server);
        first.signIn("guesser", PASSWORD);
        for (int guess = 0; guess < 3; guess++) {
            assertThat(first.submit(CODE_PAGE, CODE_PAGE, Map.of("code", "00000" + guess)).body()).contains("There is a problem");
        }
        Browser second = new Browser(server);
        second.signIn("guesser", PASSWORD);
        assertThat(second.submit(CODE_PAGE, CODE_PAGE, Map.of("code", "000003")).statusCode()).isEqualTo(200);

        HttpResponse<String> fifth = second.submit(CODE_PAGE, CODE_PAGE, Map.of("code", "000004"));

        assertThat(location(fifth)).endsWith("/sign-in?locked");
        assertThat(location(second.get("/"))).as("signed out").endsWith("/sign-in");
        assertThat(location(first.submit(CODE_PAGE, CODE_PAGE, Map.of("code", app.code(1))))).as("the right code, locked")
                .endsWith("/sign-in?locked");
        assertThat(location(new Browser(server).signIn("guesser", PASSWORD))).as("the right password, locked")
                .endsWith("/sign-in?locked");
        assertThat(detail("guesser", SecondFactors.CODE_REFUSED)).isEqualTo("signing in: locked after 5 failed attempts");
    }

    @Test
    void httpBasicIsRefusedForAUserWithASecondFactorSayingWhy() {
        setUp("scripted", Role.COORDINATOR);

        HttpResponse<String> script = new Browser(server).getAs("/api/families", "scripted", PASSWORD);

        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.body()).contains("one-time code, which HTTP Basic cannot carry");
        assertThat(script.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(detail("scripted", ThrottledSignIn.REFUSED)).isEqualTo("HTTP Basic, which cannot carry a one-time code");
        assertThat(new Browser(server).getAs("/api/families", "coordinator", PASSWORD).statusCode())
                .as("a user without one").isEqualTo(200);
    }

    @Test
    void anAdministratorResetsASecondFactorWithAReasonAndTheUsersSessionsEnd() {
        setUp("lostphone", Role.AUDITOR);
        spentLongAgo("lostphone");
        Browser user = signedInWithCode("lostphone");
        Browser admin = staff.signedIn("administrator");
        String page = "/admin/users/lostphone/two-factor/reset";

        HttpResponse<String> noReason = admin.submit(page, page, Map.of("reason", " "));
        HttpResponse<String> reset = admin.submit(page, page, Map.of("reason", "Phone lost; rang the team's manager back"));

        assertThat(noReason.body()).contains("There is a problem", "Say why");
        assertThat(location(reset)).endsWith("/admin/users?two-factor-reset=lostphone");
        assertThat(admin.get("/admin/users?two-factor-reset=lostphone").body())
                .contains("The second factor of lostphone is reset");
        assertThat(location(user.get("/"))).as("the user's session").endsWith("/sign-in");
        assertThat(server.getBean(SecondFactors.class).has("lostphone")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from two_factor_recovery_code where username = 'lostphone'",
                Long.class)).isZero();
        assertThat(jdbc.queryForMap("""
                select username, detail from audit_entry where action = 'second factor reset' and subject = 'lostphone'"""))
                .containsEntry("username", "administrator").containsEntry("detail", "Phone lost; rang the team's manager back");
        assertThat(actions("lostphone")).endsWith("second factor reset", "sessions ended");
        assertThat(staff.signedIn("lostphone").get("/").statusCode()).as("the password alone, now").isEqualTo(200);
        assertThat(admin.get(page).statusCode()).as("nothing left to reset").isEqualTo(404);
    }

    @Test
    void aUserTurnsTheirSecondFactorOffWithACode() {
        AuthenticatorApp app = setUp("changed.mind", Role.AUDITOR);
        spentLongAgo("changed.mind");
        Browser browser = signedInWithCode("changed.mind");
        String off = TwoFactorController.PATH + "/off";

        HttpResponse<String> wrong = browser.submit(TwoFactorController.PATH, off, Map.of("code", "000000"));
        HttpResponse<String> right = browser.submit(TwoFactorController.PATH, off, Map.of("code", app.code(1)));

        assertThat(wrong.body()).contains("There is a problem");
        assertThat(location(right)).endsWith(TwoFactorController.PATH + "?turned-off");
        assertThat(browser.get(TwoFactorController.PATH + "?turned-off").body()).contains("Your second factor is turned off");
        assertThat(actions("changed.mind")).endsWith(SecondFactors.CODE_REFUSED, SecondFactors.CODE_ACCEPTED,
                SecondFactors.TURNED_OFF);
        assertThat(staff.signedIn("changed.mind").get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void theSecretIsKeptEncryptedUnderAKeyFileOnlyTheServersUserReadsAndNeverLogged() throws Exception {
        AuthenticatorApp app = setUp("careful", Role.AUDITOR);
        Path keyFile = temp.resolve("hearth").resolve("two-factor-key");

        byte[] stored = jdbc.queryForObject("select secret from two_factor where username = 'careful'", byte[].class);

        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(app.secret(), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(TwoFactorKey.fromFile(keyFile).open(stored, "careful")).isEqualTo(app.secret());
        assertThat(jdbc.queryForList("select code_hash from two_factor_recovery_code where username = 'careful'",
                String.class)).hasSize(RecoveryCodes.COUNT).allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}"));
        String log = String.join("\n", jdbc.queryForList("select action || subject || detail from audit_entry", String.class));
        assertThat(log).doesNotContain(OneTimeCodes.forTyping(app.secret()).replace(" ", ""));
        app.recoveryCodes().forEach(code -> assertThat(log).doesNotContain(code).doesNotContain(code.replace("-", "")));
    }

    @Test
    void withoutTheKeyTheSecretWasSealedWithTheRecoveryCodesStillSignIn() {
        AuthenticatorApp app = setUp("keyless", Role.AUDITOR);
        spentLongAgo("keyless");
        jdbc.update("update two_factor set secret = ? where username = 'keyless'",
                TwoFactorKey.create(temp.resolve("another-key")).seal(app.secret(), "keyless"));

        HttpResponse<String> appCode = signInWith("keyless", app.code());

        assertThat(appCode.body()).as("the app's code cannot be checked").contains("There is a problem");
        assertThat(location(signInWith("keyless", app.recoveryCodes().get(0)))).endsWith("/");
    }

    @Test
    void aWrongCodeDoesNotSetUpASecondFactorAndASecondSetUpIsRefused() {
        users().create(new NewUser("twice", "A person called twice", Role.AUDITOR, null), PASSWORD, "test");
        Browser browser = staff.signedIn("twice");
        byte[] secret = AuthenticatorApp.secretOn(browser.get(TwoFactorController.PATH).body());
        String wrong = OneTimeCodes.code(secret, OneTimeCodes.step(Instant.now()) + 3);

        HttpResponse<String> refused = browser.submit(TwoFactorController.PATH, TwoFactorController.PATH, Map.of("code", wrong));

        assertThat(refused.body()).contains("There is a problem", "Enter the 6-digit code");
        assertThat(AuthenticatorApp.secretOn(refused.body())).as("the same secret, still").isEqualTo(secret);
        AuthenticatorApp.setUp(browser);
        assertThat(browser.get(TwoFactorController.PATH).body()).contains("Your second factor is on").doesNotContain("id=\"secret\"");
    }

    /** A new user of the role, with their second factor set up as they would set it up. */
    private AuthenticatorApp setUp(String username, Role role) {
        users().create(new NewUser(username, "A person called " + username, role, null), PASSWORD, "test");
        return AuthenticatorApp.setUp(staff.signedIn(username));
    }

    /** As if the user's last code had been given minutes ago, so that now's and the last step's are theirs to give. */
    private void spentLongAgo(String username) {
        jdbc.update("update two_factor set last_step = ? where username = ?", OneTimeCodes.step(Instant.now()) - 10, username);
    }

    /** A fresh browser's password sign-in, then the code given on the code's page: the answer to the code. */
    private HttpResponse<String> signInWith(String username, String code) {
        Browser browser = new Browser(server);
        browser.signIn(username, PASSWORD);
        return browser.submit(CODE_PAGE, CODE_PAGE, Map.of("code", code));
    }

    /** A browser signed in with the password and the app's code of the step just gone. */
    private Browser signedInWithCode(String username) {
        Browser browser = new Browser(server);
        browser.signIn(username, PASSWORD);
        byte[] secret = TwoFactorKey.fromFile(temp.resolve("hearth").resolve("two-factor-key")).open(
                jdbc.queryForObject("select secret from two_factor where username = ?", byte[].class, username), username);
        assertThat(location(browser.submit(CODE_PAGE, CODE_PAGE, Map.of("code", AuthenticatorApp.code(secret, -1)))))
                .endsWith("/");
        return browser;
    }

    private Users users() {
        return server.getBean(Users.class);
    }

    private List<String> actions(String username) {
        return jdbc.queryForList("select action from audit_entry where subject = ? order by id", String.class, username);
    }

    private String detail(String username, String action) {
        return jdbc.queryForObject("select detail from audit_entry where subject = ? and action = ? order by id desc limit 1",
                String.class, username, action);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
    }

    /** The session id a response sets, if it sets one. */
    private static Optional<String> sessionId(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.split(";", 2)[0]).findFirst();
    }
}
