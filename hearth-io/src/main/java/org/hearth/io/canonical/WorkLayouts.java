package org.hearth.io.canonical;

import static org.hearth.io.canonical.CellTypes.DATE;
import static org.hearth.io.canonical.CellTypes.DECIMAL;
import static org.hearth.io.canonical.CellTypes.FAMILY;
import static org.hearth.io.canonical.CellTypes.MEMBER;
import static org.hearth.io.canonical.CellTypes.PENCE;
import static org.hearth.io.canonical.CellTypes.code;

import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.EarningsPeriod;
import org.hearth.engine.timeline.EmploymentSpell;
import org.hearth.engine.timeline.FinancialReading;
import org.hearth.engine.timeline.NeetSpell;
import org.hearth.engine.timeline.RecordKind;

/** The files of work and money: benefits, employment, earnings, NEET spells, arrears and debt. */
final class WorkLayouts {
    static final Layout<BenefitSpell> BENEFITS = benefits();
    static final Layout<EmploymentSpell> EMPLOYMENT = employment();
    static final Layout<EarningsPeriod> EARNINGS = earnings();
    static final Layout<NeetSpell> NEET = neet();
    static final Layout<FinancialReading> FINANCES = finances();

    private WorkLayouts() {
    }

    private static Layout<BenefitSpell> benefits() {
        Layout.Builder<BenefitSpell> b = Layout.builder(RecordKind.BENEFITS);
        var id = b.recordId(BenefitSpell::recordId);
        var person = b.required("person_id", MEMBER, BenefitSpell::personId);
        var benefit = b.required("benefit", code(BenefitSpell.Benefit.class), BenefitSpell::benefit);
        var start = b.required("start_date", DATE, BenefitSpell::start);
        var end = b.optional("end_date", DATE, BenefitSpell::end);
        var conditions = b.flag("work_related_conditions", BenefitSpell::workRelatedConditions);
        var claim = b.required("claim_type", code(BenefitSpell.ClaimType.class), BenefitSpell::claimType);
        var source = b.source(BenefitSpell::source);
        b.span(start, end);
        return b.build(v -> new BenefitSpell(v.get(id), v.get(person), v.get(benefit), v.get(start), v.get(end),
                v.get(conditions), v.get(claim), v.get(source)));
    }

    private static Layout<EmploymentSpell> employment() {
        Layout.Builder<EmploymentSpell> b = Layout.builder(RecordKind.EMPLOYMENT);
        var id = b.recordId(EmploymentSpell::recordId);
        var person = b.required("person_id", MEMBER, EmploymentSpell::personId);
        var type = b.required("type", code(EmploymentSpell.Type.class), EmploymentSpell::type);
        var start = b.required("start_date", DATE, EmploymentSpell::start);
        var end = b.optional("end_date", DATE, EmploymentSpell::end);
        var hours = b.optional("hours_per_week", DECIMAL, EmploymentSpell::hoursPerWeek);
        var source = b.source(EmploymentSpell::source);
        b.span(start, end);
        return b.build(v -> new EmploymentSpell(v.get(id), v.get(person), v.get(type), v.get(start), v.get(end),
                v.get(hours), v.get(source)));
    }

    /** An assessment period always has both ends: it is a whole period whose earnings are known. */
    private static Layout<EarningsPeriod> earnings() {
        Layout.Builder<EarningsPeriod> b = Layout.builder(RecordKind.EARNINGS);
        var id = b.recordId(EarningsPeriod::recordId);
        var person = b.required("person_id", MEMBER, EarningsPeriod::personId);
        var start = b.required("start_date", DATE, EarningsPeriod::start);
        var end = b.required("end_date", DATE, EarningsPeriod::end);
        var amount = b.required("amount_gbp", PENCE, EarningsPeriod::amountPence);
        var claim = b.required("claim_type", code(BenefitSpell.ClaimType.class), EarningsPeriod::claimType);
        var source = b.source(EarningsPeriod::source);
        b.span(start, end);
        return b.build(v -> new EarningsPeriod(v.get(id), v.get(person), v.get(start), v.get(end), v.get(amount),
                v.get(claim), v.get(source)));
    }

    private static Layout<NeetSpell> neet() {
        Layout.Builder<NeetSpell> b = Layout.builder(RecordKind.NEET);
        var id = b.recordId(NeetSpell::recordId);
        var person = b.required("person_id", MEMBER, NeetSpell::personId);
        var status = b.required("status", code(NeetSpell.Status.class), NeetSpell::status);
        var start = b.required("start_date", DATE, NeetSpell::start);
        var end = b.optional("end_date", DATE, NeetSpell::end);
        var source = b.source(NeetSpell::source);
        b.span(start, end);
        return b.build(v -> new NeetSpell(v.get(id), v.get(person), v.get(status), v.get(start), v.get(end),
                v.get(source)));
    }

    private static Layout<FinancialReading> finances() {
        Layout.Builder<FinancialReading> b = Layout.builder(RecordKind.FINANCES);
        var id = b.recordId(FinancialReading::recordId);
        var person = b.optional("person_id", MEMBER, FinancialReading::personId);
        var family = b.required("family_id", FAMILY, FinancialReading::familyId);
        var date = b.required("date", DATE, FinancialReading::date);
        var debt = b.required("debt", code(FinancialReading.Debt.class), FinancialReading::debt);
        var balance = b.required("balance_gbp", PENCE, FinancialReading::balancePence);
        var sanction = b.required("sanction", code(FinancialReading.Sanction.class), FinancialReading::sanction);
        var source = b.source(FinancialReading::source);
        return b.build(v -> new FinancialReading(v.get(id), v.get(family), v.get(person), v.get(date), v.get(debt),
                v.get(balance), v.get(sanction), v.get(source)));
    }
}
