package org.hearth.server.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/audit}: the audit log, newest first, a page at a time, and a check of its chain. For administrators
 * and auditors (org.hearth.server.security.SecurityConfiguration).
 */
@Controller
class AuditController {
    static final int PAGE_SIZE = 50;

    private final JdbcTemplate jdbc;
    private final AuditChain chain;

    AuditController(JdbcTemplate jdbc, AuditChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    /** Ids run from 1 without gaps, so a page is a range of ids: as quick on the millionth page as on the first. */
    @GetMapping("/admin/audit")
    String page(@RequestParam(defaultValue = "1") int page, Model model) {
        long last = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        long pages = Math.max(1, (last + PAGE_SIZE - 1) / PAGE_SIZE);
        long shown = Math.min(Math.max(page, 1), pages);
        long top = last - (shown - 1) * PAGE_SIZE;
        model.addAttribute("entries", jdbc.query("select * from audit_entry where id between ? and ? order by id desc",
                AuditLog::row, top - PAGE_SIZE + 1, top));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        return "admin/audit";
    }

    @GetMapping("/admin/audit/chain")
    String chain(Model model) {
        AuditChain.Verdict verdict = chain.verify();
        model.addAttribute("whole", verdict instanceof AuditChain.Whole whole ? whole : null);
        model.addAttribute("broken", verdict instanceof AuditChain.Broken broken ? broken : null);
        return "admin/audit-chain";
    }
}
