package org.hearth.io.canonical;

import static org.hearth.io.canonical.CellTypes.DATE;
import static org.hearth.io.canonical.CellTypes.FAMILY;
import static org.hearth.io.canonical.CellTypes.MEMBER;
import static org.hearth.io.canonical.CellTypes.code;

import org.hearth.engine.timeline.MissingEpisode;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.Referral;
import org.hearth.engine.timeline.SocialCareEpisode;
import org.hearth.engine.timeline.Vocabulary;

/** The files of children who need help: social care episodes, referrals, missing episodes. */
final class ChildrenLayouts {
    static final Layout<SocialCareEpisode> SOCIAL_CARE = socialCare();
    static final Layout<Referral> REFERRALS = referrals();
    static final Layout<MissingEpisode> MISSING_EPISODES = missingEpisodes();

    private ChildrenLayouts() {
    }

    private static Layout<SocialCareEpisode> socialCare() {
        Layout.Builder<SocialCareEpisode> b = Layout.builder(RecordKind.SOCIAL_CARE);
        var id = b.recordId(SocialCareEpisode::recordId);
        var person = b.required("person_id", MEMBER, SocialCareEpisode::personId);
        var type = b.required("episode_type", code(SocialCareEpisode.Kind.class), SocialCareEpisode::episodeType);
        var start = b.required("start_date", DATE, SocialCareEpisode::start);
        var end = b.optional("end_date", DATE, SocialCareEpisode::end);
        var reason = b.optional("end_reason", code(SocialCareEpisode.EndReason.class), SocialCareEpisode::endReason);
        var source = b.source(SocialCareEpisode::source);
        b.span(start, end);
        return b.build(v -> new SocialCareEpisode(v.get(id), v.get(person), v.get(type), v.get(start), v.get(end),
                v.get(reason), v.get(source)));
    }

    private static Layout<Referral> referrals() {
        Layout.Builder<Referral> b = Layout.builder(RecordKind.REFERRALS);
        var id = b.recordId(Referral::recordId);
        var person = b.optional("person_id", MEMBER, Referral::personId);
        var family = b.optional("family_id", FAMILY, Referral::familyId);
        var date = b.required("date", DATE, Referral::date);
        var to = b.required("referred_to", code(Referral.To.class), Referral::to);
        var reason = b.optional("reason", code(Vocabulary.Theme.class), Referral::reason);
        var source = b.source(Referral::source);
        return b.build(v -> new Referral(v.get(id), v.get(person), v.get(family), v.get(date), v.get(to),
                v.get(reason), v.get(source)));
    }

    private static Layout<MissingEpisode> missingEpisodes() {
        Layout.Builder<MissingEpisode> b = Layout.builder(RecordKind.MISSING_EPISODES);
        var id = b.recordId(MissingEpisode::recordId);
        var person = b.required("person_id", MEMBER, MissingEpisode::personId);
        var start = b.required("start_date", DATE, MissingEpisode::start);
        var end = b.optional("end_date", DATE, MissingEpisode::end);
        var source = b.source(MissingEpisode::source);
        b.span(start, end);
        return b.build(v -> new MissingEpisode(v.get(id), v.get(person), v.get(start), v.get(end), v.get(source)));
    }
}
