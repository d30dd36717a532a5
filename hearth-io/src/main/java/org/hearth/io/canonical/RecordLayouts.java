package org.hearth.io.canonical;

import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.TimelineRecord;

/** The layout of each kind of record, found by its kind; every kind the engine has must have one. */
final class RecordLayouts {
    private static final Layout<?>[] BY_KIND = new Layout<?>[RecordKind.all().size()];

    static {
        add(RecordKind.OFFENCES, CrimeLayouts.OFFENCES);
        add(RecordKind.ASB_INCIDENTS, CrimeLayouts.ASB_INCIDENTS);
        add(RecordKind.ASB_INTERVENTIONS, CrimeLayouts.ASB_INTERVENTIONS);
        add(RecordKind.POLICE_CALLOUTS, CrimeLayouts.POLICE_CALLOUTS);
        add(RecordKind.JUSTICE, CrimeLayouts.JUSTICE);
        add(RecordKind.ATTENDANCE, SchoolLayouts.ATTENDANCE);
        add(RecordKind.EXCLUSIONS, SchoolLayouts.EXCLUSIONS);
        add(RecordKind.EDUCATION_SETTINGS, SchoolLayouts.EDUCATION_SETTINGS);
        add(RecordKind.SOCIAL_CARE, ChildrenLayouts.SOCIAL_CARE);
        add(RecordKind.REFERRALS, ChildrenLayouts.REFERRALS);
        add(RecordKind.MISSING_EPISODES, ChildrenLayouts.MISSING_EPISODES);
        add(RecordKind.BENEFITS, WorkLayouts.BENEFITS);
        add(RecordKind.EMPLOYMENT, WorkLayouts.EMPLOYMENT);
        add(RecordKind.EARNINGS, WorkLayouts.EARNINGS);
        add(RecordKind.NEET, WorkLayouts.NEET);
        add(RecordKind.FINANCES, WorkLayouts.FINANCES);
        add(RecordKind.DOMESTIC_ABUSE, HealthLayouts.DOMESTIC_ABUSE);
        add(RecordKind.HEALTH_EVENTS, HealthLayouts.HEALTH_EVENTS);
        add(RecordKind.HEALTH_NEEDS, HealthLayouts.HEALTH_NEEDS);
        add(RecordKind.SERVICES, SupportLayouts.SERVICES);
        add(RecordKind.ASSESSMENTS, SupportLayouts.ASSESSMENTS);
        add(RecordKind.CONCERNS, SupportLayouts.CONCERNS);
        add(RecordKind.WORKER_ASSESSMENTS, SupportLayouts.WORKER_ASSESSMENTS);
        for (RecordKind<?> kind : RecordKind.all()) {
            if (BY_KIND[kind.index()] == null) {
                throw new IllegalStateException("record kind " + kind + " has no layout in the canonical format");
            }
        }
    }

    private RecordLayouts() {
    }

    private static <T extends TimelineRecord> void add(RecordKind<T> kind, Layout<T> layout) {
        BY_KIND[kind.index()] = layout;
    }

    @SuppressWarnings("unchecked")
    static <T extends TimelineRecord> Layout<T> of(RecordKind<T> kind) {
        return (Layout<T>) BY_KIND[kind.index()];
    }
}
