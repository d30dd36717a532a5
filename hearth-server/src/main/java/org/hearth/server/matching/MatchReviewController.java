package org.hearth.server.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hearth.io.canonical.InvalidDataException;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /matching}: the review queue, the pairs awaiting review heaviest first and the latest decisions, a form to
 * queue {@code hearth link}'s review.csv, and the decisions to download for the next {@code hearth link --decisions};
 * {@code /matching/{id}}: a pair side by side, each field's values and its part of the match weight, and the decision
 * (coordinators decide; auditors read: SecurityConfiguration).
 */
@Controller
class MatchReviewController {
    /** The longest note kept with a decision. */
    static final int LONGEST_NOTE = 2_000;
    /** The most pairs awaiting review the queue's page lists, heaviest first. */
    private static final int PAIRS_LISTED = 200;
    /** The most decisions the queue's page lists. */
    private static final int DECISIONS_LISTED = 50;

    private final MatchReviews reviews;

    MatchReviewController(MatchReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/matching")
    String queue(Model model) {
        return page(model, Map.of());
    }

    @PostMapping("/matching")
    String upload(@RequestParam(required = false) MultipartFile file, CurrentUser user, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return page(model, Map.of("file", "Select hearth link's review.csv"));
        }
        try {
            MatchReviews.Queued queued = reviews.queue(user, file.getOriginalFilename() == null ? "review.csv"
                    : file.getOriginalFilename(), new String(file.getBytes(), StandardCharsets.UTF_8));
            return "redirect:/matching?added=" + queued.added() + "&held=" + queued.held();
        } catch (InvalidDataException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            problems.put("file", "The file was not queued: " + e.errors().stream().limit(5).map(Object::toString)
                    .reduce((x, y) -> x + "; " + y).orElse(e.getMessage())
                    + (e.errorCount() > 5 ? "; and " + (e.errorCount() - 5) + " more" : ""));
            return page(model, problems);
        }
    }

    @GetMapping("/matching/{pairId}")
    String pair(@PathVariable("pairId") long id, CurrentUser user, Model model) {
        return pairPage(model, found(reviews.pair(user, id)), Map.of());
    }

    @PostMapping("/matching/{pairId}/decision")
    String decide(@PathVariable("pairId") long id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String note, CurrentUser user, Model model) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!"same".equals(decision) && !"different".equals(decision)) {
            problems.put("decision-same", "Select whether the two records are the same person");
        }
        if (note != null && note.length() > LONGEST_NOTE) {
            problems.put("note", "Write the note in " + LONGEST_NOTE + " characters or fewer");
        }
        if (!problems.isEmpty()) {
            return pairPage(model, found(reviews.pair(user, id)), problems);
        }
        if (!reviews.decide(user, id, "same".equals(decision), note)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The pair is decided already, or there is no such pair");
        }
        return "redirect:/matching/" + id + "?decided";
    }

    @GetMapping("/matching/decisions.csv")
    ResponseEntity<byte[]> decisions(CurrentUser user) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"review_decisions.csv\"")
                .body(reviews.decisionsFile(user));
    }

    private String page(Model model, Map<String, String> problems) {
        model.addAttribute("awaitingCount", reviews.awaitingCount());
        model.addAttribute("awaiting", reviews.awaiting(PAIRS_LISTED));
        model.addAttribute("decided", reviews.decided(DECISIONS_LISTED));
        model.addAttribute("problems", problems);
        return "matching/queue";
    }

    private String pairPage(Model model, MatchPair pair, Map<String, String> problems) {
        model.addAttribute("pair", pair);
        model.addAttribute("problems", problems);
        model.addAttribute("next", reviews.nextAwaiting(pair.id()));
        return "matching/pair";
    }

    private static MatchPair found(MatchPair pair) {
        if (pair == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return pair;
    }
}
