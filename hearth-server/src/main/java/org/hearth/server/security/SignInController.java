package org.hearth.server.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security takes the form's POST to the same address ({@link SecurityConfiguration}). */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(Model model) {
        model.addAttribute("lockMinutes", SignInThrottle.WINDOW.toMinutes());
        return "sign-in";
    }
}
