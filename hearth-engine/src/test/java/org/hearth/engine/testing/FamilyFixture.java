package org.hearth.engine.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.SchoolCalendar;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.engine.timeline.Vocabulary.Sex;
import org.hearth.engine.timeline.Vocabulary.Tier;

/**
 * Builds family timelines for tests in a few readable lines:
 *
 * <pre>
 * FamilyTimeline family = FamilyFixture.family("F1")
 *         .mother("P1", "1985-04-02")
 *         .child("P2", "2004-09-12")
 *         .engaged("2015-06-01")
 *         .record(new Offence("OF-1", "P2", d("2015-01-10"), Disposal.CONVICTION, false, null, "YOS"))
 *         .build();
 * </pre>
 *
 * Members join on 2000-01-01 and stay unless a test says otherwise. The calendar is the standard
 * pattern (autumn September to December, spring January to March, summer April to July) for the
 * academic years 2005/06 to 2029/30.
 */
public final class FamilyFixture {
    public static final SchoolCalendar CALENDAR = SchoolCalendar.standard(2005, 2029);
    private static final LocalDate JOINED = LocalDate.of(2000, 1, 1);

    private final String familyId;
    private final List<Person> people = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();
    private final List<Person> others = new ArrayList<>();
    private final List<Intervention> interventions = new ArrayList<>();
    private final List<TimelineRecord> records = new ArrayList<>();

    private FamilyFixture(String familyId) {
        this.familyId = familyId;
    }

    public static FamilyFixture family(String familyId) {
        return new FamilyFixture(familyId);
    }

    /** Shorthand for {@link LocalDate#parse}. */
    public static LocalDate d(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    /** A female parent or carer with parenting responsibility. */
    public FamilyFixture mother(String personId, String dateOfBirth) {
        return member(personId, dateOfBirth, Sex.FEMALE, Role.PARENT_CARER, true, null, null);
    }

    /** A male parent or carer with parenting responsibility. */
    public FamilyFixture father(String personId, String dateOfBirth) {
        return member(personId, dateOfBirth, Sex.MALE, Role.PARENT_CARER, true, null, null);
    }

    /** A child of the family (sex unknown). */
    public FamilyFixture child(String personId, String dateOfBirth) {
        return member(personId, dateOfBirth, Sex.UNKNOWN, Role.CHILD, false, null, null);
    }

    /** An adult member who is not a parent (a grandparent, an older sibling). */
    public FamilyFixture otherAdult(String personId, String dateOfBirth) {
        return member(personId, dateOfBirth, Sex.UNKNOWN, Role.OTHER_ADULT, false, null, null);
    }

    /** Any member; {@code from} and {@code to} may be null (joined 2000-01-01, still a member). */
    public FamilyFixture member(String personId, String dateOfBirth, Sex sex, Role role, boolean parentingResponsibility,
                                String from, String to) {
        return member(new Person(personId, d(dateOfBirth), sex, null, null), role, parentingResponsibility, from, to);
    }

    /** A member from a prepared person (to give a mother id, say). */
    public FamilyFixture member(Person person, Role role, boolean parentingResponsibility, String from, String to) {
        people.add(person);
        memberships.add(new Membership(familyId, person.personId(), role, parentingResponsibility,
                from == null ? JOINED : d(from), to == null ? null : d(to)));
        return this;
    }

    /** A person the timeline knows who is not a member. */
    public FamilyFixture nonMember(Person person) {
        others.add(person);
        return this;
    }

    /** An intervention "I-" + family id, at targeted early help, engaged on the day, still open. */
    public FamilyFixture engaged(String engagedOn) {
        return intervention(new Intervention("I-" + familyId, familyId, d(engagedOn), "key worker", "Early Help",
                Tier.TARGETED_EARLY_HELP, List.of(), null, null));
    }

    public FamilyFixture intervention(Intervention intervention) {
        interventions.add(intervention);
        return this;
    }

    public FamilyFixture record(TimelineRecord record) {
        records.add(record);
        return this;
    }

    public FamilyFixture records(TimelineRecord... list) {
        records.addAll(List.of(list));
        return this;
    }

    public FamilyTimeline build() {
        FamilyTimeline.Builder builder = FamilyTimeline.builder(familyId, CALENDAR);
        for (int i = 0; i < people.size(); i++) {
            builder.member(people.get(i), memberships.get(i));
        }
        others.forEach(builder::person);
        interventions.forEach(builder::intervention);
        records.forEach(builder::record);
        return builder.build();
    }
}
