package org.hearth.server.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /sign-in/code}: the second step of a password sign-in that owes a one-time code ({@link TwoFactorPolicy}),
 * where every other page sends it. The app's code or a recovery code ({@link SecondFactors#check}) finishes the
 * sign-in, in a new session; a wrong one is counted with wrong passwords, and once the username is locked the sign-in
 * ends and the sign-in page says why. A sign-in that owes a second factor it has not set up is sent to set it up; one
 * that owes nothing goes home.
 */
@Controller
@ConditionalOnWebApplication
class CodeSignInController {
    static final String PATH = "/sign-in/code";

    private final TwoFactorPolicy policy;
    private final SecondFactors factors;
    private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

    CodeSignInController(TwoFactorPolicy policy, SecondFactors factors) {
        this.policy = policy;
        this.factors = factors;
    }

    @GetMapping(PATH)
    String page(Authentication signedIn, Model model) {
        if (policy.owesSetUp(signedIn)) {
            return "redirect:" + TwoFactorController.PATH;
        }
        if (!policy.owesCode(signedIn)) {
            return "redirect:/";
        }
        return page(model, Map.of());
    }

    @PostMapping(PATH)
    String check(@RequestParam(defaultValue = "") String code, Authentication signedIn, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        if (!policy.owesCode(signedIn)) {
            return "redirect:/";
        }
        switch (factors.check(((UserAccount) signedIn.getPrincipal()).user().username(), code, "signing in")) {
            case ACCEPTED -> {
                policy.codeGiven(request, response);
                return "redirect:/";
            }
            case LOCKED -> {
                signOut.logout(request, response, signedIn);
                return "redirect:/sign-in?locked";
            }
            default -> {
                return page(model, Map.of("code", SecondFactors.CODE_NOT_RIGHT));
            }
        }
    }

    private static String page(Model model, Map<String, String> problems) {
        model.addAttribute("problems", problems);
        return "sign-in-code";
    }
}
