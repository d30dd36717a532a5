package org.hearth.server.composition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.timeline.Vocabulary;
import org.hearth.io.link.CompositionDecision.Change;
import org.hearth.server.web.DateInput;

/**
 * The family page's composition form as posted: the change (its code), the member chosen (for a member who leaves or
 * whose role changes), the person's id typed (for a person who joins), the role's code, parenting responsibility, the
 * day (the GOV.UK date input's three fields) and the note. Without JavaScript every field is shown whatever the change;
 * a field the change does not take is ignored.
 */
public record CompositionForm(String change, String member, String person, String role, boolean parentingResponsibility,
                              DateInput from, String note) {
    private static final String FROM = "the day the change takes effect";
    static final CompositionForm BLANK = new CompositionForm("", "", "", "", false, new DateInput("", "", "", FROM), "");
    /** The form's fields in the page's order, as the error summary lists them. */
    private static final List<String> FIELDS = List.of("change", "member", "person", "role", "from", "note");

    static CompositionForm posted(Map<String, String> posted) {
        return new CompositionForm(posted.getOrDefault("change", ""), posted.getOrDefault("member", ""),
                posted.getOrDefault("person", ""), posted.getOrDefault("role", ""),
                "true".equals(posted.get("parentingResponsibility")), new DateInput(posted.getOrDefault("from-day", ""),
                posted.getOrDefault("from-month", ""), posted.getOrDefault("from-year", ""), FROM),
                posted.getOrDefault("note", ""));
    }

    /** The change chosen, or null when none (or not one of the four) is. */
    Change chosen() {
        return code(Change.class, change);
    }

    /** The decision the form asks for: the parts its change takes, as typed. */
    NewCompositionDecision decision(String familyId) {
        Change chosen = chosen();
        boolean takesRole = chosen == Change.JOINS || chosen == Change.ROLE;
        String personId = chosen == Change.JOINS ? person : chosen == Change.LEAVES || chosen == Change.ROLE ? member : null;
        return new NewCompositionDecision(familyId, personId, chosen, takesRole ? code(Vocabulary.Role.class, role) : null,
                takesRole && parentingResponsibility, from.problem() == null ? from.date() : null, note);
    }

    /**
     * The problems as the form shows them, by the field's id in the form's order: what the form itself finds wrong (no
     * change chosen, a day that is not a date) before what the decision's rules find ({@link FamilyCompositions#problems},
     * by the file's column).
     */
    Map<String, String> onTheForm(Map<String, String> byColumn) {
        Map<String, String> byField = new LinkedHashMap<>();
        byColumn.forEach((column, what) -> byField.putIfAbsent(field(column), what));
        if (chosen() == null) {
            byField.put("change", "Select the change to record");
        }
        if (from.problem() != null) {
            byField.put("from", from.problem());
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.stream().filter(byField::containsKey).forEach(field -> ordered.put(field, byField.get(field)));
        return ordered;
    }

    private String field(String column) {
        return switch (column) {
            case "person_id" -> chosen() == Change.JOINS ? "person" : "member";
            case "role", "from", "note" -> column;
            default -> "change";
        };
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code) {
        try {
            return code == null || code.isBlank() ? null : Vocabulary.parse(type, code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
