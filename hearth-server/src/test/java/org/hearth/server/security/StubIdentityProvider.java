package org.hearth.server.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenID Connect provider for tests, on a local port: discovery, its signing key (an RSA key made here), an
 * authorization endpoint that signs in whoever the test names without asking anything, a token endpoint that
 * checks the client's secret and PKCE verifier and answers with an ID token for that person, carrying the nonce
 * the authorization request brought, and (unless made {@link #withoutSignOut()}) a sign-out endpoint
 * ({@code end_session_endpoint}) that takes an ID token it issued and sends the browser back where it is asked to.
 */
final class StubIdentityProvider implements AutoCloseable {
    static final String CLIENT_ID = "hearth-test";
    static final String CLIENT_SECRET = "a secret only the test knows";

    private final HttpServer http;
    private final String issuer;
    private final RSAKey key = rsaKey("provider-key");
    private final Map<String, Authorization> codes = new ConcurrentHashMap<>();
    /** The last ID token issued to each person, by username. */
    private final Map<String, String> idTokens = new ConcurrentHashMap<>();
    private final boolean signsOut;
    private volatile String username;
    private volatile RSAKey signingKey = key;
    /** The authentication methods the next ID token names ({@code amr}, RFC 8176); null: no such claim. */
    private volatile List<String> methods;

    /** What an authorization code stands for, until the token endpoint exchanges it. */
    private record Authorization(String username, String nonce, String codeChallenge, List<String> methods) {
    }

    /** A provider with a sign-out endpoint, as Entra ID has. */
    StubIdentityProvider() {
        this(true);
    }

    /** A provider whose discovery document names no sign-out endpoint. */
    static StubIdentityProvider withoutSignOut() {
        return new StubIdentityProvider(false);
    }

    private StubIdentityProvider(boolean signsOut) {
        this.signsOut = signsOut;
        try {
            http = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://localhost:" + http.getAddress().getPort();
        http.createContext("/.well-known/openid-configuration", exchange -> json(exchange, 200, discovery()));
        http.createContext("/jwks", exchange -> json(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject()));
        http.createContext("/authorize", this::authorize);
        http.createContext("/token", this::token);
        http.createContext("/logout", this::signOut);
        http.start();
    }

    String issuer() {
        return issuer;
    }

    /**
     * The arguments that start a Hearth server signing in through this provider, on an embedded database in the
     * folder, on a free port, with any more settings.
     */
    String[] serverArguments(Path dataDir, String... more) {
        return Stream.concat(Stream.of("--HEARTH_DATA_DIR=" + dataDir, "--server.port=0", "--HEARTH_EMBEDDED_FSYNC=off",
                "--HEARTH_OIDC_ISSUER=" + issuer, "--HEARTH_OIDC_CLIENT_ID=" + CLIENT_ID,
                "--HEARTH_OIDC_CLIENT_SECRET=" + CLIENT_SECRET), Stream.of(more)).toArray(String[]::new);
    }

    /** The person the next sign-in is for, as the username claim names them (null: a token without the claim). */
    void signsIn(String username) {
        signsIn(username, null);
    }

    /** The next sign-in is for the person, having used these methods ({@code amr}: {@code ["pwd", "mfa"]}). */
    void signsIn(String username, List<String> methods) {
        this.username = username;
        this.signingKey = key;
        this.methods = methods;
    }

    /** The next sign-in is for the person, with an ID token signed by a key the provider does not publish. */
    void signsInWithAnotherKey(String username) {
        this.username = username;
        this.signingKey = rsaKey("another-key");
        this.methods = null;
    }

    /** The ID token last issued to the person, as the username claim names them. */
    String idTokenOf(String username) {
        return idTokens.get(username);
    }

    @Override
    public void close() {
        http.stop(0);
    }

    private Map<String, Object> discovery() {
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("issuer", issuer);
        discovery.put("authorization_endpoint", issuer + "/authorize");
        discovery.put("token_endpoint", issuer + "/token");
        discovery.put("jwks_uri", issuer + "/jwks");
        discovery.put("response_types_supported", List.of("code"));
        discovery.put("subject_types_supported", List.of("public"));
        discovery.put("id_token_signing_alg_values_supported", List.of("RS256"));
        discovery.put("scopes_supported", List.of("openid", "profile", "email"));
        discovery.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        discovery.put("code_challenge_methods_supported", List.of("S256"));
        if (signsOut) {
            discovery.put("end_session_endpoint", issuer + "/logout");
        }
        return discovery;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        codes.put(code, new Authorization(username, query.get("nonce"), query.get("code_challenge"), methods));
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> request = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Authorization authorization = codes.remove(request.getOrDefault("code", ""));
        String client = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":"
                + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        if (authorization == null || !client.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !challenge(request.getOrDefault("code_verifier", "")).equals(authorization.codeChallenge())) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        json(exchange, 200, Map.of("access_token", UUID.randomUUID().toString(), "token_type", "Bearer",
                "expires_in", 300, "scope", "openid profile email", "id_token", idToken(authorization)));
    }

    /** Ends the session of the person whose ID token is the hint, and sends the browser back as asked. */
    private void signOut(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!signsOut || !idTokens.containsValue(query.getOrDefault("id_token_hint", ""))
                || !query.containsKey("post_logout_redirect_uri")) {
            json(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        exchange.getResponseHeaders().add("Location", query.get("post_logout_redirect_uri"));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private String idToken(Authorization authorization) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder built = new JWTClaimsSet.Builder().issuer(issuer).subject("subject-" + authorization.username())
                .audience(CLIENT_ID).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", authorization.nonce()).claim("preferred_username", authorization.username());
        if (authorization.methods() != null) {
            built.claim("amr", authorization.methods());
        }
        JWTClaimsSet claims = built.build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
        try {
            token.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        if (authorization.username() != null) {
            idTokens.put(authorization.username(), token.serialize());
        }
        return token.serialize();
    }

    /** PKCE's S256: the challenge is the verifier's SHA-256, in unpadded base64url. */
    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields of a query string or a form, decoded. */
    static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : encoded == null ? new String[0] : encoded.split("&")) {
            String[] nameValue = field.split("=", 2);
            fields.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
