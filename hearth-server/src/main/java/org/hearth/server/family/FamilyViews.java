package org.hearth.server.family;

import java.util.List;

import org.hearth.server.audit.AuditLog;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who looked at which family, and who was refused: every view of a family and every search, by page or API, asks
 * {@link Access} here and is recorded in the audit log whatever the answer.
 */
@Component
public class FamilyViews {
    private final FamilyDirectory directory;
    private final Access access;
    private final AuditLog audit;

    FamilyViews(FamilyDirectory directory, Access access, AuditLog audit) {
        this.directory = directory;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Whether the user may view the family now; the view or the refusal is audited. A refused family must be
     * answered as no family is: whether a family exists is itself not for everyone.
     */
    public boolean view(CurrentUser user, String familyId) {
        return read(user, familyId) != Access.Reading.NONE;
    }

    /** {@link #view}, saying whether the user reads it as one who sees it or under break-glass access. */
    public Access.Reading read(CurrentUser user, String familyId) {
        Access.Reading reading = access.reading(user, familyId);
        audit.record(user.username(), reading != Access.Reading.NONE ? "family viewed" : "family refused", familyId, "");
        return reading;
    }

    /** The families the term names that the user may see; the search is audited with its term. */
    List<String> search(CurrentUser user, String term) {
        Access.VisibleFamilies visible = access.familiesVisibleTo(user);
        audit.record(user.username(), "families searched", "", term);
        return directory.search(term).stream().filter(visible::includes).toList();
    }
}
