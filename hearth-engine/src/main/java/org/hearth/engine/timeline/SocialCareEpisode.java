package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * A period in which children's services worked with a child at one level: early help, an assessment,
 * child in need, a section 47 enquiry, a child protection plan, edge of care, pre-proceedings, care
 * proceedings or being looked after. Single assessments and section 47 enquiries are spells too: they
 * run from start to the day their outcome was decided.
 */
public record SocialCareEpisode(RecordId id, String personId, Kind episodeType, LocalDate start, LocalDate end,
                                EndReason endReason, String source) implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public SocialCareEpisode(String recordId, String personId, Kind episodeType, LocalDate start, LocalDate end,
                             EndReason endReason, String source) {
        this(RecordId.of(recordId), personId, episodeType, start, end, endReason, source);
    }

    public SocialCareEpisode {
        Require.present(id, "record_id");
        Require.text(personId, "person_id");
        Require.present(episodeType, "episode_type");
        Require.ordered(start, end, "start_date", "end_date");
    }

    /** The levels of children's services, each with the tier of Southwark's model it belongs to. */
    public enum Kind {
        EARLY_HELP(2), EARLY_HELP_ASSESSMENT(2), SINGLE_ASSESSMENT(3), CHILD_IN_NEED(3), SECTION_47_ENQUIRY(4),
        CHILD_PROTECTION_PLAN(4), EDGE_OF_CARE(4), PUBLIC_LAW_OUTLINE(4), CARE_PROCEEDINGS(4), LOOKED_AFTER(4);

        private final int tier;

        Kind(int tier) {
            this.tier = tier;
        }

        /** The tier of support: 2 targeted early help, 3 child in need, 4 child protection and looked after. */
        public int tier() {
            return tier;
        }

        /** Statutory social work: anything from a single assessment upwards. */
        public boolean statutory() {
            return tier >= 3;
        }
    }

    /** Why an episode ended, where the source says. */
    public enum EndReason {
        STEPPED_DOWN, STEPPED_UP, CLOSED, RETURNED_HOME, TRANSFERRED_OUT, NO_FURTHER_ACTION, OTHER
    }

    /**
     * An episode that ends later is open on the day, and why it ended (a step down, a closure) is not
     * yet known: no end reason, as for any open episode. A spell that starts later does not exist yet.
     */
    @Override
    public SocialCareEpisode asKnownOn(LocalDate day) {
        if (start.isAfter(day)) {
            return null;
        }
        return end == null || !end.isAfter(day) ? this : new SocialCareEpisode(id, personId, episodeType, start, null, null, source);
    }

    @Override
    public RecordKind<SocialCareEpisode> kind() {
        return RecordKind.SOCIAL_CARE;
    }
}
