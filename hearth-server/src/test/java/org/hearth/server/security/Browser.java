package org.hearth.server.security;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A person's browser against a running server, over real HTTP: it keeps cookies (whether or not marked Secure: the
 * test server speaks plain HTTP), follows no redirect by itself, and posts forms with the CSRF token of the page
 * they are on, as a browser submitting the form would.
 */
public final class Browser {
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Browser(ConfigurableApplicationContext server) {
        this.base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A download: the answer's bytes as they came (a spreadsheet, say). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts the form as it stands, with no token unless the fields or headers (name, value, …) hold one. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                        .collect(Collectors.joining("&")))));
    }

    /** Opens the page and submits its form to {@code action} with the fields and the page's CSRF token. */
    public HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", token(page, FORM_TOKEN));
        return post(action, withToken);
    }

    /**
     * Opens the page and submits its file-upload form ({@code multipart/form-data}) to {@code action}: the fields, the
     * files (each under {@code fileField}, by name) and the page's CSRF token, as a browser sends them.
     */
    public HttpResponse<String> upload(String page, String action, Map<String, String> fields, String fileField,
                                       Map<String, byte[]> files) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", token(page, FORM_TOKEN));
        return send(multipart(request(action), withToken, fileField, files));
    }

    /** A script's upload: the files (each under {@code fileField}, by name) with HTTP Basic credentials, no cookies. */
    public HttpResponse<String> uploadAs(String path, String username, String password, String fileField,
                                         Map<String, byte[]> files) {
        return send(multipart(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(username, password)),
                Map.of(), fileField, files));
    }

    /** The request as a {@code multipart/form-data} POST of the fields and the files, as a browser sends them. */
    private static HttpRequest.Builder multipart(HttpRequest.Builder request, Map<String, String> fields, String fileField,
                                                 Map<String, byte[]> files) {
        String boundary = "hearth-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** A script on a page of this browser's session posting JSON, with the page's CSRF token in the header. */
    public HttpResponse<String> postJson(String page, String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("X-CSRF-TOKEN", scriptToken(page))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The CSRF token a page gives its scripts, in its {@code _csrf} meta element. */
    public String scriptToken(String page) {
        return token(page, META_TOKEN);
    }

    public HttpResponse<String> signIn(String username, String password) {
        return submit("/sign-in", "/sign-in", Map.of("username", username, "password", password));
    }

    /** A script's request: HTTP Basic credentials, no cookies. */
    public HttpResponse<String> getAs(String path, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(username, password)).GET());
    }

    /** A script's POST of nothing: HTTP Basic credentials, no cookies, no CSRF token. */
    public HttpResponse<String> postAs(String path, String username, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(username, password))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private String token(String page, Pattern pattern) {
        Matcher token = pattern.matcher(get(page).body());
        if (!token.find()) {
            throw new AssertionError(page + " has no CSRF token");
        }
        return token.group(1);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    /** A file as the browser downloads it: its bytes (a PDF) rather than text. */
    public HttpResponse<byte[]> download(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            HttpResponse<T> response = http.send(request.build(), body);
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String[] nameValue = cookie.split(";", 2)[0].split("=", 2);
                cookies.put(nameValue[0], nameValue[1]);
            }
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
