package org.hearth.io.canonical;

import static org.hearth.io.canonical.CellTypes.DATE;
import static org.hearth.io.canonical.CellTypes.FAMILY;
import static org.hearth.io.canonical.CellTypes.MEMBER;
import static org.hearth.io.canonical.CellTypes.code;

import org.hearth.engine.timeline.DomesticAbuseIncident;
import org.hearth.engine.timeline.HealthEvent;
import org.hearth.engine.timeline.HealthNeed;
import org.hearth.engine.timeline.RecordKind;

/** The files of domestic abuse and health: incidents, hospital and A&amp;E events, identified health needs. */
final class HealthLayouts {
    static final Layout<DomesticAbuseIncident> DOMESTIC_ABUSE = domesticAbuse();
    static final Layout<HealthEvent> HEALTH_EVENTS = healthEvents();
    static final Layout<HealthNeed> HEALTH_NEEDS = healthNeeds();

    private HealthLayouts() {
    }

    private static Layout<DomesticAbuseIncident> domesticAbuse() {
        Layout.Builder<DomesticAbuseIncident> b = Layout.builder(RecordKind.DOMESTIC_ABUSE);
        var id = b.recordId(DomesticAbuseIncident::recordId);
        var person = b.optional("person_id", MEMBER, DomesticAbuseIncident::personId);
        var family = b.optional("family_id", FAMILY, DomesticAbuseIncident::familyId);
        var date = b.required("date", DATE, DomesticAbuseIncident::date);
        var role = b.required("role", code(DomesticAbuseIncident.Role.class), DomesticAbuseIncident::role);
        var category = b.required("category", code(DomesticAbuseIncident.Category.class),
                DomesticAbuseIncident::category);
        var recordedBy = b.required("recorded_by", code(DomesticAbuseIncident.RecordedBy.class),
                DomesticAbuseIncident::recordedBy);
        var source = b.source(DomesticAbuseIncident::source);
        return b.build(v -> new DomesticAbuseIncident(v.get(id), v.get(family), v.get(person), v.get(date),
                v.get(role), v.get(category), v.get(recordedBy), v.get(source)));
    }

    private static Layout<HealthEvent> healthEvents() {
        Layout.Builder<HealthEvent> b = Layout.builder(RecordKind.HEALTH_EVENTS);
        var id = b.recordId(HealthEvent::recordId);
        var person = b.required("person_id", MEMBER, HealthEvent::personId);
        var date = b.required("date", DATE, HealthEvent::date);
        var type = b.required("type", code(HealthEvent.Type.class), HealthEvent::type);
        var source = b.source(HealthEvent::source);
        return b.build(v -> new HealthEvent(v.get(id), v.get(person), v.get(date), v.get(type), v.get(source)));
    }

    private static Layout<HealthNeed> healthNeeds() {
        Layout.Builder<HealthNeed> b = Layout.builder(RecordKind.HEALTH_NEEDS);
        var id = b.recordId(HealthNeed::recordId);
        var person = b.required("person_id", MEMBER, HealthNeed::personId);
        var need = b.required("need", code(HealthNeed.Need.class), HealthNeed::need);
        var start = b.required("start_date", DATE, HealthNeed::start);
        var end = b.optional("end_date", DATE, HealthNeed::end);
        var source = b.source(HealthNeed::source);
        b.span(start, end);
        return b.build(v -> new HealthNeed(v.get(id), v.get(person), v.get(need), v.get(start), v.get(end),
                v.get(source)));
    }
}
