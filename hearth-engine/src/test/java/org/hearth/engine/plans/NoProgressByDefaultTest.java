package org.hearth.engine.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.hearth.engine.testing.NoChangeFamily.CHILD;
import static org.hearth.engine.testing.NoChangeFamily.ENGAGED;
import static org.hearth.engine.testing.NoChangeFamily.FATHER;
import static org.hearth.engine.testing.NoChangeFamily.MOTHER;
import static org.hearth.engine.testing.NoChangeFamily.PRIMARY_CHILD;
import static org.hearth.engine.testing.NoChangeFamily.SCHOOL_LEAVER;
import static org.hearth.engine.testing.NoChangeFamily.TODDLER;
import static org.hearth.engine.testing.NoChangeFamily.YOUNG_ADULT;
import static org.hearth.engine.timeline.AsbIntervention.Type.ACCEPTABLE_BEHAVIOUR_CONTRACT;
import static org.hearth.engine.timeline.DomesticAbuseIncident.Category.CHILD_TO_PARENT_VIOLENCE;
import static org.hearth.engine.timeline.DomesticAbuseIncident.Category.DOMESTIC_ABUSE;
import static org.hearth.engine.timeline.DomesticAbuseIncident.Category.SEXUAL_VIOLENCE;
import static org.hearth.engine.timeline.DomesticAbuseIncident.RecordedBy.MARAC;
import static org.hearth.engine.timeline.DomesticAbuseIncident.RecordedBy.POLICE;
import static org.hearth.engine.timeline.DomesticAbuseIncident.RecordedBy.WORKER;
import static org.hearth.engine.timeline.DomesticAbuseIncident.Role.PERPETRATOR;
import static org.hearth.engine.timeline.DomesticAbuseIncident.Role.VICTIM;
import static org.hearth.engine.timeline.Exclusion.Phase.PRIMARY;
import static org.hearth.engine.timeline.Exclusion.Phase.SECONDARY;
import static org.hearth.engine.timeline.HealthNeed.Need.ALCOHOL_MISUSE;
import static org.hearth.engine.timeline.HealthNeed.Need.DRUG_MISUSE;
import static org.hearth.engine.timeline.HealthNeed.Need.LONG_TERM_CONDITION;
import static org.hearth.engine.timeline.HealthNeed.Need.MENTAL_HEALTH;
import static org.hearth.engine.timeline.Offence.Disposal.CAUTION;
import static org.hearth.engine.timeline.Offence.Disposal.CONVICTION;
import static org.hearth.engine.timeline.Offence.Disposal.DIVERSIONARY_PANEL;
import static org.hearth.engine.timeline.Offence.Disposal.YOUTH_CAUTION;
import static org.hearth.engine.timeline.SocialCareEpisode.Kind.CHILD_IN_NEED;
import static org.hearth.engine.timeline.SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN;
import static org.hearth.engine.timeline.SocialCareEpisode.Kind.EARLY_HELP;
import static org.hearth.engine.timeline.SocialCareEpisode.Kind.EARLY_HELP_ASSESSMENT;
import static org.hearth.engine.timeline.SocialCareEpisode.Kind.SECTION_47_ENQUIRY;
import static org.hearth.engine.timeline.SocialCareEpisode.Kind.SINGLE_ASSESSMENT;
import static org.hearth.engine.timeline.Vocabulary.Theme.CHILDREN_NEED_HELP;
import static org.hearth.engine.timeline.Vocabulary.Theme.CRIME_ASB;
import static org.hearth.engine.timeline.Vocabulary.Theme.HEALTH;
import static org.hearth.engine.timeline.Vocabulary.Theme.SCHOOL_ATTENDANCE;
import static org.hearth.engine.timeline.Vocabulary.Theme.WORK_AND_MONEY;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.evaluation.ProblemEvaluation;
import org.hearth.engine.plan.Indicator;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.plan.Problem;
import org.hearth.engine.testing.NoChangeFamily;
import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.BenefitSpell.Benefit;
import org.hearth.engine.timeline.EducationSetting.Setting;
import org.hearth.engine.timeline.FinancialReading;
import org.hearth.engine.timeline.JusticeOrder;
import org.hearth.engine.timeline.NeetSpell;
import org.hearth.engine.timeline.Referral;
import org.hearth.engine.timeline.ServiceEpisode.Service;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No progress by default: a family whose life does not change after it engages must not meet an
 * outcome. For every indicator of every built-in plan, a small family ({@link NoChangeFamily}: a mother
 * and a 12-year-old, engaged on 15 January 2016) gets only the record or records that make that
 * indicator met on the day of engagement: an event three months before, or a situation (a claim, a
 * need, a plan) that began before and is still open. Nothing is recorded after engagement. The family
 * is reviewed 6, 12 and 18 months after engagement, and every outcome of every identified problem that
 * is MET is listed (NOT_APPLICABLE, nobody in scope, is not a meeting), as is a claim.
 *
 * <p>Expected: nothing is met, except the entries of {@link #MET_BY_DEFAULT}, each justified by a
 * decision in docs/plan-decisions/PLAN.md (an "SW-07" section, or a table row such as "1.2 outcome") or
 * marked {@link #KNOWN_DEFECT} with the reason. The test fails when anything else is met by default,
 * and when an entry of the list is no longer met, so a fix must remove its entry. It also fails when a
 * plan gains an indicator with no fixture.
 *
 * <p>Pairs: every two indicators of two different problems of a plan, their fixtures' records in one
 * family, make a family eligible wherever two problems are enough. Such a family is reviewed at the same
 * months and must not be claimable, except the pairs of {@link #CLAIMABLE_BY_DEFAULT}, each citing for
 * both problems the decision that makes one of its outcomes met; the list must match exactly, so a change
 * that makes a no-change family claimable fails. About 1,400 pairs, three reviews each.
 */
class NoProgressByDefaultTest {
    private static final List<String> PLANS = List.of("southwark", "sunderland", "southampton", "worcestershire");
    /** Reviews, in months after engagement. */
    private static final List<Integer> REVIEWS = List.of(6, 12, 18);
    private static final String KNOWN_DEFECT = "KNOWN_DEFECT";
    /** The pseudo-outcome that stands for "the family is claimable". */
    private static final String CLAIM = "claim";

    // =================================================================================================
    // The fixtures: one row per indicator, the indicator's records and nothing else.
    // =================================================================================================

    private static final List<Fixture> FIXTURES = List.of(
            // ---- Southwark ---------------------------------------------------------------------------
            // 1A  a child's proven offence in the 12 months before identification
            row("southwark", "1A", f -> f.offence(CHILD, YOUTH_CAUTION)),
            // 1B  a police call-out to the household in the 12 months
            row("southwark", "1B", f -> f.policeCallout(false)),
            // 1C  an ASB intervention in force in the 12 months (an acceptable behaviour contract, still in force)
            row("southwark", "1C", f -> f.asbIntervention(CHILD, ACCEPTABLE_BEHAVIOUR_CONTRACT)),
            // 1D  a parent 18+ in custody, due for release within 12 months
            row("southwark", "1D", f -> f.withFather().justice(FATHER, JusticeOrder.Type.CUSTODY, d("2016-09-30"))),
            // 1E  a parent on licence after release
            row("southwark", "1E", f -> f.withFather().justice(FATHER, JusticeOrder.Type.LICENCE, null)),
            // 1F  a parent 18+ serving a community order or suspended sentence
            row("southwark", "1F", f -> f.justice(MOTHER, JusticeOrder.Type.COMMUNITY_ORDER, null)),
            // 1G  a professional's nomination for possible offending
            row("southwark", "1G", f -> f.concern(CRIME_ASB)),
            // 2A  a school-age child persistently absent over the last three full terms (20% missed)
            row("southwark", "2A", f -> f.absence(CHILD, 3, 20)),
            // 2B  three fixed-term exclusions in the last three full terms
            row("southwark", "2B", f -> f.fixedTermExclusions(CHILD, 3, 1, SECONDARY)),
            // 2C  five or more days' fixed-term exclusion from primary school
            row("southwark", "2C", f -> f.withPrimaryChild().fixedTermExclusions(PRIMARY_CHILD, 1, 5, PRIMARY)),
            // 2D  ten or more days' fixed-term exclusion
            row("southwark", "2D", f -> f.fixedTermExclusions(CHILD, 1, 10, SECONDARY)),
            // 2E  a permanent exclusion in the last three full terms
            row("southwark", "2E", f -> f.permanentExclusion(CHILD, SECONDARY)),
            // 2F  placed in a pupil referral unit on the day
            row("southwark", "2F", f -> f.educationSetting(CHILD, Setting.PUPIL_REFERRAL_UNIT)),
            // 2G  missing education on the day
            row("southwark", "2G", f -> f.educationSetting(CHILD, Setting.MISSING_EDUCATION)),
            // 2H  an education professional's nomination
            row("southwark", "2H", f -> f.concern(SCHOOL_ATTENDANCE)),
            // 3A  a child aged 2 to 4 needing early help, with no funded early education place
            row("southwark", "3A", f -> f.withToddler().socialCare(TODDLER, EARLY_HELP)),
            // 3B  a child needing early help with a mental health need
            row("southwark", "3B", f -> f.socialCare(CHILD, EARLY_HELP).healthNeed(CHILD, MENTAL_HEALTH)),
            // 3C  a child needing early help reported missing in the 12 months
            row("southwark", "3C", f -> f.socialCare(CHILD, EARLY_HELP).missing(CHILD)),
            // 3D  a child needing early help assessed twice in 12 months without becoming a child in need
            row("southwark", "3D", f -> f.socialCare(CHILD, EARLY_HELP)
                    .closedSocialCare(CHILD, SINGLE_ASSESSMENT, d("2015-03-02"), d("2015-03-20"), null)
                    .closedSocialCare(CHILD, SINGLE_ASSESSMENT, d("2015-09-01"), d("2015-09-18"), null)),
            // 3E  an early help assessment open in the 12 months
            row("southwark", "3E", f -> f.socialCare(CHILD, EARLY_HELP_ASSESSMENT)),
            // 3F  a child in need on the day
            row("southwark", "3F", f -> f.socialCare(CHILD, CHILD_IN_NEED)),
            // 3G  a section 47 enquiry in the 12 months
            row("southwark", "3G", f -> f.closedSocialCare(CHILD, SECTION_47_ENQUIRY, d("2015-10-15"), d("2015-11-12"),
                    null)),
            // 3H  a child protection plan on the day
            row("southwark", "3H", f -> f.socialCare(CHILD, CHILD_PROTECTION_PLAN)),
            // 3I  a child needing early help whose latest CSE risk assessment found a risk
            row("southwark", "3I", f -> f.socialCare(CHILD, EARLY_HELP).level(CHILD, AssessmentTool.CSE_RISK, "medium")),
            // 3J  a professional's nomination of a child
            row("southwark", "3J", f -> f.concern(CHILDREN_NEED_HELP)),
            // 4A  an adult on an out-of-work benefit on the day
            row("southwark", "4A", f -> f.benefit(MOTHER, Benefit.EMPLOYMENT_SUPPORT_ALLOWANCE, false)),
            // 4B  an adult on Universal Credit with work-related conditions
            row("southwark", "4B", f -> f.benefit(MOTHER, Benefit.UNIVERSAL_CREDIT, true)),
            // 4C  a child about to leave school at risk of NEET
            row("southwark", "4C", f -> f.withSchoolLeaver().neet(SCHOOL_LEAVER, NeetSpell.Status.AT_RISK_OF_NEET)),
            // 4D  a young person (16 to 24) NEET on the day
            row("southwark", "4D", f -> f.withYoungAdult().neet(YOUNG_ADULT, NeetSpell.Status.NEET)),
            // 4E  a professional's nomination: serious risk of financial exclusion
            row("southwark", "4E", f -> f.concern(WORK_AND_MONEY)),
            // 5A  a member 16+ known to services (a MARAC) as a victim of domestic abuse in the 12 months
            row("southwark", "5A", f -> f.domesticAbuse(MOTHER, VICTIM, DOMESTIC_ABUSE, MARAC)),
            // 5B  a member 16+ known to services (a MARAC) as a perpetrator in the 12 months
            row("southwark", "5B", f -> f.withFather().domesticAbuse(FATHER, PERPETRATOR, DOMESTIC_ABUSE, MARAC)),
            // 5C  a domestic police call-out in the 12 months
            row("southwark", "5C", f -> f.policeCallout(true)),
            // 6A  a parent 18+ with a mental health problem
            row("southwark", "6A", f -> f.healthNeed(MOTHER, MENTAL_HEALTH)),
            // 6B  a child with a mental health problem
            row("southwark", "6B", f -> f.healthNeed(CHILD, MENTAL_HEALTH)),
            // 6C  a parent 18+ with a drug or alcohol problem
            row("southwark", "6C", f -> f.healthNeed(MOTHER, ALCOHOL_MISUSE)),
            // 6D  a child with a drug or alcohol problem
            row("southwark", "6D", f -> f.healthNeed(CHILD, DRUG_MISUSE)),
            // 6E  a new mother (birth in the 12 months) with a mental health problem
            row("southwark", "6E", f -> f.withBaby().healthNeed(MOTHER, MENTAL_HEALTH)),
            // 6F  a health professional's nomination
            row("southwark", "6F", f -> f.concern(HEALTH)),

            // ---- Sunderland --------------------------------------------------------------------------
            // 1a  a child's proven offence in the 12 months
            row("sunderland", "1a", f -> f.offence(CHILD, YOUTH_CAUTION)),
            // 1b  an ASB intervention in force in the 12 months
            row("sunderland", "1b", f -> f.asbIntervention(CHILD, ACCEPTABLE_BEHAVIOUR_CONTRACT)),
            // 1c  an adult dealt with by the police with more than no further action
            row("sunderland", "1c", f -> f.offence(MOTHER, CAUTION)),
            // 1d  a professional's referral for possible offending
            row("sunderland", "1d", f -> f.concern(CRIME_ASB)),
            // 2a  a school-age child missed 15% or more over the last three full terms (20% missed)
            row("sunderland", "2a", f -> f.absence(CHILD, 3, 20)),
            // 2b  three fixed-term exclusions in the last three full terms
            row("sunderland", "2b", f -> f.fixedTermExclusions(CHILD, 3, 1, SECONDARY)),
            // 2c  a permanent exclusion in the last three full terms
            row("sunderland", "2c", f -> f.permanentExclusion(CHILD, SECONDARY)),
            // 2d  placed in alternative provision on the day
            row("sunderland", "2d", f -> f.educationSetting(CHILD, Setting.ALTERNATIVE_PROVISION)),
            // 2e  missing education on the day
            row("sunderland", "2e", f -> f.educationSetting(CHILD, Setting.MISSING_EDUCATION)),
            // 2f  an education professional's referral
            row("sunderland", "2f", f -> f.concern(SCHOOL_ATTENDANCE)),
            // 3a  a child's early help episode in the 12 months (still open)
            row("sunderland", "3a", f -> f.socialCare(CHILD, EARLY_HELP)),
            // 3b  a child in need on the day
            row("sunderland", "3b", f -> f.socialCare(CHILD, CHILD_IN_NEED)),
            // 3c  a section 47 enquiry in the 12 months
            row("sunderland", "3c", f -> f.closedSocialCare(CHILD, SECTION_47_ENQUIRY, d("2015-10-15"), d("2015-11-12"),
                    null)),
            // 3d  a member who gave birth aged 16 or under in the 12 months
            row("sunderland", "3d", f -> f.withYoungMotherAndBaby()),
            // 3e  a child reported missing in the 12 months
            row("sunderland", "3e", f -> f.missing(CHILD)),
            // 3f  a professional's referral of a child
            row("sunderland", "3f", f -> f.concern(CHILDREN_NEED_HELP)),
            // 4a  an adult on an out-of-work benefit on the day
            row("sunderland", "4a", f -> f.benefit(MOTHER, Benefit.EMPLOYMENT_SUPPORT_ALLOWANCE, false)),
            // 4b  a child about to leave school at risk of NEET
            row("sunderland", "4b", f -> f.withSchoolLeaver().neet(SCHOOL_LEAVER, NeetSpell.Status.AT_RISK_OF_NEET)),
            // 4c  a young person (16 to 24) NEET on the day
            row("sunderland", "4c", f -> f.withYoungAdult().neet(YOUNG_ADULT, NeetSpell.Status.NEET)),
            // 4d  a professional's nomination: serious risk of financial exclusion
            row("sunderland", "4d", f -> f.concern(WORK_AND_MONEY)),
            // 5a  a member 16+ known to services (a MARAC) as a victim of domestic abuse in the 12 months
            row("sunderland", "5a", f -> f.domesticAbuse(MOTHER, VICTIM, DOMESTIC_ABUSE, MARAC)),
            // 5b  a member 16+ known to services (a MARAC) as a perpetrator in the 12 months
            row("sunderland", "5b", f -> f.withFather().domesticAbuse(FATHER, PERPETRATOR, DOMESTIC_ABUSE, MARAC)),
            // 5c  a domestic police call-out in the 12 months
            row("sunderland", "5c", f -> f.policeCallout(true)),
            // 6a  a parent 18+ with a mental health problem
            row("sunderland", "6a", f -> f.healthNeed(MOTHER, MENTAL_HEALTH)),
            // 6b  a parent 18+ with a drug or alcohol problem
            row("sunderland", "6b", f -> f.healthNeed(MOTHER, ALCOHOL_MISUSE)),
            // 6c  a new mother (birth in the 12 months) with a mental health problem
            row("sunderland", "6c", f -> f.withBaby().healthNeed(MOTHER, MENTAL_HEALTH)),
            // 6d  a health professional's nomination
            row("sunderland", "6d", f -> f.concern(HEALTH)),

            // ---- Southampton -------------------------------------------------------------------------
            // 1.1  a child's proven offence in the four full quarters before the quarter of engagement
            row("southampton", "1.1", f -> f.offence(CHILD, YOUTH_CAUTION)),
            // 1.2  a child's diversionary panel or restorative justice disposal in the four quarters
            row("southampton", "1.2", f -> f.offence(CHILD, DIVERSIONARY_PANEL)),
            // 1.3  an adult's offence with further action in the four quarters
            row("southampton", "1.3", f -> f.offence(MOTHER, CAUTION)),
            // 1.4  a police-recorded ASB incident involving a member in the four quarters
            row("southampton", "1.4", f -> f.asbIncident(CHILD)),
            // 2.1  a school-age child's attendance 90% or less over the three full terms before the quarter (80%)
            row("southampton", "2.1", f -> f.absence(CHILD, 3, 20)),
            // 2.2  attendance below 90% over the six full terms before the quarter (80%)
            row("southampton", "2.2", f -> f.absence(CHILD, 6, 20)),
            // 2.3  a permanent exclusion in the three full terms before the quarter
            row("southampton", "2.3", f -> f.permanentExclusion(CHILD, SECONDARY)),
            // 2.4  three fixed-term exclusions in the three full terms before the quarter
            row("southampton", "2.4", f -> f.fixedTermExclusions(CHILD, 3, 1, SECONDARY)),
            // 2.5  five or more days' fixed-term exclusion from primary school
            row("southampton", "2.5", f -> f.withPrimaryChild().fixedTermExclusions(PRIMARY_CHILD, 1, 5, PRIMARY)),
            // 2.6  ten or more days' fixed-term exclusion from secondary school
            row("southampton", "2.6", f -> f.fixedTermExclusions(CHILD, 1, 10, SECONDARY)),
            // 2.7  missing education in the 12 months (still missing)
            row("southampton", "2.7", f -> f.educationSetting(CHILD, Setting.MISSING_EDUCATION)),
            // 3.1  a referral for early help in the 12 months
            row("southampton", "3.1", f -> f.referral(CHILD, Referral.To.EARLY_HELP, CHILDREN_NEED_HELP)),
            // 3.2  a child in need on the day
            row("southampton", "3.2", f -> f.socialCare(CHILD, CHILD_IN_NEED)),
            // 3.3  a child protection plan (or s47, edge of care, PLO, care proceedings) on the day
            row("southampton", "3.3", f -> f.socialCare(CHILD, CHILD_PROTECTION_PLAN)),
            // 4.1  an adult on an out-of-work benefit on the day
            row("southampton", "4.1", f -> f.benefit(MOTHER, Benefit.EMPLOYMENT_SUPPORT_ALLOWANCE, false)),
            // 4.2  a young person aged 18 to 24 registered NEET
            row("southampton", "4.2", f -> f.withYoungAdult().neet(YOUNG_ADULT, NeetSpell.Status.NEET)),
            // 4.3  a child assessed as at risk of NEET
            row("southampton", "4.3", f -> f.withSchoolLeaver().neet(SCHOOL_LEAVER, NeetSpell.Status.AT_RISK_OF_NEET)),
            // 4.4  rent arrears with enforcement begun (a warning) in the 12 months
            row("southampton", "4.4", f -> f.debt(FinancialReading.Debt.RENT_ARREARS, 80_000,
                    FinancialReading.Sanction.WARNING)),
            // 4.5  a food bank visit in the 12 months
            row("southampton", "4.5", f -> f.serviceContact(MOTHER, Service.FOOD_BANK)),
            // 5.1  a member experienced domestic abuse recorded by the police in the 12 months
            row("southampton", "5.1", f -> f.domesticAbuse(MOTHER, VICTIM, DOMESTIC_ABUSE, POLICE)),
            // 5.2  a member experienced sexual violence recorded by the police in the 12 months
            row("southampton", "5.2", f -> f.domesticAbuse(MOTHER, VICTIM, SEXUAL_VIOLENCE, POLICE)),
            // 5.3  a child under 16 violent to a parent, recorded by the police, in the 12 months
            row("southampton", "5.3", f -> f.domesticAbuse(CHILD, PERPETRATOR, CHILD_TO_PARENT_VIOLENCE, POLICE)),
            // 6.1  a parent with a drug or alcohol problem
            row("southampton", "6.1", f -> f.healthNeed(MOTHER, ALCOHOL_MISUSE)),
            // 6.2  a parent with a mental health problem
            row("southampton", "6.2", f -> f.healthNeed(MOTHER, MENTAL_HEALTH)),
            // 6.3  a mother under 18 (a daughter of 16 who gave birth at 16)
            row("southampton", "6.3", f -> f.withYoungMotherAndBaby()),
            // 6.4  a parent supported by the Family Nurse Partnership, latest vulnerability universal plus
            row("southampton", "6.4", f -> f.service(MOTHER, Service.FAMILY_NURSE_PARTNERSHIP)
                    .level(MOTHER, AssessmentTool.PUBLIC_HEALTH_VULNERABILITY, "universal_plus")),

            // ---- Worcestershire ----------------------------------------------------------------------
            // 1.1  a young person's proven offence in the 12 months
            row("worcestershire", "1.1", f -> f.offence(CHILD, YOUTH_CAUTION)),
            // 1.2  an adult's proven offence in the 12 months
            row("worcestershire", "1.2", f -> f.offence(MOTHER, CONVICTION)),
            // 1.3  an ASB incident involving a member in the 6 months
            row("worcestershire", "1.3", f -> f.asbIncident(CHILD)),
            // 2.1  three fixed-term exclusions over the last three terms
            row("worcestershire", "2.1", f -> f.fixedTermExclusions(CHILD, 3, 1, SECONDARY)),
            // 2.2  15% or more of sessions missed over the last three terms (20% missed)
            row("worcestershire", "2.2", f -> f.absence(CHILD, 3, 20)),
            // 2.3  a permanent exclusion over the last three terms
            row("worcestershire", "2.3", f -> f.permanentExclusion(CHILD, SECONDARY)),
            // 3.1  a child in need (or looked after, protection plan, edge of care) on the day
            row("worcestershire", "3.1", f -> f.socialCare(CHILD, CHILD_IN_NEED)),
            // 3.2  the latest early help assessment in the 12 months rates the impact moderate or significant
            row("worcestershire", "3.2", f -> f.level(null, AssessmentTool.EARLY_HELP_IMPACT, "moderate")),
            // 4.1  a member 16+ on an out-of-work benefit on the day
            row("worcestershire", "4.1", f -> f.benefit(MOTHER, Benefit.EMPLOYMENT_SUPPORT_ALLOWANCE, false)),
            // 4.2  a member 16+ assessed on DWP's five stages to work in the 12 months
            row("worcestershire", "4.2", f -> f.score(MOTHER, AssessmentTool.DWP_FIVE_STAGES, 2)),
            // 4.3  the lead worker's initial assessment (a professional's concern) found debt or arrears
            row("worcestershire", "4.3", f -> f.concern(WORK_AND_MONEY)),
            // 5.1  a domestic police call-out in the 12 months
            row("worcestershire", "5.1", f -> f.policeCallout(true)),
            // 5.2  domestic abuse recorded by the lead worker in the 12 months
            row("worcestershire", "5.2", f -> f.domesticAbuse(MOTHER, VICTIM, DOMESTIC_ABUSE, WORKER)),
            // 5.3  a DASH risk assessment in the 12 months
            row("worcestershire", "5.3", f -> f.score(MOTHER, AssessmentTool.DASH_RIC, 15)),
            // 6.1  a member with a mental health problem
            row("worcestershire", "6.1", f -> f.healthNeed(MOTHER, MENTAL_HEALTH)),
            // 6.2  a member misusing alcohol
            row("worcestershire", "6.2", f -> f.healthNeed(MOTHER, ALCOHOL_MISUSE)),
            // 6.3  a member misusing drugs
            row("worcestershire", "6.3", f -> f.healthNeed(MOTHER, DRUG_MISUSE)),
            // 6.4  a member with a long-term condition
            row("worcestershire", "6.4", f -> f.healthNeed(MOTHER, LONG_TERM_CONDITION)));

    // =================================================================================================
    // Met by default: the outcomes a family that does not change meets, and why that is accepted.
    // Reviews are months after engagement. "Why" is a decision in docs/plan-decisions/PLAN.md (an id such
    // as SU-07, or the first cell of a table row, "row 1.2 outcome"), or KNOWN_DEFECT and the reason.
    // A decision is cited where it says in terms why the outcome is progress for such a family (SU-21), or
    // sets the outcome against a baseline that holds the very events that identified the family, so that
    // their not recurring is the fall the plan asks for (SU-07's reading). An outcome met with nothing in
    // its scope before engagement or since, or with no decision covering it, is a KNOWN_DEFECT.
    // =================================================================================================

    private static final String SOUTHAMPTON_STRAND_1_BASELINE =
            "row Strand 1 technical detail: \"four full quarters prior to intervention\"";
    private static final String SOUTHAMPTON_EXCLUSIONS = "row 2.3, 2.5, 2.6 outcomes";
    private static final String WORCESTERSHIRE_LAST_6_MONTHS = "row \"In the last 6 months\" (1.1, 1.2, 1.3, 5.1)";

    private static final List<Allowed> MET_BY_DEFAULT = List.of(
            //    plan              indicator outcome reviews    why
            // ---- Southwark: a fall to none from the 12 months before identification (SW-05, SW-22)
            allow("southwark",      "1A",     "1.1",  "6 12 18", "SW-05"),
            allow("southwark",      "1B",     "1.4",  "6 12 18", "SW-05"),
            allow("southwark",      "3C",     "3.3",  "6",       "SW-22"),
            allow("southwark",      "5C",     "1.4",  "6 12 18", "SW-05"), // the domestic call-out also identifies 1B

            // ---- Sunderland
            allow("sunderland",     "1a",     "1.1",  "6 12 18", "SU-07"),
            allow("sunderland",     "1c",     "1.1",  "6 12 18", "SU-07"),
            // 2.1-2.3 are the national measures, all needed for progress on problem 2 (SU-03); each holds for a
            // child who never had that difficulty, and none carries a link to problem 3 (SU-38).
            allow("sunderland",     "2a",     "2.2",  "12 18",   "SU-38"),
            allow("sunderland",     "2a",     "2.3",  "12 18",   "SU-38"),
            allow("sunderland",     "2b",     "2.2",  "12 18",   "SU-12"), // the three exclusions that identified it stop
            allow("sunderland",     "2b",     "2.3",  "12 18",   "SU-38"),
            allow("sunderland",     "2b",     "2.5",  "12 18",   "SU-38"), // ... and so its twin that links to problem 3
            allow("sunderland",     "2c",     "2.2",  "12 18",   "SU-38"),
            allow("sunderland",     "2c",     "2.3",  "12 18",   "SU-38"),
            allow("sunderland",     "2c",     "2.6",  "12 18",   "SU-38"), // the permanent exclusion is not repeated
            allow("sunderland",     "2d",     "2.2",  "12 18",   "SU-38"),
            allow("sunderland",     "2d",     "2.3",  "12 18",   "SU-38"),
            allow("sunderland",     "2e",     "2.2",  "12 18",   "SU-38"),
            allow("sunderland",     "2e",     "2.3",  "12 18",   "SU-38"),
            allow("sunderland",     "2f",     "2.2",  "12 18",   "SU-38"),
            allow("sunderland",     "2f",     "2.3",  "12 18",   "SU-38"),
            allow("sunderland",     "3b",     "3.8",  "6 12 18", "SU-21"), // staying out of care, for a child in need
            allow("sunderland",     "3c",     "3.8",  "6 12 18", "SU-21"), // ... or after a section 47 enquiry
            allow("sunderland",     "3e",     "3.6",  "6 12 18", "SU-20"),
            allow("sunderland",     "5c",     "5.2",  "6 12 18", "SU-42"), // the identifying call-out not repeated

            // ---- Southampton
            allow("southampton",    "1.1",    "1.1",  "6 12 18", SOUTHAMPTON_STRAND_1_BASELINE),
            allow("southampton",    "1.2",    "1.2",  "6 12 18", "row 1.2 outcome"), // no re-offending after the disposal
            allow("southampton",    "1.3",    "1.3",  "6 12 18", SOUTHAMPTON_STRAND_1_BASELINE),
            allow("southampton",    "1.4",    "1.4",  "6 12 18", SOUTHAMPTON_STRAND_1_BASELINE),
            // the exclusion that identified it lies in the row's baseline terms and is not repeated in the outcome's
            allow("southampton",    "2.3",    "2.3",  "12 18",   SOUTHAMPTON_EXCLUSIONS),
            allow("southampton",    "2.4",    "2.4",  "12 18",   "row 2.4 outcome"),
            allow("southampton",    "2.5",    "2.5",  "12 18",   SOUTHAMPTON_EXCLUSIONS),
            allow("southampton",    "2.6",    "2.6",  "12 18",   SOUTHAMPTON_EXCLUSIONS),
            allow("southampton",    "5.1",    "5.1",  "6 12 18", "row 5.1, 5.2 outcomes"),
            allow("southampton",    "5.2",    "5.2",  "6 12 18", "row 5.1, 5.2 outcomes"),
            allow("southampton",    "5.3",    "5.3",  "6 12 18", "row 5.3 outcome"), // the identifying violence stopped

            // ---- Worcestershire
            allow("worcestershire", "1.1",    "1.1",  "6 12 18", "row 1.1 outcome"),
            allow("worcestershire", "1.2",    "1.2",  "6 12 18", "row 1.2 outcome"),
            allow("worcestershire", "2.1",    "2.1",  "12 18",   "row 2.1 indicator"), // the outcome's opposite
            allow("worcestershire", "5.1",    "5.1",  "6 12 18", WORCESTERSHIRE_LAST_6_MONTHS));

    // =================================================================================================
    // Claimable by default: pairs of single-indicator families. A family identified by two indicators of
    // two problems, with both fixtures' records and nothing after engagement, is eligible wherever two
    // problems are enough; it must not be claimable, except for the pairs below. Each entry gives, for
    // each of the two problems in the order of the pair, the decision that makes an outcome of that
    // problem met for such a family (an entry of MET_BY_DEFAULT above, or a link it carries).
    // =================================================================================================

    private static final List<Claimable> CLAIMABLE_BY_DEFAULT = List.of(
            //        plan              pair       reviews    why (first problem, second problem)
            // ---- Southwark: the offending or call-out falls to none (SW-05); no missing episode in 6 months (SW-22)
            claimable("southwark",      "1A+3C",   "6",       "SW-05", "SW-22"),
            claimable("southwark",      "1B+3C",   "6",       "SW-05", "SW-22"),

            // ---- Sunderland: offending falls to none (SU-07); staying out of care (SU-21); no missing episode
            // (SU-20); no police-recorded domestic incident since the call-out, also evidence on health (SU-42)
            claimable("sunderland",     "1a+3b",   "6 12 18", "SU-07", "SU-21"),
            claimable("sunderland",     "1a+3c",   "6 12 18", "SU-07", "SU-21"),
            claimable("sunderland",     "1a+3e",   "6 12 18", "SU-07", "SU-20"),
            claimable("sunderland",     "1a+5c",   "6 12 18", "SU-07", "SU-42"),
            claimable("sunderland",     "1c+3b",   "6 12 18", "SU-07", "SU-21"),
            claimable("sunderland",     "1c+3c",   "6 12 18", "SU-07", "SU-21"),
            claimable("sunderland",     "1c+3e",   "6 12 18", "SU-07", "SU-20"),
            claimable("sunderland",     "1c+5c",   "6 12 18", "SU-07", "SU-42"),
            claimable("sunderland",     "3b+5c",   "6 12 18", "SU-21", "SU-42"),
            claimable("sunderland",     "3c+5c",   "6 12 18", "SU-21", "SU-42"),
            claimable("sunderland",     "3e+5c",   "6 12 18", "SU-20", "SU-42"),
            claimable("sunderland",     "5c+6a",   "6 12 18", "SU-42", "SU-42"),
            claimable("sunderland",     "5c+6b",   "6 12 18", "SU-42", "SU-42"),
            claimable("sunderland",     "5c+6c",   "6 12 18", "SU-42", "SU-42"),
            claimable("sunderland",     "5c+6d",   "6 12 18", "SU-42", "SU-42"),

            // ---- Southampton: strand 1's fall against the four quarters, strand 2's exclusions not repeated over the
            // latest three terms, strand 5's fall against the 12 months before engagement
            claimable("southampton",    "1.1+2.3", "12 18",   SOUTHAMPTON_STRAND_1_BASELINE, SOUTHAMPTON_EXCLUSIONS),
            claimable("southampton",    "1.1+2.4", "12 18",   SOUTHAMPTON_STRAND_1_BASELINE, "row 2.4 outcome"),
            claimable("southampton",    "1.1+2.5", "12 18",   SOUTHAMPTON_STRAND_1_BASELINE, SOUTHAMPTON_EXCLUSIONS),
            claimable("southampton",    "1.1+2.6", "12 18",   SOUTHAMPTON_STRAND_1_BASELINE, SOUTHAMPTON_EXCLUSIONS),
            claimable("southampton",    "1.1+5.1", "6 12 18", SOUTHAMPTON_STRAND_1_BASELINE, "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "1.1+5.2", "6 12 18", SOUTHAMPTON_STRAND_1_BASELINE, "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "1.1+5.3", "6 12 18", SOUTHAMPTON_STRAND_1_BASELINE, "row 5.3 outcome"),
            claimable("southampton",    "1.2+2.3", "12 18",   "row 1.2 outcome", SOUTHAMPTON_EXCLUSIONS),
            claimable("southampton",    "1.2+2.4", "12 18",   "row 1.2 outcome", "row 2.4 outcome"),
            claimable("southampton",    "1.2+2.5", "12 18",   "row 1.2 outcome", SOUTHAMPTON_EXCLUSIONS),
            claimable("southampton",    "1.2+2.6", "12 18",   "row 1.2 outcome", SOUTHAMPTON_EXCLUSIONS),
            claimable("southampton",    "1.2+5.1", "6 12 18", "row 1.2 outcome", "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "1.2+5.2", "6 12 18", "row 1.2 outcome", "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "1.2+5.3", "6 12 18", "row 1.2 outcome", "row 5.3 outcome"),
            claimable("southampton",    "1.3+2.3", "12 18",   SOUTHAMPTON_STRAND_1_BASELINE, SOUTHAMPTON_EXCLUSIONS),
            claimable("southampton",    "1.3+2.4", "12 18",   SOUTHAMPTON_STRAND_1_BASELINE, "row 2.4 outcome"),
            claimable("southampton",    "1.3+2.5", "12 18",   SOUTHAMPTON_STRAND_1_BASELINE, SOUTHAMPTON_EXCLUSIONS),
            claimable("southampton",    "1.3+2.6", "12 18",   SOUTHAMPTON_STRAND_1_BASELINE, SOUTHAMPTON_EXCLUSIONS),
            claimable("southampton",    "1.3+5.1", "6 12 18", SOUTHAMPTON_STRAND_1_BASELINE, "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "1.3+5.2", "6 12 18", SOUTHAMPTON_STRAND_1_BASELINE, "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "1.3+5.3", "6 12 18", SOUTHAMPTON_STRAND_1_BASELINE, "row 5.3 outcome"),
            claimable("southampton",    "1.4+2.3", "12 18",   SOUTHAMPTON_STRAND_1_BASELINE, SOUTHAMPTON_EXCLUSIONS),
            claimable("southampton",    "1.4+2.4", "12 18",   SOUTHAMPTON_STRAND_1_BASELINE, "row 2.4 outcome"),
            claimable("southampton",    "1.4+2.5", "12 18",   SOUTHAMPTON_STRAND_1_BASELINE, SOUTHAMPTON_EXCLUSIONS),
            claimable("southampton",    "1.4+2.6", "12 18",   SOUTHAMPTON_STRAND_1_BASELINE, SOUTHAMPTON_EXCLUSIONS),
            claimable("southampton",    "1.4+5.1", "6 12 18", SOUTHAMPTON_STRAND_1_BASELINE, "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "1.4+5.2", "6 12 18", SOUTHAMPTON_STRAND_1_BASELINE, "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "1.4+5.3", "6 12 18", SOUTHAMPTON_STRAND_1_BASELINE, "row 5.3 outcome"),
            claimable("southampton",    "2.3+5.1", "12 18",   SOUTHAMPTON_EXCLUSIONS, "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "2.3+5.2", "12 18",   SOUTHAMPTON_EXCLUSIONS, "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "2.3+5.3", "12 18",   SOUTHAMPTON_EXCLUSIONS, "row 5.3 outcome"),
            claimable("southampton",    "2.4+5.1", "12 18",   "row 2.4 outcome", "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "2.4+5.2", "12 18",   "row 2.4 outcome", "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "2.4+5.3", "12 18",   "row 2.4 outcome", "row 5.3 outcome"),
            claimable("southampton",    "2.5+5.1", "12 18",   SOUTHAMPTON_EXCLUSIONS, "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "2.5+5.2", "12 18",   SOUTHAMPTON_EXCLUSIONS, "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "2.5+5.3", "12 18",   SOUTHAMPTON_EXCLUSIONS, "row 5.3 outcome"),
            claimable("southampton",    "2.6+5.1", "12 18",   SOUTHAMPTON_EXCLUSIONS, "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "2.6+5.2", "12 18",   SOUTHAMPTON_EXCLUSIONS, "row 5.1, 5.2 outcomes"),
            claimable("southampton",    "2.6+5.3", "12 18",   SOUTHAMPTON_EXCLUSIONS, "row 5.3 outcome"));

    // =================================================================================================

    @Test
    @DisplayName("No progress by default: every indicator of every plan has exactly one fixture")
    void everyIndicatorHasAFixture() {
        for (String planId : PLANS) {
            List<String> indicators = plan(planId).problems().stream()
                    .flatMap(problem -> problem.indicators().stream().map(Indicator::id)).toList();
            List<String> fixtures = FIXTURES.stream().filter(f -> f.plan().equals(planId)).map(Fixture::indicator)
                    .toList();
            assertThat(fixtures).as("the fixtures of %s, one per indicator of the plan in its order", planId)
                    .containsExactlyElementsOf(indicators);
        }
        assertThat(FIXTURES).extracting(Fixture::plan).allMatch(PLANS::contains);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    @DisplayName("No progress by default: each fixture identifies its problem by its indicator on the day of engagement")
    void fixtureIdentifiesItsIndicator(Fixture fixture) {
        Plan plan = plan(fixture.plan());
        Problem problem = problemOf(plan, fixture.indicator());
        FamilyEvaluation atEngagement = Evaluator.evaluate(plan, fixture.family(), ENGAGED);

        assertThat(atEngagement.problem(problem.id()).identifiedBy()).as("%s identified by", fixture)
                .contains(fixture.indicator());
        assertThat(atEngagement.problem(problem.id()).identifiedOn()).isEqualTo(ENGAGED);
    }

    @Test
    @DisplayName("No progress by default: a family that does not change after engagement meets no outcome and "
            + "makes no claim, but for the allow-listed outcomes, each justified or a known defect")
    void nothingIsMetByDefault() {
        Map<String, Set<Integer>> found = metByDefault();
        Map<String, Set<Integer>> allowed = new TreeMap<>();
        for (Allowed entry : MET_BY_DEFAULT) {
            assertThat(allowed.put(entry.key(), entry.reviews())).as("allow-list entry given twice: %s", entry.key())
                    .isNull();
        }
        List<String> unexpected = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> entry : found.entrySet()) {
            if (!entry.getValue().equals(allowed.get(entry.getKey()))) {
                unexpected.add(line(entry.getKey(), entry.getValue()) + (allowed.containsKey(entry.getKey())
                        ? "   (allow-listed for reviews " + reviews(allowed.get(entry.getKey())) + ")" : ""));
            }
        }
        for (Map.Entry<String, Set<Integer>> entry : allowed.entrySet()) {
            if (!found.containsKey(entry.getKey())) {
                stale.add(line(entry.getKey(), entry.getValue()));
            }
        }
        if (!unexpected.isEmpty() || !stale.isEmpty()) {
            fail("""
                    met by default, not in the allow-list as found (add it with a decision or KNOWN_DEFECT, or fix it):
                    %s
                    allow-listed but no longer met by default (remove the entry):
                    %s
                    the whole list as found:
                    %s""".formatted(block(unexpected), block(stale),
                    block(found.entrySet().stream().map(e -> line(e.getKey(), e.getValue())).toList())));
        }
    }

    @Test
    @DisplayName("No progress by default: every allow-listed outcome is justified by a recorded decision, or is a "
            + "known defect with a reason")
    void everyAllowanceIsJustified() {
        for (Allowed entry : MET_BY_DEFAULT) {
            assertThat(PLANS).contains(entry.plan());
            Plan plan = plan(entry.plan());
            problemOf(plan, entry.indicator());
            if (!entry.outcome().equals(CLAIM)) {
                assertThat(plan.outcome(entry.outcome())).as("outcome %s of %s", entry.outcome(), entry.plan()).isNotNull();
            }
            if (entry.why().equals(KNOWN_DEFECT)) {
                assertThat(entry.reason()).as("the reason for %s", entry.key()).isNotBlank();
            } else {
                assertIsDecision(entry.plan(), entry.why());
            }
        }
    }

    /** A decision of the plan's page: a section ("SU-07") or the first cell of a table row ("row 1.2 outcome"). */
    private static void assertIsDecision(String planId, String why) {
        String page = read(Path.of("../docs/plan-decisions/" + planId + ".md"));
        if (why.startsWith("row ")) {
            assertThat(page).as("docs/plan-decisions/%s.md has a table row '%s'", planId, why)
                    .contains("\n| " + why.substring(4) + " |");
        } else {
            assertThat(page).as("docs/plan-decisions/%s.md has a section %s", planId, why)
                    .contains("\n## " + why + " ");
        }
    }

    @Test
    @DisplayName("No progress by default: a family identified by two indicators of two problems, with nothing "
            + "changed after engagement, is not claimable at 6, 12 or 18 months, but for the allow-listed pairs, "
            + "each justified for both problems")
    void noPairIsClaimableByDefault() {
        Map<String, Set<Integer>> found = claimableByDefault();
        Map<String, Set<Integer>> allowed = new TreeMap<>();
        for (Claimable entry : CLAIMABLE_BY_DEFAULT) {
            assertThat(allowed.put(entry.key(), entry.reviews())).as("pair given twice: %s", entry.key()).isNull();
        }
        List<String> unexpected = found.entrySet().stream().filter(e -> !e.getValue().equals(allowed.get(e.getKey())))
                .map(e -> pairLine(e.getKey(), e.getValue()) + (allowed.containsKey(e.getKey())
                        ? "   (allow-listed for reviews " + reviews(allowed.get(e.getKey())) + ")" : ""))
                .toList();
        List<String> stale = allowed.entrySet().stream().filter(e -> !found.containsKey(e.getKey()))
                .map(e -> pairLine(e.getKey(), e.getValue())).toList();
        if (!unexpected.isEmpty() || !stale.isEmpty()) {
            fail("""
                    claimable by default, not in the pair allow-list as found (add it with a decision for each \
                    problem, or fix it):
                    %s
                    allow-listed but no longer claimable by default (remove the entry):
                    %s""".formatted(block(unexpected), block(stale)));
        }
    }

    @Test
    @DisplayName("No progress by default: every allow-listed claimable pair cites, for each of its problems, a "
            + "recorded decision")
    void everyClaimablePairIsJustified() {
        for (Claimable entry : CLAIMABLE_BY_DEFAULT) {
            Plan plan = plan(entry.plan());
            assertThat(problemOf(plan, entry.first())).as("the problems of %s", entry.key())
                    .isNotEqualTo(problemOf(plan, entry.second()));
            assertThat(List.of(entry.whyFirst(), entry.whySecond())).as("the decisions of %s", entry.key())
                    .allSatisfy(why -> assertIsDecision(entry.plan(), why));
        }
    }

    // ---- evaluation ---------------------------------------------------------------------------------

    /** "plan indicator outcome" of every outcome met by default, with the reviews (months) it is met at. */
    private static Map<String, Set<Integer>> metByDefault() {
        Map<String, Set<Integer>> met = new TreeMap<>();
        for (Fixture fixture : FIXTURES) {
            Plan plan = plan(fixture.plan());
            Problem identified = problemOf(plan, fixture.indicator());
            var family = fixture.family();
            for (int months : REVIEWS) {
                LocalDate review = ENGAGED.plusMonths(months);
                FamilyEvaluation result = Evaluator.evaluate(plan, family, review);
                assertThat(result.problem(identified.id()).identifiedBy()).as("%s identified by, on %s", fixture, review)
                        .contains(fixture.indicator());
                for (ProblemEvaluation problem : result.problems()) {
                    if (!problem.identified()) {
                        continue;
                    }
                    for (OutcomeResult outcome : problem.outcomes()) {
                        if (outcome.met()) {
                            met.computeIfAbsent(key(fixture.plan(), fixture.indicator(), outcome.outcomeId()),
                                    k -> new TreeSet<>()).add(months);
                        }
                    }
                }
                if (result.claim().claimable()) {
                    met.computeIfAbsent(key(fixture.plan(), fixture.indicator(), CLAIM), k -> new TreeSet<>())
                            .add(months);
                }
            }
        }
        return met;
    }

    /**
     * "plan first+second" of every pair of indicators of two different problems of a plan whose family
     * (both fixtures' records, nothing after engagement) is claimable, with the reviews it is claimable at.
     */
    private static Map<String, Set<Integer>> claimableByDefault() {
        Map<String, Set<Integer>> claimable = new TreeMap<>();
        for (int i = 0; i < FIXTURES.size(); i++) {
            for (int j = i + 1; j < FIXTURES.size(); j++) {
                Fixture first = FIXTURES.get(i);
                Fixture second = FIXTURES.get(j);
                if (!first.plan().equals(second.plan())) {
                    continue;
                }
                Plan plan = plan(first.plan());
                if (problemOf(plan, first.indicator()).equals(problemOf(plan, second.indicator()))) {
                    continue;
                }
                var family = first.records().andThen(second.records()).apply(NoChangeFamily.engaged()).build();
                for (int months : REVIEWS) {
                    if (Evaluator.evaluate(plan, family, ENGAGED.plusMonths(months)).claim().claimable()) {
                        claimable.computeIfAbsent(pairKey(first.plan(), first.indicator(), second.indicator()),
                                k -> new TreeSet<>()).add(months);
                    }
                }
            }
        }
        return claimable;
    }

    private static final Map<String, Plan> LOADED = new LinkedHashMap<>();

    /** A built-in plan, read from the classpath as the engine ships it. */
    private static synchronized Plan plan(String id) {
        return LOADED.computeIfAbsent(id, name -> {
            try (InputStream in = NoProgressByDefaultTest.class.getResourceAsStream("/plans/" + name + ".yaml");
                 Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return PlanLoader.withBuiltInSchema().load(name + ".yaml", reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Problem problemOf(Plan plan, String indicator) {
        List<Problem> problems = plan.problems().stream()
                .filter(problem -> problem.indicators().stream().anyMatch(i -> i.id().equals(indicator))).toList();
        assertThat(problems).as("problems of %s with indicator %s", plan.id(), indicator).hasSize(1);
        return problems.get(0);
    }

    static Stream<Fixture> fixtures() {
        return FIXTURES.stream();
    }

    // ---- the tables' rows -----------------------------------------------------------------------------

    /** One indicator's family: the no-change family with the indicator's records. */
    record Fixture(String plan, String indicator, UnaryOperator<NoChangeFamily> records) {
        org.hearth.engine.timeline.FamilyTimeline family() {
            return records.apply(NoChangeFamily.engaged()).build();
        }

        @Override
        public String toString() {
            return plan + " " + indicator;
        }
    }

    private static Fixture row(String plan, String indicator, UnaryOperator<NoChangeFamily> records) {
        return new Fixture(plan, indicator, records);
    }

    /** An outcome met by default by the family of one indicator, at the reviews given, and why. */
    record Allowed(String plan, String indicator, String outcome, Set<Integer> reviews, String why, String reason) {
        String key() {
            return NoProgressByDefaultTest.key(plan, indicator, outcome);
        }
    }

    /** An entry justified by a decision: an id ("SU-07") or a table row of the plan's page ("row 1.2 outcome"). */
    private static Allowed allow(String plan, String indicator, String outcome, String reviews, String decision) {
        return new Allowed(plan, indicator, outcome, parseReviews(reviews), decision, null);
    }

    /** An entry that is a defect someone is to fix, with the reason in a line. */
    private static Allowed allow(String plan, String indicator, String outcome, String reviews, String knownDefect,
                                 String reason) {
        assertThat(knownDefect).isEqualTo(KNOWN_DEFECT);
        return new Allowed(plan, indicator, outcome, parseReviews(reviews), knownDefect, reason);
    }

    /**
     * A pair of indicators of two problems whose no-change family is claimable at the reviews given, with
     * the decision that makes an outcome of each problem met (first indicator's problem, then second's).
     */
    record Claimable(String plan, String first, String second, Set<Integer> reviews, String whyFirst,
                     String whySecond) {
        String key() {
            return pairKey(plan, first, second);
        }
    }

    /** A claimable pair, "1a+5c" in the plan's order of indicators. */
    private static Claimable claimable(String plan, String pair, String reviews, String whyFirst, String whySecond) {
        String[] indicators = pair.split("\\+");
        return new Claimable(plan, indicators[0], indicators[1], parseReviews(reviews), whyFirst, whySecond);
    }

    private static Set<Integer> parseReviews(String reviews) {
        return Stream.of(reviews.trim().split(" +")).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String key(String plan, String indicator, String outcome) {
        return plan + " " + indicator + " " + outcome;
    }

    private static String pairKey(String plan, String first, String second) {
        return plan + " " + first + "+" + second;
    }

    private static String pairLine(String key, Set<Integer> reviews) {
        String[] parts = key.split(" ");
        return "claimable(%-17s %-12s \"%s\",".formatted("\"" + parts[0] + "\",", "\"" + parts[1] + "\",",
                reviews(reviews));
    }

    private static String line(String key, Set<Integer> reviews) {
        String[] parts = key.split(" ");
        return "allow(%-17s %-7s %-8s \"%s\",".formatted("\"" + parts[0] + "\",", "\"" + parts[1] + "\",",
                "\"" + parts[2] + "\",", reviews(reviews));
    }

    private static String reviews(Set<Integer> reviews) {
        return reviews.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private static String block(List<String> lines) {
        return lines.isEmpty() ? "    (none)" : lines.stream().map(l -> "    " + l).collect(Collectors.joining("\n"));
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
