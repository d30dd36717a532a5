package org.hearth.io.ingest;

/**
 * The factors a CIN census assessment identifies ({@code <AssessmentFactors>}, the DfE's "Children in need census:
 * guide for local authorities", factors identified at the end of assessment), each with where Hearth stages it. Codes
 * ending A are concerns about the child, B about a parent or carer, C about another person in the household; the
 * census does not name the parent or the other person, so a B or C factor is staged as a concern about the child's
 * household. Codes the canonical format has no place for are read, checked and not staged, for the reason given.
 */
enum AssessmentFactor {
    ALCOHOL_CHILD("1A", "alcohol misuse: concerns about the child", Target.healthNeed("alcohol_misuse")),
    ALCOHOL_PARENT("1B", "alcohol misuse: concerns about a parent or carer", Target.householdConcern("health")),
    ALCOHOL_OTHER("1C", "alcohol misuse: concerns about another person in the household", Target.householdConcern("health")),
    DRUGS_CHILD("2A", "drug misuse: concerns about the child", Target.healthNeed("drug_misuse")),
    DRUGS_PARENT("2B", "drug misuse: concerns about a parent or carer", Target.householdConcern("health")),
    DRUGS_OTHER("2C", "drug misuse: concerns about another person in the household", Target.householdConcern("health")),
    DOMESTIC_ABUSE_CHILD("3A", "domestic abuse: concerns about the child", Target.domesticAbuse()),
    DOMESTIC_ABUSE_PARENT("3B", "domestic abuse: concerns about a parent or carer", Target.domesticAbuse()),
    DOMESTIC_ABUSE_OTHER("3C", "domestic abuse: concerns about another person in the household", Target.domesticAbuse()),
    MENTAL_HEALTH_CHILD("4A", "mental health: concerns about the child", Target.healthNeed("mental_health")),
    MENTAL_HEALTH_PARENT("4B", "mental health: concerns about a parent or carer", Target.householdConcern("health")),
    MENTAL_HEALTH_OTHER("4C", "mental health: concerns about another person in the household", Target.householdConcern("health")),
    LEARNING_DISABILITY_CHILD("5A", "learning disability: concerns about the child",
            Target.notStaged("no canonical record holds a child's learning disability, and no plan reads one")),
    LEARNING_DISABILITY_PARENT("5B", "learning disability: concerns about a parent or carer", Target.householdConcern("health")),
    LEARNING_DISABILITY_OTHER("5C", "learning disability: concerns about another person in the household", Target.householdConcern("health")),
    PHYSICAL_DISABILITY_CHILD("6A", "physical disability or illness: concerns about the child", Target.healthNeed("long_term_condition")),
    PHYSICAL_DISABILITY_PARENT("6B", "physical disability or illness: concerns about a parent or carer", Target.householdConcern("health")),
    PHYSICAL_DISABILITY_OTHER("6C", "physical disability or illness: concerns about another person in the household",
            Target.householdConcern("health")),
    YOUNG_CARER("7A", "young carer", Target.healthNeed("young_carer")),
    PRIVATELY_FOSTERED_8B("8B", "privately fostered", Reasons.PRIVATE_FOSTERING),
    PRIVATELY_FOSTERED_8C("8C", "privately fostered", Reasons.PRIVATE_FOSTERING),
    PRIVATELY_FOSTERED_8D("8D", "privately fostered", Reasons.PRIVATE_FOSTERING),
    PRIVATELY_FOSTERED_8E("8E", "privately fostered", Reasons.PRIVATE_FOSTERING),
    PRIVATELY_FOSTERED_8F("8F", "privately fostered", Reasons.PRIVATE_FOSTERING),
    UNACCOMPANIED_ASYLUM_SEEKER("9A", "unaccompanied asylum-seeking child",
            Target.notStaged("a child's immigration status is not a family problem a plan reads")),
    GOING_MISSING("10A", "going or being missing", Target.childConcern("children_need_help")),
    SEXUAL_EXPLOITATION("11A", "child sexual exploitation", Target.childConcern("children_need_help")),
    TRAFFICKING("12A", "trafficking", Target.childConcern("children_need_help")),
    GANGS("13A", "gangs", Target.childConcern("crime_asb")),
    SOCIALLY_UNACCEPTABLE_BEHAVIOUR("14A", "socially unacceptable behaviour", Target.childConcern("crime_asb")),
    SELF_HARM("15A", "self-harm", Target.childConcern("health")),
    NEGLECT("16A", "abuse or neglect: neglect", Target.childConcern("children_need_help")),
    EMOTIONAL_ABUSE("17A", "abuse or neglect: emotional abuse", Target.childConcern("children_need_help")),
    PHYSICAL_ABUSE_18B("18B", "abuse or neglect: physical abuse", Target.childConcern("children_need_help")),
    PHYSICAL_ABUSE_18C("18C", "abuse or neglect: physical abuse", Target.childConcern("children_need_help")),
    SEXUAL_ABUSE_19B("19B", "abuse or neglect: sexual abuse", Target.childConcern("children_need_help")),
    SEXUAL_ABUSE_19C("19C", "abuse or neglect: sexual abuse", Target.childConcern("children_need_help")),
    OTHER("20", "other", Target.notStaged("names no problem a plan could read")),
    NONE("21", "no factors identified", Target.notStaged("no factor was identified")),
    GENITAL_MUTILATION("22A", "female genital mutilation", Target.childConcern("children_need_help")),
    FAITH_OR_BELIEF("23A", "abuse linked to faith or belief", Target.childConcern("children_need_help")),
    CRIMINAL_EXPLOITATION("24A", "child criminal exploitation", Target.childConcern("crime_asb"));

    private final String code;
    private final String meaning;
    private final Target target;

    AssessmentFactor(String code, String meaning, Target target) {
        this.code = code;
        this.meaning = meaning;
        this.target = target;
    }

    String code() {
        return code;
    }

    String meaning() {
        return meaning;
    }

    Target target() {
        return target;
    }

    /** The factor of the code, or null. */
    static AssessmentFactor of(String code) {
        for (AssessmentFactor factor : values()) {
            if (factor.code.equals(code)) {
                return factor;
            }
        }
        return null;
    }

    /** A reason several factors share. */
    private static final class Reasons {
        static final Target PRIVATE_FOSTERING = Target.notStaged("private fostering is an arrangement for the child's care, not a"
                + " family problem a plan reads");
    }

    /** Where a factor is staged. */
    sealed interface Target {
        static Target healthNeed(String need) {
            return new HealthNeed(need);
        }

        static Target domesticAbuse() {
            return new DomesticAbuse();
        }

        static Target childConcern(String theme) {
            return new Concern(theme, true);
        }

        static Target householdConcern(String theme) {
            return new Concern(theme, false);
        }

        static Target notStaged(String reason) {
            return new NotStaged(reason);
        }
    }

    /** A row of health_needs.csv about the child, from the assessment until the case closed. */
    record HealthNeed(String need) implements Target {
    }

    /** A row of domestic_abuse.csv: the child at risk, as a social worker recorded. */
    record DomesticAbuse() implements Target {
    }

    /** A row of concerns.csv about the child's household, naming the child when the concern is about the child. */
    record Concern(String theme, boolean aboutChild) implements Target {
    }

    /** Read and checked, and not staged. */
    record NotStaged(String reason) implements Target {
    }
}
