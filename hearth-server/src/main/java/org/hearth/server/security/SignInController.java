package org.hearth.server.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page: the password form, the button that signs in through the authority's identity provider, or both
 * ({@link SignInMethods}). Spring Security takes the form's POST to the same address ({@link SecurityConfiguration}).
 * Only with the web server: a command that runs without it has no sign-in methods.
 */
@Controller
@ConditionalOnWebApplication
class SignInController {
    private final SignInMethods methods;

    SignInController(SignInMethods methods) {
        this.methods = methods;
    }

    @GetMapping("/sign-in")
    String signIn(Model model) {
        model.addAttribute("lockMinutes", SignInThrottle.WINDOW.toMinutes());
        model.addAttribute("passwords", methods.passwords());
        methods.identityProvider().ifPresent(provider -> {
            model.addAttribute("identityProvider", provider.name());
            model.addAttribute("identityProviderPath", IdentityProvider.SIGN_IN_PATH);
        });
        return "sign-in";
    }
}
