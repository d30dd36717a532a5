package org.hearth.server.web;

import java.util.List;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The links in every page's header: the pages the signed-in user's role may use (the same {@link Role} rules the
 * security configuration enforces), the one the user is in marked as current. None on a public page.
 */
@ControllerAdvice
class Navigation {
    private static final List<Section> SECTIONS = List.of(
            new Section("Overview", "/", role -> true),
            new Section("Families", "/families", role -> true),
            new Section("Worklist", "/worklist", role -> true),
            new Section("To engage", "/screening", Role::screensPopulation),
            new Section("Evidence packs", "/evidence", Role::producesEvidencePacks),
            new Section("Claims", "/claims", Role::readsClaims),
            new Section("Pathway", "/pathway", role -> true),
            new Section("Reports", "/reports", Role::readsReports),
            new Section("Imports", "/imports", Role::readsImportsAndPlans),
            new Section("Plans", "/plans", Role::readsImportsAndPlans),
            new Section("Matching", "/matching", Role::readsMatches),
            new Section("Data protection", "/data-protection", Role::dataProtectionDuties),
            new Section("Users", "/admin/users", Role::managesUsers),
            new Section("Audit log", "/admin/audit", Role::readsAuditLog));

    private record Section(String text, String path, Predicate<Role> may) {

        boolean holds(String requested) {
            return path.equals("/") ? requested.equals("/") : requested.equals(path) || requested.startsWith(path + "/");
        }
    }

    /** A link in the header; {@code current} marks the section of the page shown. */
    record Link(String text, String path, boolean current) {
    }

    @ModelAttribute("navigation")
    List<Link> navigation(CurrentUser user, HttpServletRequest request) {
        if (user == null) {
            return List.of();
        }
        String requested = request.getRequestURI().substring(request.getContextPath().length());
        return SECTIONS.stream().filter(section -> section.may().test(user.role()))
                .map(section -> new Link(section.text(), section.path(), section.holds(requested))).toList();
    }
}
