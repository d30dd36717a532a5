package org.hearth.engine.timeline;

import java.time.LocalDate;

import org.hearth.engine.timeline.Vocabulary.Theme;

/** A referral of a person or household to a service: children's social care, early help, MASH, MARAC. */
public record Referral(RecordId id, String personId, String familyId, LocalDate date, To to, Theme reason,
                       String source) implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public Referral(String recordId, String personId, String familyId, LocalDate date, To to, Theme reason,
                    String source) {
        this(RecordId.of(recordId), personId, familyId, date, to, reason, source);
    }

    public Referral {
        Require.present(id, "record_id");
        Require.personOrFamily(personId, familyId);
        Require.present(date, "date");
        Require.present(to, "referred_to");
    }

    /** The services a referral can go to. */
    public enum To {
        CHILDRENS_SOCIAL_CARE, EARLY_HELP, MASH, MARAC, CAMHS, ADULT_MENTAL_HEALTH, SUBSTANCE_MISUSE_SERVICE, OTHER
    }

    @Override
    public LocalDate start() {
        return date;
    }

    @Override
    public LocalDate end() {
        return date;
    }

    /** An event is whole on its day: known from then, not before. */
    @Override
    public Referral asKnownOn(LocalDate day) {
        return date.isAfter(day) ? null : this;
    }

    @Override
    public RecordKind<Referral> kind() {
        return RecordKind.REFERRALS;
    }
}
