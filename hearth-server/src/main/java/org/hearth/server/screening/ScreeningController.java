package org.hearth.server.screening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.hearth.io.SpreadsheetCell;
import org.hearth.server.ReviewDate;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /screening}: the identification worklist a page of {@link ScreeningList#PAGE} families at a time, each with
 * the problems and indicators that make it eligible, linked to its page (where a coordinator allocates it);
 * {@code /screening.csv}: the whole worklist with each indicator's explanation, in the columns of {@code hearth
 * screen}'s worklist that the server holds (docs/data-in.md); {@code /api/screening?page=}: a page as JSON.
 */
@Controller
class ScreeningController {
    private final ScreeningList list;
    private final ReviewDate reviewDate;

    ScreeningController(ScreeningList list, ReviewDate reviewDate) {
        this.list = list;
        this.reviewDate = reviewDate;
    }

    @GetMapping("/screening")
    String page(@RequestParam(defaultValue = "1") int page, CurrentUser user, Model model) {
        model.addAttribute("worklist", list.page(user, Math.max(1, page)));
        model.addAttribute("reviewDate", reviewDate.today());
        return "screening/list";
    }

    @GetMapping("/api/screening")
    @ResponseBody
    ScreeningList.Page api(@RequestParam(defaultValue = "1") int page, CurrentUser user) {
        return list.page(user, Math.max(1, page));
    }

    @GetMapping("/screening.csv")
    ResponseEntity<byte[]> download(CurrentUser user) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hearth-screening-" + reviewDate.today()
                        + ".csv\"").body(csv(list.all(user)));
    }

    /** The worklist as CSV, each cell safe to open in a spreadsheet. */
    static byte[] csv(List<ScreenedFamily> families) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                .build(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            csv.writeRecord("family_id", "reference", "problems_identified", "problems", "indicators", "key_worker", "why");
            for (ScreenedFamily family : families) {
                csv.writeRecord(SpreadsheetCell.safe(family.familyId()), cell(family.reference()),
                        Integer.toString(family.problems().size()),
                        cell(family.problems().stream().map(ScreenedFamily.ScreenedProblem::id).collect(Collectors.joining(";"))),
                        cell(family.problems().stream().flatMap(problem -> problem.indicators().stream()
                                .map(indicator -> problem.id() + ":" + indicator.id())).collect(Collectors.joining(";"))),
                        cell(family.keyWorker()),
                        cell(family.problems().stream().flatMap(problem -> problem.indicators().stream())
                                .map(indicator -> indicator.id() + ": " + indicator.explanation())
                                .collect(Collectors.joining(" | "))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String cell(String value) {
        return value == null ? "" : SpreadsheetCell.safe(value);
    }
}
