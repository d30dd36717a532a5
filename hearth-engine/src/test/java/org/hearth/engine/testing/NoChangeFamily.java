package org.hearth.engine.testing;

import static org.hearth.engine.testing.FamilyFixture.d;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hearth.engine.timeline.AsbIncident;
import org.hearth.engine.timeline.AsbIntervention;
import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.BenefitSpell.Benefit;
import org.hearth.engine.timeline.BenefitSpell.ClaimType;
import org.hearth.engine.timeline.DomesticAbuseIncident;
import org.hearth.engine.timeline.EducationSetting;
import org.hearth.engine.timeline.Exclusion;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.FinancialReading;
import org.hearth.engine.timeline.HealthNeed;
import org.hearth.engine.timeline.JusticeOrder;
import org.hearth.engine.timeline.MissingEpisode;
import org.hearth.engine.timeline.NeetSpell;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.PoliceCallout;
import org.hearth.engine.timeline.ProfessionalConcern;
import org.hearth.engine.timeline.Referral;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.ServiceEpisode;
import org.hearth.engine.timeline.SocialCareEpisode;
import org.hearth.engine.timeline.TermAttendance;
import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.engine.timeline.Vocabulary.Sex;
import org.hearth.engine.timeline.Vocabulary.Theme;

/**
 * A family whose life does not change after it engages: a mother and a 12-year-old at secondary
 * school, engaged on 15 January 2016, with only the records one indicator needs to be met on that day.
 * Nothing is dated after engagement. Something that happened (an offence, a call-out, a referral)
 * happened once, three months before engagement ({@link #EVENT_DAY}); a situation the indicator tests
 * on the day (a benefit claim, a health need, a child protection plan) began before engagement and is
 * still open, so it stays as it was. Other members join only where the indicator needs them (a father,
 * a toddler, a school leaver, a young adult, a baby).
 *
 * <pre>
 * NoChangeFamily.engaged().offence(NoChangeFamily.CHILD, Offence.Disposal.YOUTH_CAUTION).build();
 * </pre>
 */
public final class NoChangeFamily {
    public static final String FAMILY = "NC1";
    /** The day the family engaged. */
    public static final LocalDate ENGAGED = d("2016-01-15");
    /** The day of the one event an indicator needs: three months before engagement. */
    public static final LocalDate EVENT_DAY = d("2015-10-15");
    /** The day an open spell (a claim, a need, a plan) began: seven months before engagement. */
    public static final LocalDate SPELL_FROM = d("2015-06-01");

    /** The mother, 30 at engagement. */
    public static final String MOTHER = "M1";
    /** A child of 12 at engagement, in Year 8 at secondary school. */
    public static final String CHILD = "C1";
    /** The father, 34 at engagement (only where the indicator needs him). */
    public static final String FATHER = "D1";
    /** A child of 7 at engagement, at primary school. */
    public static final String PRIMARY_CHILD = "P1";
    /** A child of 2 at engagement. */
    public static final String TODDLER = "T1";
    /** A child of 15 at engagement, in Year 11 (about to leave school). */
    public static final String SCHOOL_LEAVER = "S1";
    /** An older sibling of 19 at engagement. */
    public static final String YOUNG_ADULT = "Y1";
    /** A daughter of 16 at engagement who gave birth at 16 (her baby is {@link #YOUNG_MOTHERS_BABY}). */
    public static final String YOUNG_MOTHER = "YM1";
    /** A baby born to the mother three and a half months before engagement. */
    public static final String BABY = "B1";
    /** A baby born to the young mother three and a half months before engagement. */
    public static final String YOUNG_MOTHERS_BABY = "B2";

    private static final LocalDate BIRTH = d("2015-10-01");
    private static final String SOURCE = "no-change fixture";

    private final FamilyFixture fixture;
    /** The members added beyond the mother and the 12-year-old. */
    private final Set<String> joined = new HashSet<>();
    private int next;

    private NoChangeFamily() {
        fixture = FamilyFixture.family(FAMILY).mother(MOTHER, "1985-03-10").child(CHILD, "2003-05-05")
                .engaged(ENGAGED.toString());
    }

    /** The mother and the 12-year-old, engaged on {@link #ENGAGED}, with no records. */
    public static NoChangeFamily engaged() {
        return new NoChangeFamily();
    }

    public FamilyTimeline build() {
        return fixture.build();
    }

    // ---- members beyond the mother and the 12-year-old ----------------------------------------------

    public NoChangeFamily withFather() {
        return join(FATHER, () -> fixture.father(FATHER, "1982-01-01"));
    }

    public NoChangeFamily withPrimaryChild() {
        return join(PRIMARY_CHILD, () -> fixture.child(PRIMARY_CHILD, "2008-04-04"));
    }

    public NoChangeFamily withToddler() {
        return join(TODDLER, () -> fixture.child(TODDLER, "2013-06-01"));
    }

    public NoChangeFamily withSchoolLeaver() {
        return join(SCHOOL_LEAVER, () -> fixture.child(SCHOOL_LEAVER, "2000-06-01"));
    }

    public NoChangeFamily withYoungAdult() {
        return join(YOUNG_ADULT, () -> fixture.otherAdult(YOUNG_ADULT, "1996-06-01"));
    }

    /** A baby, born on 1 October 2015 to the mother. */
    public NoChangeFamily withBaby() {
        return join(BABY, () -> fixture.member(new Person(BABY, BIRTH, Sex.UNKNOWN, MOTHER, null), Role.CHILD, false,
                null, null));
    }

    /** A daughter born on 1 March 1999 and her baby, born on 1 October 2015 when she was 16. */
    public NoChangeFamily withYoungMotherAndBaby() {
        return join(YOUNG_MOTHER, () -> fixture
                .member(new Person(YOUNG_MOTHER, d("1999-03-01"), Sex.FEMALE, MOTHER, null), Role.CHILD, true, null, null)
                .member(new Person(YOUNG_MOTHERS_BABY, BIRTH, Sex.UNKNOWN, YOUNG_MOTHER, null), Role.CHILD, false, null,
                        null));
    }

    /**
     * Adds a member once: two indicators' records for one family (a pair of fixtures) may both need
     * the father, say.
     */
    private NoChangeFamily join(String personId, Runnable add) {
        if (joined.add(personId)) {
            add.run();
        }
        return this;
    }

    // ---- events, once, on EVENT_DAY -----------------------------------------------------------------

    public NoChangeFamily offence(String person, Offence.Disposal disposal) {
        return add(new Offence(id("OF"), person, EVENT_DAY, disposal, false, null, SOURCE));
    }

    public NoChangeFamily policeCallout(boolean domestic) {
        return add(new PoliceCallout(id("PC"), FAMILY, null, EVENT_DAY, domestic, false, SOURCE));
    }

    public NoChangeFamily asbIncident(String person) {
        return add(new AsbIncident(id("AI"), person, null, EVENT_DAY, SOURCE));
    }

    public NoChangeFamily concern(Theme theme) {
        return add(new ProfessionalConcern(id("CN"), FAMILY, null, theme, EVENT_DAY, "a professional", SOURCE));
    }

    public NoChangeFamily domesticAbuse(String person, DomesticAbuseIncident.Role role,
                                        DomesticAbuseIncident.Category category,
                                        DomesticAbuseIncident.RecordedBy recordedBy) {
        return add(new DomesticAbuseIncident(id("DA"), FAMILY, person, EVENT_DAY, role, category, recordedBy, SOURCE));
    }

    public NoChangeFamily referral(String person, Referral.To to, Theme reason) {
        return add(new Referral(id("RF"), person, null, EVENT_DAY, to, reason, SOURCE));
    }

    /** Reported missing on EVENT_DAY, found the next day. */
    public NoChangeFamily missing(String person) {
        return add(new MissingEpisode(id("MI"), person, EVENT_DAY, EVENT_DAY.plusDays(1), SOURCE));
    }

    /** A scored tool's result on EVENT_DAY (for a person, or the household when person is null). */
    public NoChangeFamily score(String person, AssessmentTool tool, double score) {
        return add(new ScoredAssessment(id("AS"), person, person == null ? FAMILY : null, tool, EVENT_DAY, score, null,
                SOURCE));
    }

    /** A levelled tool's result on EVENT_DAY (for a person, or the household when person is null). */
    public NoChangeFamily level(String person, AssessmentTool tool, String level) {
        return add(new ScoredAssessment(id("AS"), person, person == null ? FAMILY : null, tool, EVENT_DAY, null, level,
                SOURCE));
    }

    /** A debt reading on EVENT_DAY. */
    public NoChangeFamily debt(FinancialReading.Debt debt, long balancePence, FinancialReading.Sanction sanction) {
        return add(new FinancialReading(id("FR"), FAMILY, null, EVENT_DAY, debt, balancePence, sanction, SOURCE));
    }

    /** A one-day contact with a service on EVENT_DAY (a food bank visit). */
    public NoChangeFamily serviceContact(String person, ServiceEpisode.Service service) {
        return add(new ServiceEpisode(id("SV"), person, null, service, EVENT_DAY, EVENT_DAY,
                ServiceEpisode.Status.COMPLETED, SOURCE));
    }

    /** A short social care episode (an assessment, an enquiry) that began and ended before engagement. */
    public NoChangeFamily closedSocialCare(String person, SocialCareEpisode.Kind kind, LocalDate from, LocalDate to,
                                           SocialCareEpisode.EndReason reason) {
        return add(new SocialCareEpisode(id("SC"), person, kind, from, to, reason, SOURCE));
    }

    // ---- situations open since SPELL_FROM and still open ------------------------------------------------

    public NoChangeFamily socialCare(String person, SocialCareEpisode.Kind kind) {
        return add(new SocialCareEpisode(id("SC"), person, kind, SPELL_FROM, null, null, SOURCE));
    }

    public NoChangeFamily benefit(String person, Benefit benefit, boolean workRelatedConditions) {
        return add(new BenefitSpell(id("BN"), person, benefit, SPELL_FROM, null, workRelatedConditions,
                ClaimType.SINGLE, SOURCE));
    }

    public NoChangeFamily healthNeed(String person, HealthNeed.Need need) {
        return add(new HealthNeed(id("HN"), person, need, SPELL_FROM, null, SOURCE));
    }

    public NoChangeFamily neet(String person, NeetSpell.Status status) {
        return add(new NeetSpell(id("NE"), person, status, SPELL_FROM, null, SOURCE));
    }

    public NoChangeFamily educationSetting(String person, EducationSetting.Setting setting) {
        return add(new EducationSetting(id("ED"), person, setting, SPELL_FROM, null, SOURCE));
    }

    public NoChangeFamily asbIntervention(String person, AsbIntervention.Type type) {
        return add(new AsbIntervention(id("AV"), person, type, SPELL_FROM, null, AsbIntervention.Status.ONGOING,
                SOURCE));
    }

    public NoChangeFamily service(String person, ServiceEpisode.Service service) {
        return add(new ServiceEpisode(id("SV"), person, null, service, SPELL_FROM, null, ServiceEpisode.Status.ONGOING,
                SOURCE));
    }

    /** A sentence or order being served since SPELL_FROM, to {@code until} (null: open). */
    public NoChangeFamily justice(String person, JusticeOrder.Type type, LocalDate until) {
        return add(new JusticeOrder(id("JO"), person, type, SPELL_FROM, until, SOURCE));
    }

    // ---- school: the full terms that ended before engagement -----------------------------------------

    /**
     * The child missed {@code percentMissed} of 100 sessions (unauthorised) in each of the {@code terms}
     * full terms that ended on or before engagement; no term after engagement is recorded.
     */
    public NoChangeFamily absence(String person, int terms, int percentMissed) {
        for (SchoolTerm term : FamilyFixture.CALENDAR.lastFullTerms(ENGAGED, terms)) {
            add(new TermAttendance(id("TA"), person, term, 100, 0, percentMissed, "100001", SOURCE));
        }
        return this;
    }

    /**
     * {@code count} fixed-term exclusions of {@code days} days each, one in each of the three full terms
     * before engagement in turn (latest term first).
     */
    public NoChangeFamily fixedTermExclusions(String person, int count, double days, Exclusion.Phase phase) {
        List<SchoolTerm> terms = FamilyFixture.CALENDAR.lastFullTerms(ENGAGED, 3);
        for (int i = 0; i < count; i++) {
            SchoolTerm term = terms.get(terms.size() - 1 - i % 3);
            add(new Exclusion(id("EX"), person, term.start().plusDays(30 + i / 3), Exclusion.Type.FIXED_TERM, days,
                    phase, SOURCE));
        }
        return this;
    }

    /** A permanent exclusion on EVENT_DAY (in the autumn term before engagement). */
    public NoChangeFamily permanentExclusion(String person, Exclusion.Phase phase) {
        return add(new Exclusion(id("EX"), person, EVENT_DAY, Exclusion.Type.PERMANENT, 0, phase, SOURCE));
    }

    private NoChangeFamily add(org.hearth.engine.timeline.TimelineRecord record) {
        fixture.record(record);
        return this;
    }

    private String id(String prefix) {
        return prefix + (++next);
    }
}
