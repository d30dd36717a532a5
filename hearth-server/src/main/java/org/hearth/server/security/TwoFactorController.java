package org.hearth.server.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /account/two-factor}: a local user's second factor ({@link SecondFactors}). Without one, the page shows a
 * new secret, as a QR code and as text to type, which the user's authenticator app takes; the app's current code sets
 * it up, and the user is shown their recovery codes, once. The secret waits in the session until then, never in the
 * database, so a second browser signed in as the same user cannot see it. With one, the page says so, and the user
 * may turn it off with a code, unless every user must have one ({@link TwoFactorPolicy#required}). Someone signed in
 * through the identity provider is told their organisation's sign-in asks for their second factor.
 */
@Controller
class TwoFactorController {
    static final String PATH = "/account/two-factor";
    /** Where the secret shown waits, in the session, until a code from it sets it up. */
    private static final String SHOWN_SECRET = TwoFactorController.class.getName() + ".secret";
    private static final String ISSUER = "Hearth";

    private final SecondFactors factors;
    private final TwoFactorPolicy policy;

    TwoFactorController(SecondFactors factors, TwoFactorPolicy policy) {
        this.factors = factors;
        this.policy = policy;
    }

    @GetMapping(PATH)
    String page(Authentication signedIn, HttpSession session, Model model) {
        return page(signedIn, session, model, Map.of());
    }

    @PostMapping(PATH)
    String setUp(@RequestParam(defaultValue = "") String code, Authentication signedIn, HttpSession session, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        String username = local(signedIn);
        byte[] secret = (byte[]) session.getAttribute(SHOWN_SECRET);
        if (secret == null) {
            return "redirect:" + PATH;
        }
        Optional<List<String>> recoveryCodes;
        try {
            recoveryCodes = factors.setUp(username, secret, code);
        } catch (IllegalStateException e) {
            return "redirect:" + PATH;
        }
        if (recoveryCodes.isEmpty()) {
            return page(signedIn, session, model, Map.of("code", "Enter the 6-digit code your app shows for Hearth now"));
        }
        session.removeAttribute(SHOWN_SECRET);
        policy.codeGiven(request, response);
        model.addAttribute("recoveryCodes", recoveryCodes.get());
        return "account/recovery-codes";
    }

    @PostMapping(PATH + "/off")
    String turnOff(@RequestParam(defaultValue = "") String code, Authentication signedIn, HttpSession session,
                   Model model) {
        String username = local(signedIn);
        if (policy.required()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Every user must have a second factor here");
        }
        if (!factors.has(username)) {
            return "redirect:" + PATH;
        }
        return switch (factors.turnOff(username, code)) {
            case ACCEPTED -> "redirect:" + PATH + "?turned-off";
            case LOCKED -> page(signedIn, session, model, Map.of("code", "There have been too many wrong codes. Try again in "
                    + SignInThrottle.WINDOW.toMinutes() + " minutes"));
            case REFUSED -> page(signedIn, session, model, Map.of("code", SecondFactors.CODE_NOT_RIGHT));
        };
    }

    private String page(Authentication signedIn, HttpSession session, Model model, Map<String, String> problems) {
        model.addAttribute("problems", problems);
        if (!(signedIn.getPrincipal() instanceof UserAccount account)) {
            model.addAttribute("state", "provider");
            return "account/two-factor";
        }
        String username = account.user().username();
        if (factors.has(username)) {
            model.addAttribute("state", "on");
            model.addAttribute("mayTurnOff", !policy.required());
            return "account/two-factor";
        }
        byte[] secret = (byte[]) session.getAttribute(SHOWN_SECRET);
        if (secret == null) {
            secret = OneTimeCodes.newSecret();
            session.setAttribute(SHOWN_SECRET, secret);
        }
        model.addAttribute("state", "off");
        model.addAttribute("signingIn", policy.owesSetUp(signedIn));
        model.addAttribute("qrCode", QrCode.of(OneTimeCodes.appAddress(ISSUER, username, secret)));
        model.addAttribute("secret", OneTimeCodes.forTyping(secret));
        return "account/two-factor";
    }

    /** The username of a local user; 404 for anyone else, who has no second factor here to set up or turn off. */
    private static String local(Authentication signedIn) {
        if (signedIn.getPrincipal() instanceof UserAccount account) {
            return account.user().username();
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Your organisation's sign-in asks for your second factor");
    }
}
