package org.hearth.server.pathway;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hearth.server.security.CurrentUser;
import org.hearth.server.web.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /pathway}: the early-help pathway of the families the user may see over a period chosen in a GET form (so
 * a report can be bookmarked), the financial year to the review date until one is chosen: open cases by tier, steps
 * up and down, engagements, closures and re-referrals within six months, each listed (docs/pathway.md).
 */
@Controller
class PathwayPageController {
    /** The most steps or re-referrals the page lists; the API gives every one. */
    static final int LONGEST_LIST = 500;
    private static final String FROM = "the start of the period";
    private static final String TO = "the end of the period";

    private final Pathways pathways;

    PathwayPageController(Pathways pathways) {
        this.pathways = pathways;
    }

    @GetMapping("/pathway")
    String report(@RequestParam(name = "from-day", defaultValue = "") String fromDay,
                  @RequestParam(name = "from-month", defaultValue = "") String fromMonth,
                  @RequestParam(name = "from-year", defaultValue = "") String fromYear,
                  @RequestParam(name = "to-day", defaultValue = "") String toDay,
                  @RequestParam(name = "to-month", defaultValue = "") String toMonth,
                  @RequestParam(name = "to-year", defaultValue = "") String toYear, CurrentUser user, Model model) {
        PathwayPeriod year = PathwayPeriod.yearTo(pathways.reviewDate());
        boolean chosen = !(fromDay + fromMonth + fromYear + toDay + toMonth + toYear).isBlank();
        DateInput from = chosen ? new DateInput(fromDay, fromMonth, fromYear, FROM) : input(year.from(), FROM);
        DateInput to = chosen ? new DateInput(toDay, toMonth, toYear, TO) : input(year.to(), TO);
        Map<String, String> problems = new LinkedHashMap<>();
        if (from.problem() != null) {
            problems.put("from-day", from.problem());
        }
        if (to.problem() != null) {
            problems.put("to-day", to.problem());
        }
        if (problems.isEmpty()) {
            PathwayPeriod period = new PathwayPeriod(from.date(), to.date());
            if (period.endProblem(pathways.reviewDate()) != null) {
                problems.put("to-day", period.endProblem(pathways.reviewDate()));
            } else if (period.orderProblem() != null) {
                problems.put("from-day", period.orderProblem());
            } else {
                model.addAttribute("report", pathways.report(user, period));
            }
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("problems", problems);
        model.addAttribute("reviewDate", pathways.reviewDate());
        model.addAttribute("longestList", LONGEST_LIST);
        return "pathway/report";
    }

    /** A day as the date input shows it. */
    private static DateInput input(LocalDate day, String what) {
        return new DateInput(Integer.toString(day.getDayOfMonth()), Integer.toString(day.getMonthValue()),
                Integer.toString(day.getYear()), what);
    }
}
