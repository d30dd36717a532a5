package org.hearth.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after signing in: who is signed in. The header shows it from the model's {@code currentUser}. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
