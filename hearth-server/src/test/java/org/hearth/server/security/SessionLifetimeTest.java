package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.ServletException;
import org.hearth.server.HearthServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * However busy, a session ends once it is as old as the absolute limit: a working day (10 hours) by default, its last
 * millisecond still signed in; and through the real server, a session of a 3-second limit is sent back to sign in.
 */
class SessionLifetimeTest {
    private static final Duration WORKING_DAY = Duration.ofHours(10);

    @TempDir
    Path temp;

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionIsSignedInUntilItsLastMillisecondAndSignedOutWhenItIsTenHoursOld() throws Exception {
        assertThat(after(WORKING_DAY.minusMillis(1))).as("one millisecond short of ten hours").isTrue();
        assertThat(after(WORKING_DAY)).as("ten hours exactly").isFalse();
        assertThat(after(WORKING_DAY.plusHours(3))).isFalse();
    }

    @Test
    void aLimitOfNothingIsRefused() {
        assertThatThrownBy(() -> new SessionLifetime(Duration.ZERO, Clock.systemUTC()))
                .hasMessageContaining("hearth.session.absolute-timeout");
    }

    @Test
    void throughTheServerASessionOlderThanItsLimitIsSentBackToSignInAndAFreshSignInWorks() throws Exception {
        try (ConfigurableApplicationContext server = HearthServer.start("--HEARTH_DATA_DIR=" + temp.resolve("hearth"),
                "--server.port=0", "--HEARTH_EMBEDDED_FSYNC=off", "--hearth.session.absolute-timeout=PT3S")) {
            Staff.ofEachRole(server);
            Browser browser = new Browser(server);
            long signedInAt = System.nanoTime();
            assertThat(browser.signIn("key_worker", Staff.PASSWORD).headers().firstValue("Location").orElseThrow())
                    .doesNotContain("error");
            assertThat(browser.get("/").statusCode()).as("within the limit").isEqualTo(200);

            Thread.sleep(Math.max(0, Duration.ofSeconds(3).toMillis() - (System.nanoTime() - signedInAt) / 1_000_000 + 200));
            HttpResponse<String> late = browser.get("/");

            assertThat(late.statusCode()).isEqualTo(302);
            assertThat(late.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
            browser.signIn("key_worker", Staff.PASSWORD);
            assertThat(browser.get("/").statusCode()).as("signed in afresh").isEqualTo(200);
        }
    }

    /** True when a signed-in session begun the given time ago is still signed in after the filter. */
    private static boolean after(Duration age) throws IOException, ServletException {
        MockHttpSession session = new MockHttpSession();
        Clock later = Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(age), ZoneOffset.UTC);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/families");
        request.setSession(session);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("kw", null,
                List.of(new SimpleGrantedAuthority("ROLE_KEY_WORKER"))));

        new SessionLifetime(WORKING_DAY, later).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        return !session.isInvalid() && SecurityContextHolder.getContext().getAuthentication() != null;
    }
}
