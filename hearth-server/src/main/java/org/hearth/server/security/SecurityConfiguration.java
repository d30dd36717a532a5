package org.hearth.server.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import org.hearth.server.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what (docs/operations.md, Security). Two filter chains share the session, the sign-in
 * ({@link ThrottledSignIn}), the check that a session's account is unchanged and the security headers:
 * <ul>
 *   <li>{@code /api/**}: a signed-in browser's session, or HTTP Basic credentials on each request for a script
 *       (no session made). It sends no Basic challenge, so a browser never asks for a password there and never keeps
 *       one to send by itself. An unsafe request with Basic credentials needs no CSRF token: another site's page
 *       cannot add an Authorization header without this server's CORS consent, which it never gives. Any other
 *       unsafe request rides on the session cookie and needs the token (the {@code X-CSRF-TOKEN} header; each page
 *       carries the token in a {@code _csrf} meta element).</li>
 *   <li>everything else, for people: the sign-in form, the session, a CSRF token in every form, and signing out
 *       (at the identity provider too, for a session made through it: {@link IdentityProvider#signOut}).</li>
 * </ul>
 * Passwords, by the form and by HTTP Basic, can be turned off, and the authority's identity provider turned on
 * ({@link SignInMethods}); a session made either way is the same from then on ({@link SignedIn}). A password sign-in
 * of a user with a second factor is not done until its one-time code is given: until then every rule of both chains
 * refuses it as a factor missing ({@link TwoFactorPolicy}, every rule's additional authorization), a page sends it to
 * {@code /sign-in/code} and the API answers 401; HTTP Basic refuses such a user outright ({@link ScriptSignIn}).
 * A command that runs without the web server ({@code hearth import}) has no filter chains, but the same password
 * encoder and sign-in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    /**
     * Scripts and styles from this server only (GOV.UK Frontend is served from its jar); no inline script or style,
     * no plug-ins, no framing, forms posted only here.
     */
    static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy(Optional.empty());
    /** Where signing out sends the browser, in the end: the sign-in page, saying so. */
    private static final String SIGNED_OUT = "/sign-in?signed-out";
    private static final String[] PUBLIC_PAGES = {"/sign-in", "/error", "/assets/**", "/govuk/**", "/hearth/**",
            "/favicon.ico"};
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    /** The header's "Sign out everywhere": every session of the user ends ({@link Users#endSessions}), then this one. */
    private static final RequestMatcher EVERYWHERE = PATHS.matcher(HttpMethod.POST, "/sign-out-everywhere");

    /** bcrypt, behind a prefix naming it ({bcrypt}…), so a stronger algorithm can later take over hash by hash. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * What each role may reach, from {@link Role}'s rules, which the pages' navigation follows too. Every user
     * reaches the families {@link Access} lets them see.
     */
    private static final String[] RUN_PROGRAMME = roles(Role::runsProgramme);
    private static final String[] READ_IMPORTS_AND_PLANS = roles(Role::readsImportsAndPlans);
    private static final String[] READ_AUDIT_LOG = roles(Role::readsAuditLog);
    private static final String[] MANAGE_USERS = roles(Role::managesUsers);
    private static final String[] RECORD_ANSWERS = roles(Role::recordsAnswers);
    private static final String[] SIGN_OFF_ANSWERS = roles(Role::signsOffAnswers);
    private static final String[] PRODUCE_EVIDENCE_PACKS = roles(Role::producesEvidencePacks);
    private static final String[] READ_REPORTS = roles(Role::readsReports);
    private static final String[] PREPARE_CLAIMS = roles(Role::preparesClaims);
    private static final String[] AUDIT_CLAIMS = roles(Role::auditsClaims);
    private static final String[] READ_CLAIMS = roles(Role::readsClaims);
    private static final String[] SCREEN_POPULATION = roles(Role::screensPopulation);
    private static final String[] REVIEW_MATCHES = roles(Role::reviewsMatches);
    private static final String[] READ_MATCHES = roles(Role::readsMatches);
    private static final String[] DECIDE_COMPOSITIONS = roles(Role::decidesCompositions);
    private static final String[] READ_COMPOSITION_DECISIONS = roles(Role::readsCompositionDecisions);
    private static final String[] MAKE_PSEUDONYMISED_EXPORTS = roles(Role::makesPseudonymisedExports);
    private static final String[] PRODUCE_SUBJECT_ACCESS_PACKS = roles(Role::producesSubjectAccessPacks);
    private static final String[] DISPOSE_OF_RECORDS = roles(Role::disposesOfRecords);
    private static final String[] DATA_PROTECTION_DUTIES = roles(Role::dataProtectionDuties);
    private static final String[] REQUEST_CORRECTIONS = roles(Role::requestsCorrections);
    private static final String[] DECIDE_CORRECTIONS = roles(Role::decidesCorrections);
    private static final String[] REVIEW_CORRECTED_DECISIONS = roles(Role::reviewsCorrectedDecisions);

    /**
     * Every rule's authorization ({@code hasAnyRole}, {@code authenticated}; not {@code permitAll}) also asks that the
     * sign-in owes no one-time code ({@link TwoFactorPolicy}).
     */
    @Bean
    AuthorizationManagerFactory<Object> authorizationManagerFactory(TwoFactorPolicy twoFactor) {
        DefaultAuthorizationManagerFactory<Object> rules = new DefaultAuthorizationManagerFactory<>();
        rules.setAdditionalAuthorization(twoFactor);
        return rules;
    }

    /** Passwords, and the identity provider's sign-in when there is one; which routes reach them is the chains'. */
    @Bean
    AuthenticationManager authenticationManager(JdbcTemplate jdbc, PasswordEncoder encoder, AuditLog audit,
                                                ObjectProvider<IdentityProvider> identityProvider) {
        UserAccounts accounts = new UserAccounts(jdbc);
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(accounts);
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(new ThrottledSignIn(passwords, new SignInThrottle(jdbc), audit));
        identityProvider.ifAvailable(provider -> providers.add(provider.signIn(accounts, audit)));
        return new ProviderManager(providers);
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager signIn, JdbcTemplate jdbc, SignInMethods methods,
                            TwoFactorPolicy twoFactor, AuditLog audit,
                            @Value("${hearth.session.absolute-timeout}") Duration sessionLimit) throws Exception {
        AuthenticationEntryPoint unauthorized = ScriptSignIn.UNAUTHORIZED;
        if (methods.passwords()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized));
        }
        return shared(http.securityMatcher("/api/**"), new ScriptSignIn(signIn, twoFactor, audit), jdbc, methods,
                sessionLimit)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/health", "/api/openapi.json").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/imports", "/api/plans", "/api/plans/what-if")
                        .hasAnyRole(RUN_PROGRAMME)
                        .requestMatchers(HttpMethod.POST, "/api/families/*/answers").hasAnyRole(RECORD_ANSWERS)
                        .requestMatchers("/api/sign-offs/**", "/api/answers/**").hasAnyRole(SIGN_OFF_ANSWERS)
                        .requestMatchers("/api/imports/**", "/api/plans/**").hasAnyRole(READ_IMPORTS_AND_PLANS)
                        .requestMatchers(HttpMethod.POST, "/api/reports/targets").hasAnyRole(RUN_PROGRAMME)
                        .requestMatchers("/api/reports/**").hasAnyRole(READ_REPORTS)
                        .requestMatchers(HttpMethod.POST, "/api/claims/batches", "/api/claims/batches/*/submit",
                                "/api/claims/batches/*/discretionary", "/api/claims/*/withdraw").hasAnyRole(PREPARE_CLAIMS)
                        .requestMatchers(HttpMethod.POST, "/api/claims/batches/*/sample", "/api/claims/*/decision")
                        .hasAnyRole(AUDIT_CLAIMS)
                        .requestMatchers("/api/claims", "/api/claims/**").hasAnyRole(READ_CLAIMS)
                        .requestMatchers("/api/screening").hasAnyRole(SCREEN_POPULATION)
                        .requestMatchers("/api/data-protection/pseudonymised-export").hasAnyRole(MAKE_PSEUDONYMISED_EXPORTS)
                        .requestMatchers("/api/data-protection/subject-access").hasAnyRole(PRODUCE_SUBJECT_ACCESS_PACKS)
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
                        .defaultDeniedHandlerForMissingAuthority(unauthorized, TwoFactorPolicy.FACTOR))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::unsafeWithoutBasicCredentials))
                .build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager signIn, JdbcTemplate jdbc, SignInMethods methods,
                              AuditLog audit, Users users, TwoFactorPolicy twoFactor,
                              @Value("${hearth.session.absolute-timeout}") Duration sessionLimit) throws Exception {
        if (methods.passwords()) {
            http.formLogin(form -> form.loginPage("/sign-in")
                    .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                            + (failure instanceof LockedException ? "/sign-in?locked" : "/sign-in?error"))));
        }
        methods.identityProvider().ifPresent(provider -> http.oauth2Login(login -> provider.signInThrough(login, audit)));
        return shared(http, signIn, jdbc, methods, sessionLimit)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        // A sign-in that owes its one-time code reaches these alone: the code's page, and the page
                        // that sets up a second factor (but not for one who has a second factor already).
                        .requestMatchers(CodeSignInController.PATH).access(AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers(TwoFactorController.PATH).access(twoFactor.settingUp())
                        .requestMatchers("/admin/users/**").hasAnyRole(MANAGE_USERS)
                        .requestMatchers("/admin/audit/**").hasAnyRole(READ_AUDIT_LOG)
                        .requestMatchers(HttpMethod.POST, "/imports", "/plans", "/families/*/allocation")
                        .hasAnyRole(RUN_PROGRAMME)
                        .requestMatchers(HttpMethod.POST, "/families/*/answers").hasAnyRole(RECORD_ANSWERS)
                        .requestMatchers("/sign-offs/**").hasAnyRole(SIGN_OFF_ANSWERS)
                        .requestMatchers("/plans/what-if/**").hasAnyRole(RUN_PROGRAMME)
                        .requestMatchers("/imports/**", "/plans/**").hasAnyRole(READ_IMPORTS_AND_PLANS)
                        .requestMatchers("/families/*/evidence.pdf", "/evidence", "/evidence/**")
                        .hasAnyRole(PRODUCE_EVIDENCE_PACKS)
                        .requestMatchers(HttpMethod.POST, "/reports/targets/**").hasAnyRole(RUN_PROGRAMME)
                        .requestMatchers("/reports/**").hasAnyRole(READ_REPORTS)
                        .requestMatchers("/claims/prepare").hasAnyRole(PREPARE_CLAIMS)
                        .requestMatchers(HttpMethod.POST, "/claims/batches", "/claims/batches/*/submit",
                                "/claims/batches/*/discretionary", "/claims/*/withdraw").hasAnyRole(PREPARE_CLAIMS)
                        .requestMatchers("/claims/batches/*/work-through").hasAnyRole(AUDIT_CLAIMS)
                        .requestMatchers(HttpMethod.POST, "/claims/batches/*/sample", "/claims/*/decision")
                        .hasAnyRole(AUDIT_CLAIMS)
                        .requestMatchers("/claims", "/claims/**").hasAnyRole(READ_CLAIMS)
                        .requestMatchers("/screening", "/screening.csv").hasAnyRole(SCREEN_POPULATION)
                        .requestMatchers(HttpMethod.POST, "/matching", "/matching/**").hasAnyRole(REVIEW_MATCHES)
                        .requestMatchers("/matching", "/matching/**").hasAnyRole(READ_MATCHES)
                        .requestMatchers(HttpMethod.POST, "/families/*/composition").hasAnyRole(DECIDE_COMPOSITIONS)
                        .requestMatchers("/compositions/**").hasAnyRole(READ_COMPOSITION_DECISIONS)
                        .requestMatchers("/data-protection/pseudonymised-export").hasAnyRole(MAKE_PSEUDONYMISED_EXPORTS)
                        .requestMatchers("/data-protection/subject-access").hasAnyRole(PRODUCE_SUBJECT_ACCESS_PACKS)
                        .requestMatchers("/data-protection/disposal").hasAnyRole(DISPOSE_OF_RECORDS)
                        .requestMatchers("/data-protection/corrections", "/data-protection/corrections/**")
                        .hasAnyRole(DECIDE_CORRECTIONS)
                        .requestMatchers("/families/*/corrections/**", "/families/*/erasures/**")
                        .hasAnyRole(REQUEST_CORRECTIONS)
                        .requestMatchers("/families/*/correction-reviews/**").hasAnyRole(REVIEW_CORRECTED_DECISIONS)
                        .requestMatchers("/data-protection", "/data-protection/**").hasAnyRole(DATA_PROTECTION_DUTIES)
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.defaultDeniedHandlerForMissingAuthority(
                        new LoginUrlAuthenticationEntryPoint(CodeSignInController.PATH), TwoFactorPolicy.FACTOR))
                .logout(signOut -> {
                    // Signing out everywhere is signing out, after ending every other session of the user too.
                    signOut.logoutRequestMatcher(new OrRequestMatcher(PATHS.matcher(HttpMethod.POST, "/sign-out"), EVERYWHERE))
                            .addLogoutHandler((request, response, signedIn) -> {
                                if (EVERYWHERE.matches(request) && signedIn != null
                                        && signedIn.getPrincipal() instanceof SignedIn principal) {
                                    String username = principal.user().username();
                                    users.endSessions(username, username);
                                }
                            })
                            .logoutSuccessUrl(SIGNED_OUT);
                    methods.identityProvider().ifPresent(provider -> signOut.logoutSuccessHandler(provider.signOut(SIGNED_OUT)));
                })
                .csrf(Customizer.withDefaults())
                .build();
    }

    private static HttpSecurity shared(HttpSecurity http, AuthenticationManager signIn, JdbcTemplate jdbc,
                                       SignInMethods methods, Duration sessionLimit) {
        String policy = contentSecurityPolicy(methods.identityProvider().flatMap(IdentityProvider::signOutOrigin));
        return http.authenticationManager(signIn)
                .addFilterAfter(new SessionFollowsAccount(new UserAccounts(jdbc)), SecurityContextHolderFilter.class)
                .addFilterAfter(new SessionLifetime(sessionLimit, Clock.systemUTC()), SessionFollowsAccount.class)
                // A new session at sign-in (its attributes copied), so that a session's age, and whether its sessions
                // were ended everywhere before it began, count from the sign-in itself.
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.migrateSession()))
                .headers(headers -> headers(headers, policy));
    }

    /**
     * {@link #CONTENT_SECURITY_POLICY}, but when signing out goes on to the identity provider's sign-out
     * ({@link IdentityProvider#signOut}), forms may lead there too: a browser holds the redirect that follows a form's
     * post (the sign-out button's) to {@code form-action} as it holds the post.
     *
     * @param providerSignOut the origin of the provider's sign-out, if signing out goes there
     */
    static String contentSecurityPolicy(Optional<String> providerSignOut) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
                + "object-src 'none'; base-uri 'none'; form-action 'self'" + providerSignOut.map(origin -> " " + origin)
                .orElse("") + "; frame-ancestors 'none'";
    }

    private static String[] roles(Predicate<Role> may) {
        return Arrays.stream(Role.values()).filter(may).map(Role::name).toArray(String[]::new);
    }

    private static boolean unsafeWithoutBasicCredentials(HttpServletRequest request) {
        String credentials = request.getHeader(HttpHeaders.AUTHORIZATION);
        return !SAFE_METHODS.contains(request.getMethod())
                && (credentials == null || !credentials.regionMatches(true, 0, "Basic ", 0, 6));
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
        headers.contentSecurityPolicy(policy -> policy.policyDirectives(contentSecurityPolicy))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }
}
