package org.hearth.io.canonical;

import static org.hearth.io.canonical.CellTypes.DATE;
import static org.hearth.io.canonical.CellTypes.FAMILY;
import static org.hearth.io.canonical.CellTypes.MEMBER;
import static org.hearth.io.canonical.CellTypes.WHOLE;
import static org.hearth.io.canonical.CellTypes.code;

import org.hearth.engine.timeline.AsbIncident;
import org.hearth.engine.timeline.AsbIntervention;
import org.hearth.engine.timeline.JusticeOrder;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.PoliceCallout;
import org.hearth.engine.timeline.RecordKind;

/** The files of crime and anti-social behaviour: offences, ASB incidents and interventions, call-outs, sentences. */
final class CrimeLayouts {
    static final Layout<Offence> OFFENCES = offences();
    static final Layout<AsbIncident> ASB_INCIDENTS = asbIncidents();
    static final Layout<AsbIntervention> ASB_INTERVENTIONS = asbInterventions();
    static final Layout<PoliceCallout> POLICE_CALLOUTS = policeCallouts();
    static final Layout<JusticeOrder> JUSTICE = justice();

    private CrimeLayouts() {
    }

    private static Layout<Offence> offences() {
        Layout.Builder<Offence> b = Layout.builder(RecordKind.OFFENCES);
        var id = b.recordId(Offence::recordId);
        var person = b.required("person_id", MEMBER, Offence::personId);
        var date = b.required("date", DATE, Offence::date);
        var disposal = b.required("disposal", code(Offence.Disposal.class), Offence::disposal);
        var serious = b.flag("serious", Offence::serious);
        var gravity = b.optional("gravity", WHOLE, Offence::gravity);
        var source = b.source(Offence::source);
        return b.build(v -> new Offence(v.get(id), v.get(person), v.get(date), v.get(disposal), v.get(serious),
                v.get(gravity), v.get(source)));
    }

    private static Layout<AsbIncident> asbIncidents() {
        Layout.Builder<AsbIncident> b = Layout.builder(RecordKind.ASB_INCIDENTS);
        var id = b.recordId(AsbIncident::recordId);
        var person = b.optional("person_id", MEMBER, AsbIncident::personId);
        var family = b.optional("family_id", FAMILY, AsbIncident::familyId);
        var date = b.required("date", DATE, AsbIncident::date);
        var source = b.source(AsbIncident::source);
        return b.build(v -> new AsbIncident(v.get(id), v.get(person), v.get(family), v.get(date), v.get(source)));
    }

    private static Layout<AsbIntervention> asbInterventions() {
        Layout.Builder<AsbIntervention> b = Layout.builder(RecordKind.ASB_INTERVENTIONS);
        var id = b.recordId(AsbIntervention::recordId);
        var person = b.required("person_id", MEMBER, AsbIntervention::personId);
        var type = b.required("type", code(AsbIntervention.Type.class), AsbIntervention::type);
        var start = b.required("start_date", DATE, AsbIntervention::start);
        var end = b.optional("end_date", DATE, AsbIntervention::end);
        var status = b.required("status", code(AsbIntervention.Status.class), AsbIntervention::status);
        var source = b.source(AsbIntervention::source);
        b.span(start, end);
        return b.build(v -> new AsbIntervention(v.get(id), v.get(person), v.get(type), v.get(start), v.get(end),
                v.get(status), v.get(source)));
    }

    private static Layout<PoliceCallout> policeCallouts() {
        Layout.Builder<PoliceCallout> b = Layout.builder(RecordKind.POLICE_CALLOUTS);
        var id = b.recordId(PoliceCallout::recordId);
        var person = b.optional("person_id", MEMBER, PoliceCallout::personId);
        var family = b.required("family_id", FAMILY, PoliceCallout::familyId);
        var date = b.required("date", DATE, PoliceCallout::date);
        var domestic = b.flag("domestic", PoliceCallout::domestic);
        var injunction = b.flag("supports_civil_injunction", PoliceCallout::supportsCivilInjunction);
        var source = b.source(PoliceCallout::source);
        return b.build(v -> new PoliceCallout(v.get(id), v.get(family), v.get(person), v.get(date), v.get(domestic),
                v.get(injunction), v.get(source)));
    }

    private static Layout<JusticeOrder> justice() {
        Layout.Builder<JusticeOrder> b = Layout.builder(RecordKind.JUSTICE);
        var id = b.recordId(JusticeOrder::recordId);
        var person = b.required("person_id", MEMBER, JusticeOrder::personId);
        var type = b.required("type", code(JusticeOrder.Type.class), JusticeOrder::type);
        var start = b.required("start_date", DATE, JusticeOrder::start);
        var end = b.optional("end_date", DATE, JusticeOrder::end);
        var source = b.source(JusticeOrder::source);
        b.span(start, end);
        return b.build(v -> new JusticeOrder(v.get(id), v.get(person), v.get(type), v.get(start), v.get(end),
                v.get(source)));
    }
}
