package org.hearth.engine.timeline;

import java.time.LocalDate;

/** Where a child was being educated over a period; {@code MISSING_EDUCATION} records a child on no roll. */
public record EducationSetting(RecordId id, String personId, Setting setting, LocalDate start, LocalDate end,
                               String source) implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public EducationSetting(String recordId, String personId, Setting setting, LocalDate start, LocalDate end,
                            String source) {
        this(RecordId.of(recordId), personId, setting, start, end, source);
    }

    public EducationSetting {
        Require.present(id, "record_id");
        Require.text(personId, "person_id");
        Require.present(setting, "setting");
        Require.ordered(start, end, "start_date", "end_date");
    }

    /** The settings a child can be educated in, and the lack of one. */
    public enum Setting {
        MAINSTREAM_SCHOOL, SPECIAL_SCHOOL, PUPIL_REFERRAL_UNIT, ALTERNATIVE_PROVISION, ELECTIVE_HOME_EDUCATION,
        MISSING_EDUCATION
    }

    /**
     * A setting that ends later is still the child's setting on the day. A spell that starts later does not exist yet.
     */
    @Override
    public EducationSetting asKnownOn(LocalDate day) {
        if (start.isAfter(day)) {
            return null;
        }
        return end == null || !end.isAfter(day) ? this : new EducationSetting(id, personId, setting, start, null, source);
    }

    @Override
    public RecordKind<EducationSetting> kind() {
        return RecordKind.EDUCATION_SETTINGS;
    }
}
