package org.hearth.server.protection;

import java.time.LocalDate;
import java.time.ZoneId;

import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /data-protection/disposal} (administrators): the retention schedule, and what disposal would dispose of
 * today (the preview); {@code POST} runs it, once the administrator confirms they have checked the preview, and shows
 * what it did.
 */
@Controller
class DisposalController {
    /** Retention counts days as the authority does: in England. */
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final Disposal disposal;

    DisposalController(Disposal disposal) {
        this.disposal = disposal;
    }

    @GetMapping("/data-protection/disposal")
    String preview(Model model) {
        model.addAttribute("schedule", disposal.schedule().rules());
        model.addAttribute("report", disposal.preview(LocalDate.now(ENGLAND)));
        return "protection/disposal";
    }

    @PostMapping("/data-protection/disposal")
    Object run(@RequestParam(defaultValue = "false") boolean checked, CurrentUser user, Model model) {
        if (!checked) {
            model.addAttribute("notChecked", true);
            preview(model);
            return new ModelAndView("protection/disposal", model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        model.addAttribute("schedule", disposal.schedule().rules());
        model.addAttribute("done", disposal.run(LocalDate.now(ENGLAND), user.username()));
        return "protection/disposal";
    }
}
