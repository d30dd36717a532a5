package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A person pressing "Sign in with …", as their browser follows it: the server sends it to the provider, which sends
 * it back with a code at once (a {@link StubIdentityProvider} asks nothing); or pressing "Sign out", which may send
 * it to the provider's sign-out and back.
 */
final class ProviderSignIn {
    private final HttpClient toProvider = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final StubIdentityProvider provider;

    ProviderSignIn(StubIdentityProvider provider) {
        this.provider = provider;
    }

    /** A new browser on the server, signed in through the provider as the person the username claim names. */
    Browser signedIn(ConfigurableApplicationContext server, String username) {
        Browser browser = new Browser(server);
        provider.signsIn(username);
        follow(browser);
        return browser;
    }

    /** @return the server's answer to the provider's redirect back, which sends the browser on */
    HttpResponse<String> follow(Browser browser) {
        URI authorize = location(browser.get(IdentityProvider.SIGN_IN_PATH));
        assertThat(authorize.toString()).startsWith(provider.issuer() + "/authorize?")
                .contains("code_challenge=", "nonce=", "state=");
        URI back = location(send(authorize));
        return browser.get(back.getRawPath() + "?" + back.getRawQuery());
    }

    /**
     * The browser at the provider's address, as the server sent it there.
     *
     * @return where the provider sends it on
     */
    URI atProvider(URI uri) {
        assertThat(uri.toString()).startsWith(provider.issuer());
        return location(send(uri));
    }

    private HttpResponse<String> send(URI uri) {
        try {
            return toProvider.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static URI location(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }
}
