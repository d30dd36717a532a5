package org.hearth.server.claims;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.HearthException;
import org.hearth.server.ReviewDate;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.HearthUser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Users;
import org.hearth.server.web.DateInput;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The claims pages of batches: {@code /claims} (every batch the user may see, with its state and counts, and the claims
 * returned to the coordinator), {@code /claims/prepare} and {@code POST /claims/batches} (a coordinator prepares a batch
 * from the families claimable now), {@code /claims/batches/{id}} (the batch's claims, each with its route, explanation
 * and audit state, discretionary ones apart; the coordinator's submit and discretionary claim, the auditor's sample and
 * work-through). Who may do what is SecurityConfiguration's and {@link ClaimBatches}' and {@link InternalAudit}'s.
 */
@Controller
class ClaimBatchPagesController {
    private final ClaimViews views;
    private final ClaimBatches batches;
    private final DiscretionaryClaims discretionary;
    private final InternalAudit internalAudit;
    private final ProgrammePhases phases;
    private final ReviewDate reviewDate;
    private final Users users;

    ClaimBatchPagesController(ClaimViews views, ClaimBatches batches, DiscretionaryClaims discretionary,
                              InternalAudit internalAudit, ProgrammePhases phases, ReviewDate reviewDate, Users users) {
        this.views = views;
        this.batches = batches;
        this.discretionary = discretionary;
        this.internalAudit = internalAudit;
        this.phases = phases;
        this.reviewDate = reviewDate;
        this.users = users;
    }

    @GetMapping("/claims")
    String overview(CurrentUser user, Model model) {
        List<BatchView> seen = views.batches(user);
        model.addAttribute("batches", seen);
        model.addAttribute("returned", seen.stream().filter(view -> !view.batch().submitted())
                .flatMap(view -> view.claims().stream()).filter(claim -> claim.state() == ClaimState.REJECTED).toList());
        model.addAttribute("phases", phases.all());
        model.addAttribute("candidates", user.role().preparesClaims() ? batches.candidates(user).size() : 0);
        return "claims/overview";
    }

    /**
     * The form, the candidates narrowed to a lead organisation and a route (any when not given) and shown a page at a
     * time ({@link CandidateChoice}).
     */
    @GetMapping("/claims/prepare")
    String prepareForm(@RequestParam(required = false) String organisation, @RequestParam(required = false) String route,
                       @RequestParam(defaultValue = "1") int page, CurrentUser user, Model model) {
        ClaimPeriod quarter = ClaimPeriod.quarterOf(reviewDate.today());
        return prepare(user, model, input(quarter.from(), "the first day of the period"),
                input(quarter.to(), "the last day of the period"), CandidateChoice.of(organisation, route), page, true,
                List.of(), Map.of());
    }

    /** A batch of every candidate chosen ({@code every=true}), or else of those ticked on the page. */
    @PostMapping("/claims/batches")
    String prepare(@RequestParam Map<String, String> form, @RequestParam(name = "families", required = false) List<String> families,
                   CurrentUser user, Model model) {
        DateInput from = date(form, "periodFrom", "the first day of the period");
        DateInput to = date(form, "periodTo", "the last day of the period");
        CandidateChoice choice = CandidateChoice.of(form.get("organisation"), form.get("route"));
        boolean every = "true".equals(form.get("every"));
        List<String> ticked = families == null ? List.of() : families;
        Map<String, String> problems = new LinkedHashMap<>();
        if (from.problem() != null) {
            problems.put("periodFrom", from.problem());
        }
        if (to.problem() != null) {
            problems.put("periodTo", to.problem());
        }
        try {
            if (problems.isEmpty()) {
                long batch = every ? batches.prepare(user, from.date(), to.date(), choice)
                        : batches.prepare(user, from.date(), to.date(), ticked);
                return "redirect:/claims/batches/" + batch + "?prepared";
            }
        } catch (InvalidClaimException e) {
            problems.putAll(e.problems());
        }
        return prepare(user, model, from, to, choice, parsePage(form.get("page")), every, ticked, problems);
    }

    @GetMapping("/claims/batches/{batchId}")
    String batch(@PathVariable long batchId, CurrentUser user, Model model) {
        return batchPage(user, batchId, model, Map.of(), Map.of());
    }

    @PostMapping("/claims/batches/{batchId}/submit")
    String submit(@PathVariable long batchId, CurrentUser user, Model model) {
        try {
            batches.submit(user, batchId);
        } catch (InvalidClaimException e) {
            return batchPage(user, batchId, model, e.problems(), Map.of());
        } catch (HearthException e) {
            return batchPage(user, batchId, model, Map.of("submit", e.getMessage()), Map.of());
        }
        return "redirect:/claims/batches/" + batchId + "?submitted";
    }

    @PostMapping("/claims/batches/{batchId}/discretionary")
    String discretionary(@PathVariable long batchId, @RequestParam Map<String, String> form, CurrentUser user, Model model) {
        try {
            long claim = discretionary.add(user, batchId, form.get("familyId"), form.get("route"), form.get("reason"),
                    form.get("approver"));
            return "redirect:/claims/" + claim + "?prepared";
        } catch (InvalidClaimException e) {
            return batchPage(user, batchId, model, e.problems(), form);
        } catch (HearthException e) {
            return batchPage(user, batchId, model, Map.of("familyId", e.getMessage()), form);
        }
    }

    @PostMapping("/claims/batches/{batchId}/sample")
    String sample(@PathVariable long batchId, @RequestParam(required = false) String size,
                  @RequestParam(required = false) String seed, CurrentUser user, Model model) {
        Map<String, String> problems = new LinkedHashMap<>();
        Integer claims = number(size, "size", "Enter how many claims to draw, as a whole number", problems, Integer::valueOf);
        Long drawnWith = seed == null || seed.isBlank() ? null
                : number(seed, "seed", "Enter the seed as a whole number, or leave it empty for a new one", problems, Long::valueOf);
        try {
            if (problems.isEmpty()) {
                internalAudit.drawSample(user, batchId, claims, drawnWith);
                return "redirect:/claims/batches/" + batchId + "?sampled";
            }
        } catch (InvalidClaimException e) {
            problems.putAll(e.problems());
        } catch (HearthException e) {
            problems.put("size", e.getMessage());
        }
        return batchPage(user, batchId, model, problems, Map.of("size", size == null ? "" : size, "seed", seed == null ? "" : seed));
    }

    /** The auditor's way through a batch: the next claim awaiting audit (sampled ones first), or the batch when none is. */
    @GetMapping("/claims/batches/{batchId}/work-through")
    String workThrough(@PathVariable long batchId, CurrentUser user) {
        BatchView view = views.unaudited(user, batchId);
        if (view == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Claim next = view.nextToAudit();
        return next == null ? "redirect:/claims/batches/" + batchId + "?audited" : "redirect:/claims/" + next.id() + "?audit";
    }

    private String prepare(CurrentUser user, Model model, DateInput from, DateInput to, CandidateChoice choice, int page,
                           boolean every, List<String> ticked, Map<String, String> problems) {
        model.addAttribute("shown", choice.page(batches.candidates(user), page));
        model.addAttribute("every", every);
        model.addAttribute("ticked", ticked);
        model.addAttribute("periodFrom", from);
        model.addAttribute("periodTo", to);
        model.addAttribute("phases", phases.all());
        model.addAttribute("problems", problems);
        return "claims/prepare";
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private String batchPage(CurrentUser user, long batchId, Model model, Map<String, String> problems, Map<String, String> form) {
        BatchView view = views.batch(user, batchId);
        if (view == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("view", view);
        model.addAttribute("phase", phases.get(view.batch().phase()));
        model.addAttribute("problems", problems);
        model.addAttribute("form", form);
        model.addAttribute("mayChange", user.role().preparesClaims() && !view.batch().submitted()
                && (user.organisation() == null || user.organisation().equals(view.batch().organisation())));
        model.addAttribute("approvers", users.all().stream().filter(one -> one.enabled() && !one.username().equals(user.username())
                && (one.role() == Role.COORDINATOR || one.role() == Role.MANAGER)).map(HearthUser::username).toList());
        return "claims/batch";
    }

    private static DateInput date(Map<String, String> form, String field, String what) {
        return new DateInput(form.getOrDefault(field + "-day", ""), form.getOrDefault(field + "-month", ""),
                form.getOrDefault(field + "-year", ""), what);
    }

    private static DateInput input(LocalDate day, String what) {
        return new DateInput(Integer.toString(day.getDayOfMonth()), Integer.toString(day.getMonthValue()),
                Integer.toString(day.getYear()), what);
    }

    private static <T> T number(String text, String field, String problem, Map<String, String> problems,
                                java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            problems.put(field, problem);
            return null;
        }
    }
}
