package org.hearth.engine.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * A kind of timeline record: its name (which is also its file's name in the canonical data folder,
 * without ".csv"), its Java type, and the fields a plan may filter it on with {@code where}.
 *
 * @param <T> the record type
 */
public final class RecordKind<T extends TimelineRecord> {
    private static final List<RecordKind<?>> ALL = new ArrayList<>();

    public static final RecordKind<Offence> OFFENCES = new RecordKind<>("offences", Offence.class)
            .choice("disposal", Offence.Disposal.class, Offence::disposal)
            .flag("proven", o -> o.disposal().proven())
            .flag("out_of_court", o -> o.disposal().outOfCourt())
            .flag("further_action", o -> o.disposal().furtherAction())
            .flag("serious", Offence::serious);
    public static final RecordKind<AsbIncident> ASB_INCIDENTS = new RecordKind<>("asb_incidents", AsbIncident.class);
    public static final RecordKind<AsbIntervention> ASB_INTERVENTIONS =
            new RecordKind<>("asb_interventions", AsbIntervention.class)
                    .choice("type", AsbIntervention.Type.class, AsbIntervention::type)
                    .choice("status", AsbIntervention.Status.class, AsbIntervention::status);
    public static final RecordKind<PoliceCallout> POLICE_CALLOUTS =
            new RecordKind<>("police_callouts", PoliceCallout.class)
                    .flag("domestic", PoliceCallout::domestic)
                    .flag("supports_civil_injunction", PoliceCallout::supportsCivilInjunction);
    public static final RecordKind<TermAttendance> ATTENDANCE =
            new RecordKind<>("attendance", TermAttendance.class).reportedWhenPeriodEnds();
    public static final RecordKind<Exclusion> EXCLUSIONS = new RecordKind<>("exclusions", Exclusion.class)
            .choice("type", Exclusion.Type.class, Exclusion::type)
            .choice("phase", Exclusion.Phase.class, Exclusion::phase);
    public static final RecordKind<EducationSetting> EDUCATION_SETTINGS =
            new RecordKind<>("education_settings", EducationSetting.class)
                    .choice("setting", EducationSetting.Setting.class, EducationSetting::setting);
    public static final RecordKind<SocialCareEpisode> SOCIAL_CARE =
            new RecordKind<>("social_care", SocialCareEpisode.class)
                    .choice("episode_type", SocialCareEpisode.Kind.class, SocialCareEpisode::episodeType)
                    .choice("end_reason", SocialCareEpisode.EndReason.class, SocialCareEpisode::endReason)
                    .flag("statutory", e -> e.episodeType().statutory());
    public static final RecordKind<Referral> REFERRALS = new RecordKind<>("referrals", Referral.class)
            .choice("referred_to", Referral.To.class, Referral::to)
            .choice("reason", Vocabulary.Theme.class, Referral::reason);
    public static final RecordKind<MissingEpisode> MISSING_EPISODES =
            new RecordKind<>("missing_episodes", MissingEpisode.class);
    public static final RecordKind<BenefitSpell> BENEFITS = new RecordKind<>("benefits", BenefitSpell.class)
            .choice("benefit", BenefitSpell.Benefit.class, BenefitSpell::benefit)
            .choice("claim_type", BenefitSpell.ClaimType.class, BenefitSpell::claimType)
            .flag("work_related_conditions", BenefitSpell::workRelatedConditions)
            .flag("out_of_work", BenefitSpell::outOfWork);
    public static final RecordKind<EmploymentSpell> EMPLOYMENT = new RecordKind<>("employment", EmploymentSpell.class)
            .choice("type", EmploymentSpell.Type.class, EmploymentSpell::type);
    public static final RecordKind<EarningsPeriod> EARNINGS = new RecordKind<>("earnings", EarningsPeriod.class)
            .choice("claim_type", BenefitSpell.ClaimType.class, EarningsPeriod::claimType).reportedWhenPeriodEnds();
    public static final RecordKind<NeetSpell> NEET = new RecordKind<>("neet", NeetSpell.class)
            .choice("status", NeetSpell.Status.class, NeetSpell::status);
    public static final RecordKind<FinancialReading> FINANCES = new RecordKind<>("finances", FinancialReading.class)
            .choice("debt", FinancialReading.Debt.class, FinancialReading::debt)
            .choice("sanction", FinancialReading.Sanction.class, FinancialReading::sanction);
    public static final RecordKind<ServiceEpisode> SERVICES = new RecordKind<>("services", ServiceEpisode.class)
            .choice("service", ServiceEpisode.Service.class, ServiceEpisode::service)
            .choice("status", ServiceEpisode.Status.class, ServiceEpisode::status);
    public static final RecordKind<ScoredAssessment> ASSESSMENTS =
            new RecordKind<>("assessments", ScoredAssessment.class)
                    .choice("tool", AssessmentTool.class, ScoredAssessment::tool);
    public static final RecordKind<HealthEvent> HEALTH_EVENTS = new RecordKind<>("health_events", HealthEvent.class)
            .choice("type", HealthEvent.Type.class, HealthEvent::type);
    public static final RecordKind<HealthNeed> HEALTH_NEEDS = new RecordKind<>("health_needs", HealthNeed.class)
            .choice("need", HealthNeed.Need.class, HealthNeed::need);
    public static final RecordKind<JusticeOrder> JUSTICE = new RecordKind<>("justice", JusticeOrder.class)
            .choice("type", JusticeOrder.Type.class, JusticeOrder::type);
    public static final RecordKind<ProfessionalConcern> CONCERNS =
            new RecordKind<>("concerns", ProfessionalConcern.class)
                    .choice("theme", Vocabulary.Theme.class, ProfessionalConcern::theme);
    public static final RecordKind<DomesticAbuseIncident> DOMESTIC_ABUSE =
            new RecordKind<>("domestic_abuse", DomesticAbuseIncident.class)
                    .choice("role", DomesticAbuseIncident.Role.class, DomesticAbuseIncident::role)
                    .choice("category", DomesticAbuseIncident.Category.class, DomesticAbuseIncident::category)
                    .choice("recorded_by", DomesticAbuseIncident.RecordedBy.class, DomesticAbuseIncident::recordedBy);
    public static final RecordKind<WorkerAssessment> WORKER_ASSESSMENTS =
            new RecordKind<>("worker_assessments", WorkerAssessment.class)
                    .flag("answer", WorkerAssessment::answer);

    private final String name;
    private final Class<T> type;
    private final int index;
    private final Map<String, Field<T>> fields = new LinkedHashMap<>();
    /** Bits of {@link #codes} taken by the fields so far. */
    private int bitsUsed;
    private boolean reportedAtPeriodEnd;

    private RecordKind(String name, Class<T> type) {
        this.name = name;
        this.type = type;
        this.index = ALL.size();
        ALL.add(this);
    }

    /** Every kind, in a fixed order. */
    public static List<RecordKind<?>> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The kind of the given name, or null. */
    public static RecordKind<?> named(String name) {
        for (RecordKind<?> kind : ALL) {
            if (kind.name.equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /** The names of every kind, comma separated, for error messages. */
    public static String names() {
        StringBuilder out = new StringBuilder();
        for (RecordKind<?> kind : ALL) {
            out.append(out.length() == 0 ? "" : ", ").append(kind.name);
        }
        return out.toString();
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** Position of this kind in {@link #all()}; lets a timeline keep its records in an array. */
    public int index() {
        return index;
    }

    /**
     * True for a kind whose figures are a whole term's or period's, reported when it ends (docs/evaluation.md
     * §12.4): a term's attendance, a Universal Credit assessment period's earnings. Its {@code asKnownOn} knows no
     * record of a term or period not yet ended, so figures an outcome may still need can only come in a later
     * extract: the outlook says so ({@code OutcomeOutlook.waitsForFigures}).
     */
    public boolean reportedAtPeriodEnd() {
        return reportedAtPeriodEnd;
    }

    /** The names of the fields a plan may filter on. */
    public Collection<String> fieldNames() {
        return fields.keySet();
    }

    /**
     * What a filterable field holds: {@code Boolean.class} for a true/false field, otherwise the
     * vocabulary (an enum) whose codes it takes. Null for a field this kind does not have.
     */
    public Class<?> fieldValues(String field) {
        Field<T> found = fields.get(field);
        return found == null ? null : found.values();
    }

    /**
     * Builds the filter a plan's {@code where} describes: every named field must equal the value
     * given, or one of the values where a list is given.
     *
     * @throws IllegalArgumentException naming the field or value that this kind does not have
     */
    public RecordFilter where(Map<String, ?> where) {
        int clauses = where == null ? 0 : where.size();
        @SuppressWarnings("unchecked")
        ToIntFunction<TimelineRecord>[] codes = new ToIntFunction[clauses];
        int[] shifts = new int[clauses];
        int[] masks = new int[clauses];
        long[] accepted = new long[clauses];
        int i = 0;
        for (Map.Entry<String, ?> clause : where == null ? Map.<String, Object>of().entrySet() : where.entrySet()) {
            Field<T> field = fields.get(clause.getKey());
            if (field == null) {
                throw new IllegalArgumentException(name + " has no field '" + clause.getKey() + "' to filter on"
                        + (fields.isEmpty() ? "" : "; it has " + String.join(", ", fields.keySet())));
            }
            codes[i] = record -> field.code().applyAsInt(type.cast(record));
            shifts[i] = field.shift();
            masks[i] = (1 << field.width()) - 1;
            accepted[i] = field.accepted(clause.getValue());
            i++;
        }
        return new RecordFilter(codes, shifts, masks, accepted);
    }

    /**
     * The record's filterable fields as one number, each field in bits of its own: a vocabulary
     * field as its value's position plus one (0 when empty), a true/false field as 1 or 0. A timeline
     * keeps it beside each record so that {@link RecordFilter}s test records without reading them.
     */
    public int codes(TimelineRecord record) {
        T typed = type.cast(record);
        int codes = 0;
        for (Field<T> field : fields.values()) {
            codes |= field.code().applyAsInt(typed) << field.shift();
        }
        return codes;
    }

    private <E extends Enum<E>> RecordKind<T> choice(String field, Class<E> values, Function<T, E> accessor) {
        int choices = values.getEnumConstants().length + 1; // and none
        if (choices > Long.SIZE) {
            throw new IllegalStateException(name + "." + field + " has more values than a filter can hold");
        }
        return add(new Field<>(field, values, record -> {
            E value = accessor.apply(record);
            return value == null ? 0 : value.ordinal() + 1;
        }, bitsUsed, Integer.SIZE - Integer.numberOfLeadingZeros(choices - 1)));
    }

    private RecordKind<T> reportedWhenPeriodEnds() {
        reportedAtPeriodEnd = true;
        return this;
    }

    private RecordKind<T> flag(String field, Predicate<T> accessor) {
        return add(new Field<>(field, Boolean.class, record -> accessor.test(record) ? 1 : 0, bitsUsed, 1));
    }

    private RecordKind<T> add(Field<T> field) {
        bitsUsed += field.width();
        if (bitsUsed > Integer.SIZE) {
            throw new IllegalStateException(name + "'s filterable fields need more than " + Integer.SIZE + " bits");
        }
        fields.put(field.name(), field);
        return this;
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * A filterable field: its values, how a record's value is coded, and where the code sits in the
     * record's {@link #codes}.
     */
    private record Field<T>(String name, Class<?> values, ToIntFunction<T> code, int shift, int width) {

        /**
         * The codes a clause accepts, as bits (bit n set: code n accepted): for a vocabulary field by
         * the value's position, for a true/false field the wanted answers; an empty value is never
         * accepted. Checked and compiled once when the plan is read.
         */
        long accepted(Object wanted) {
            List<String> codes = new ArrayList<>();
            for (Object value : wanted instanceof Collection<?> list ? list : List.of(wanted)) {
                codes.add(check(String.valueOf(value).toLowerCase(Locale.ROOT)));
            }
            if (values == Boolean.class) {
                return (codes.contains("true") ? 1L << 1 : 0) | (codes.contains("false") ? 1L : 0);
            }
            long accepted = 0;
            for (Object constant : values.getEnumConstants()) {
                if (codes.contains(Vocabulary.code((Enum<?>) constant))) {
                    accepted |= 1L << (((Enum<?>) constant).ordinal() + 1);
                }
            }
            return accepted;
        }

        private String check(String code) {
            if (values == Boolean.class) {
                if (!code.equals("true") && !code.equals("false")) {
                    throw new IllegalArgumentException(name + " is true or false, not '" + code + "'");
                }
                return code;
            }
            @SuppressWarnings({"unchecked", "rawtypes"})
            Enum<?> parsed = Vocabulary.parse((Class) values, code);
            return Vocabulary.code(parsed);
        }
    }
}
