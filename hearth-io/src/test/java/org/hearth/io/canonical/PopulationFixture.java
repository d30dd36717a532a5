package org.hearth.io.canonical;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hearth.engine.timeline.AsbIncident;
import org.hearth.engine.timeline.AsbIntervention;
import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.BenefitSpell.Benefit;
import org.hearth.engine.timeline.BenefitSpell.ClaimType;
import org.hearth.engine.timeline.DomesticAbuseIncident;
import org.hearth.engine.timeline.EarningsPeriod;
import org.hearth.engine.timeline.EducationSetting;
import org.hearth.engine.timeline.EmploymentSpell;
import org.hearth.engine.timeline.Exclusion;
import org.hearth.engine.timeline.FinancialReading;
import org.hearth.engine.timeline.HealthEvent;
import org.hearth.engine.timeline.HealthNeed;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Intervention.TierChange;
import org.hearth.engine.timeline.JusticeOrder;
import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.MissingEpisode;
import org.hearth.engine.timeline.NeetSpell;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.PoliceCallout;
import org.hearth.engine.timeline.ProfessionalConcern;
import org.hearth.engine.timeline.Referral;
import org.hearth.engine.timeline.SchoolCalendar;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.SchoolTerm.Term;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.ServiceEpisode;
import org.hearth.engine.timeline.SocialCareEpisode;
import org.hearth.engine.timeline.TermAttendance;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.engine.timeline.Vocabulary.Sex;
import org.hearth.engine.timeline.Vocabulary.Theme;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.engine.timeline.WorkerAssessment;
import org.hearth.io.PersonName;
import org.hearth.io.Population;
import org.hearth.io.TeamMember;

/**
 * A synthetic population with at least one record of every kind, every optional value both given and
 * left out somewhere (people's names too), text that needs quoting (commas, quotes, a line break), money
 * down to a penny and a child born on 29 February 2016. Records are in the order the reader returns them: by kind.
 */
final class PopulationFixture {
    private PopulationFixture() {
    }

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    static SchoolCalendar calendar() {
        return new SchoolCalendar(List.of(
                new SchoolTerm(2014, Term.AUTUMN, d("2014-09-03"), d("2014-12-19")),
                new SchoolTerm(2014, Term.SPRING, d("2015-01-05"), d("2015-03-27")),
                new SchoolTerm(2014, Term.SUMMER, d("2015-04-13"), d("2015-07-22")),
                new SchoolTerm(2015, Term.AUTUMN, d("2015-09-03"), d("2015-12-18")),
                new SchoolTerm(2015, Term.SPRING, d("2016-01-04"), d("2016-03-24")),
                new SchoolTerm(2015, Term.SUMMER, d("2016-04-11"), d("2016-07-21"))));
    }

    static Population population() {
        SchoolCalendar calendar = calendar();
        List<Person> people = List.of(
                new Person("P-1", d("1985-04-02"), Sex.FEMALE, null,
                        new Person.Identifiers(null, "4857773456", "QQ123456C", null)),
                new Person("P-2", d("2005-09-12"), Sex.MALE, "P-1",
                        new Person.Identifiers("A123456789012", null, null, "LC-77")),
                new Person("P-3", d("1983-01-20"), Sex.MALE, null, null),
                new Person("P-4", d("2016-02-29"), Sex.FEMALE, "P-1", null),
                new Person("P-5", d("1990-11-30"), Sex.UNKNOWN, null, null));
        List<Membership> memberships = List.of(
                new Membership("F-1", "P-1", Role.PARENT_CARER, true, d("2014-01-01"), null),
                new Membership("F-1", "P-2", Role.CHILD, false, d("2014-01-01"), null),
                new Membership("F-1", "P-3", Role.PARENT_CARER, true, d("2014-01-01"), d("2016-06-30")),
                new Membership("F-1", "P-4", Role.CHILD, false, d("2016-02-29"), null),
                new Membership("F-2", "P-3", Role.OTHER_ADULT, false, d("2016-07-01"), null),
                new Membership("F-2", "P-5", Role.PARENT_CARER, true, d("2016-07-01"), null));
        List<Intervention> interventions = List.of(
                new Intervention("I-1", "F-1", d("2015-06-01"), "key worker, north", "Early Help",
                        Tier.TARGETED_EARLY_HELP, List.of(
                                new TierChange("TC-1", d("2015-09-01"), Tier.CHILD_IN_NEED,
                                        "section 17 assessment: a child in need, agreed at the family's review"),
                                new TierChange("TC-2", d("2016-01-15"), Tier.TARGETED_EARLY_HELP, null)),
                        d("2016-06-30"), "stepped down to universal services"),
                new Intervention("I-2", "F-2", d("2016-07-01"), null, null, Tier.UNIVERSAL_PLUS, List.of(), null, null));
        List<TimelineRecord> records = List.of(
                new Offence("OF-1", "P-2", d("2015-01-10"), Offence.Disposal.CONVICTION, true, 5, "YOS"),
                new Offence("OF-2", "P-2", d("2015-03-02"), Offence.Disposal.YOUTH_CAUTION, false, null, null),
                new AsbIncident("ASB-1", "P-2", null, d("2015-02-01"), "police"),
                new AsbIncident("ASB-2", null, "F-1", d("2015-02-03"), "housing"),
                new AsbIntervention("AI-1", "P-2", AsbIntervention.Type.ACCEPTABLE_BEHAVIOUR_CONTRACT, d("2015-02-10"),
                        d("2015-08-10"), AsbIntervention.Status.COMPLETED, "ASB team"),
                new PoliceCallout("PC-1", "F-1", "P-3", d("2015-04-04"), true, false, "police"),
                new PoliceCallout("PC-2", "F-1", null, d("2015-05-04"), false, true, "police"),
                new TermAttendance("AT-1", "P-2", calendar.term(2015, Term.AUTUMN), 140, 10, 6, "100001", "school census"),
                new TermAttendance("AT-2", "P-2", calendar.term(2015, Term.SPRING), 120, 0, 0, null, "school census"),
                new Exclusion("EX-1", "P-2", d("2015-10-05"), Exclusion.Type.FIXED_TERM, 2.5, Exclusion.Phase.SECONDARY,
                        "school census"),
                new Exclusion("EX-2", "P-2", d("2016-01-05"), Exclusion.Type.PERMANENT, 0, Exclusion.Phase.SECONDARY, null),
                new EducationSetting("ES-1", "P-2", EducationSetting.Setting.MAINSTREAM_SCHOOL, d("2014-09-01"), null,
                        "school census"),
                new SocialCareEpisode("SC-1", "P-4", SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN, d("2016-03-01"),
                        d("2016-09-01"), SocialCareEpisode.EndReason.STEPPED_DOWN, "MOSAIC"),
                new SocialCareEpisode("SC-2", "P-4", SocialCareEpisode.Kind.EARLY_HELP, d("2016-09-02"), null, null,
                        "MOSAIC"),
                new Referral("RF-1", null, "F-1", d("2016-10-01"), Referral.To.EARLY_HELP, Theme.CHILDREN_NEED_HELP,
                        "MASH"),
                new Referral("RF-2", "P-2", null, d("2016-10-02"), Referral.To.CAMHS, null, null),
                new MissingEpisode("ME-1", "P-2", d("2015-05-05"), d("2015-05-06"), "police"),
                new BenefitSpell("BN-1", "P-1", Benefit.JOBSEEKERS_ALLOWANCE, d("2014-01-01"), d("2015-12-31"), false,
                        ClaimType.SINGLE, "DWP"),
                new BenefitSpell("BN-2", "P-1", Benefit.UNIVERSAL_CREDIT, d("2016-01-01"), null, true, ClaimType.COUPLE,
                        "DWP"),
                new EmploymentSpell("EM-1", "P-1", EmploymentSpell.Type.EMPLOYED, d("2016-01-04"), null, 16.5, "DWP"),
                new EmploymentSpell("EM-2", "P-3", EmploymentSpell.Type.SELF_EMPLOYED, d("2015-01-04"), d("2015-06-30"),
                        null, null),
                new EarningsPeriod("EA-1", "P-1", d("2016-01-01"), d("2016-01-31"), 33_800, ClaimType.COUPLE, "DWP"),
                new EarningsPeriod("EA-2", "P-1", d("2016-02-01"), d("2016-02-29"), 1, ClaimType.COUPLE, "DWP"),
                new NeetSpell("NE-1", "P-2", NeetSpell.Status.AT_RISK_OF_NEET, d("2016-06-01"), null, "connexions"),
                new FinancialReading("FI-1", "F-1", null, d("2015-07-01"), FinancialReading.Debt.RENT_ARREARS, 123_456,
                        FinancialReading.Sanction.NOTICE_SEEKING_POSSESSION, "housing"),
                new FinancialReading("FI-2", "F-1", "P-1", d("2016-01-01"), FinancialReading.Debt.COUNCIL_TAX_ARREARS,
                        -505, FinancialReading.Sanction.NONE, null),
                new ServiceEpisode("SV-1", "P-1", null, ServiceEpisode.Service.PARENTING_PROGRAMME, d("2015-07-01"),
                        d("2015-09-30"), ServiceEpisode.Status.COMPLETED, "children's centre"),
                new ServiceEpisode("SV-2", null, "F-1", ServiceEpisode.Service.FOOD_BANK, d("2015-08-01"), d("2015-08-01"),
                        ServiceEpisode.Status.COMPLETED, null),
                new ScoredAssessment("AS-1", "P-2", null, AssessmentTool.SDQ, d("2015-06-10"), 22.0, null, "CAMHS"),
                new ScoredAssessment("AS-2", null, "F-1", AssessmentTool.BARNARDOS_DV_MATRIX, d("2015-06-11"), null,
                        "high", "IDVA"),
                new ScoredAssessment("AS-3", "P-1", "F-1", AssessmentTool.WEMWBS, d("2015-06-12"), 45.5, null, null),
                new HealthEvent("HE-1", "P-4", d("2016-04-01"), HealthEvent.Type.AE_ATTENDANCE, "hospital"),
                new HealthNeed("HN-1", "P-1", HealthNeed.Need.PREGNANCY, d("2015-06-01"), d("2016-02-29"), "midwife"),
                new HealthNeed("HN-2", "P-1", HealthNeed.Need.MENTAL_HEALTH, d("2016-05-01"), null, null),
                new JusticeOrder("JU-1", "P-3", JusticeOrder.Type.COMMUNITY_ORDER, d("2015-01-01"), d("2016-01-01"),
                        "probation"),
                new ProfessionalConcern("CO-1", "F-1", "P-2", Theme.SCHOOL_ATTENDANCE, d("2015-05-01"),
                        "education welfare officer, north team", null),
                new ProfessionalConcern("CO-2", "F-1", null, Theme.HEALTH, d("2015-05-02"), "health visitor", "health"),
                new DomesticAbuseIncident("DA-1", "F-1", "P-1", d("2015-04-04"), DomesticAbuseIncident.Role.VICTIM,
                        DomesticAbuseIncident.Category.DOMESTIC_ABUSE, DomesticAbuseIncident.RecordedBy.POLICE, "police"),
                new WorkerAssessment("WA-1", "F-1", null, "2.1", true, d("2016-06-01"), "key worker", d("2016-06-10"),
                        "team manager", "manager", "case file"),
                new WorkerAssessment("WA-2", "F-1", "P-1", "lead worker's \"judgement\", on the whole family", false,
                        d("2016-06-02"), "key worker", null, null, null, null));
        List<TeamMember> team = List.of(
                new TeamMember("TA-1", "I-1", "Sam Patel", "school nurse", "school nursing service", d("2015-06-01"),
                        d("2016-01-31"), "case file"),
                new TeamMember("TA-2", "I-1", null, "housing officer", "housing", d("2015-07-15"), null, null));
        return new Population(List.of("F-1", "F-2"), people, memberships, interventions, calendar,
                byKind(records), Map.of("F-1", "FM-0001"), names(), team);
    }

    /** Names for all but P-4: both parts, a family name alone, a given name alone; one in quotes, one not ASCII. */
    static Map<String, PersonName> names() {
        return Map.of("P-1", new PersonName("Zoë", "O'Brien"), "P-2", new PersonName("Sam", "O'Brien"),
                "P-3", new PersonName(null, "Van der Berg"), "P-5", new PersonName("Alexandra \"Sasha\"", null));
    }

    /** The records in the reader's order: kind by kind, as the engine lists the kinds. */
    private static List<TimelineRecord> byKind(List<TimelineRecord> records) {
        return records.stream().sorted(java.util.Comparator.comparingInt(r -> r.kind().index())).toList();
    }
}
