package org.hearth.io.canonical;

import static org.hearth.io.canonical.CellTypes.ACADEMIC_YEAR;
import static org.hearth.io.canonical.CellTypes.DATE;
import static org.hearth.io.canonical.CellTypes.FAMILY;
import static org.hearth.io.canonical.CellTypes.ID;
import static org.hearth.io.canonical.CellTypes.INTERVENTION;
import static org.hearth.io.canonical.CellTypes.PERSON;
import static org.hearth.io.canonical.CellTypes.TEXT;
import static org.hearth.io.canonical.CellTypes.code;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.Vocabulary;
import org.hearth.io.PersonName;
import org.hearth.io.TeamMember;

/**
 * The files every other file refers to: people, families, who belonged to which family when, the
 * families' interventions with their changes of tier and their Teams Around the Family, and the school calendar.
 */
final class CoreLayouts {
    static final String PEOPLE_FILE = "people.csv";
    static final String FAMILIES_FILE = "families.csv";
    static final String MEMBERSHIPS_FILE = "memberships.csv";
    static final String INTERVENTIONS_FILE = "interventions.csv";
    static final String TIER_CHANGES_FILE = "tier_changes.csv";
    static final String TEAM_AROUND_FAMILY_FILE = "team_around_family.csv";
    static final String SCHOOL_TERMS_FILE = "school_terms.csv";

    static final Layout<PersonRow> PEOPLE = people();
    static final Layout<FamilyRow> FAMILIES = families();
    static final Layout<Membership> MEMBERSHIPS = memberships();
    static final Layout<Intervention> INTERVENTIONS = interventions();
    static final Layout<TierChangeRow> TIER_CHANGES = tierChanges();
    static final Layout<TeamMember> TEAM_AROUND_FAMILY = teamAroundFamily();
    static final Layout<SchoolTerm> SCHOOL_TERMS = schoolTerms();

    private CoreLayouts() {
    }

    /**
     * A row of people.csv: the person as the engine knows them, and their name, if any, which the engine never
     * sees (the reader keeps it apart, in the population's names).
     */
    record PersonRow(Person person, PersonName name) {
        String personId() {
            return person.personId();
        }

        String givenName() {
            return name == null ? null : name.givenName();
        }

        String familyName() {
            return name == null ? null : name.familyName();
        }
    }

    /** A row of families.csv: the family and the authority's own reference for it, if any. */
    record FamilyRow(String familyId, String reference) {
    }

    /** A row of tier_changes.csv: a change of tier and the intervention it belongs to. */
    record TierChangeRow(String interventionId, Intervention.TierChange change) {
    }

    /** The mother is checked once every person is read, since she may come later in the file. */
    private static Layout<PersonRow> people() {
        Layout.Builder<PersonRow> b = Layout.builder(PEOPLE_FILE);
        var id = b.key("person_id", PersonRow::personId);
        var born = b.required("date_of_birth", DATE, row -> row.person().dateOfBirth());
        var sex = b.required("sex", code(Vocabulary.Sex.class), row -> row.person().sex());
        var mother = b.optional("mother_id", ID, row -> row.person().motherId());
        var upn = b.optional("upn", ID, row -> row.person().identifiers().upn());
        var nhs = b.optional("nhs_number", ID, row -> row.person().identifiers().nhsNumber());
        var ni = b.optional("ni_number", ID, row -> row.person().identifiers().niNumber());
        var child = b.optional("local_child_id", ID, row -> row.person().identifiers().localChildId());
        var given = b.optional("given_name", TEXT, PersonRow::givenName);
        var family = b.optional("family_name", TEXT, PersonRow::familyName);
        return b.build(v -> new PersonRow(new Person(v.get(id), v.get(born), v.get(sex), v.get(mother),
                new Person.Identifiers(v.get(upn), v.get(nhs), v.get(ni), v.get(child))),
                PersonName.of(v.get(given), v.get(family))));
    }

    private static Layout<FamilyRow> families() {
        Layout.Builder<FamilyRow> b = Layout.builder(FAMILIES_FILE);
        var id = b.key("family_id", FamilyRow::familyId);
        var reference = b.optional("reference", TEXT, FamilyRow::reference);
        return b.build(v -> new FamilyRow(v.get(id), v.get(reference)));
    }

    private static Layout<Membership> memberships() {
        Layout.Builder<Membership> b = Layout.builder(MEMBERSHIPS_FILE);
        var family = b.required("family_id", FAMILY, Membership::familyId);
        var person = b.required("person_id", PERSON, Membership::personId);
        var role = b.required("role", code(Vocabulary.Role.class), Membership::role);
        var responsibility = b.flag("parenting_responsibility", Membership::parentingResponsibility);
        var start = b.required("start_date", DATE, Membership::start);
        var end = b.optional("end_date", DATE, Membership::end);
        b.span(start, end);
        return b.build(v -> new Membership(v.get(family), v.get(person), v.get(role), v.get(responsibility),
                v.get(start), v.get(end)));
    }

    /** Tier changes are attached once tier_changes.csv is read. */
    private static Layout<Intervention> interventions() {
        Layout.Builder<Intervention> b = Layout.builder(INTERVENTIONS_FILE);
        var id = b.key("intervention_id", Intervention::interventionId);
        var family = b.required("family_id", FAMILY, Intervention::familyId);
        var engaged = b.required("engaged_on", DATE, Intervention::engagedOn);
        var worker = b.optional("lead_worker", TEXT, Intervention::leadWorker);
        var organisation = b.optional("lead_organisation", TEXT, Intervention::leadOrganisation);
        var tier = b.required("tier", code(Vocabulary.Tier.class), Intervention::tier);
        var closed = b.optional("closed_on", DATE, Intervention::closedOn);
        var reason = b.optional("closure_reason", TEXT, Intervention::closureReason);
        b.span(engaged, closed);
        return b.build(v -> new Intervention(v.get(id), v.get(family), v.get(engaged), v.get(worker),
                v.get(organisation), v.get(tier), List.of(), v.get(closed), v.get(reason)));
    }

    private static Layout<TierChangeRow> tierChanges() {
        Layout.Builder<TierChangeRow> b = Layout.builder(TIER_CHANGES_FILE);
        var id = b.recordId(row -> row.change().recordId());
        var intervention = b.required("intervention_id", INTERVENTION, TierChangeRow::interventionId);
        var date = b.required("date", DATE, row -> row.change().date());
        var tier = b.required("tier", code(Vocabulary.Tier.class), row -> row.change().tier());
        var reason = b.optional("reason", TEXT, row -> row.change().reason());
        return b.build(v -> new TierChangeRow(v.get(intervention),
                new Intervention.TierChange(v.get(id), v.get(date), v.get(tier), v.get(reason))));
    }

    /** Whether each member's days fall within the intervention's is checked once interventions.csv is read. */
    private static Layout<TeamMember> teamAroundFamily() {
        Layout.Builder<TeamMember> b = Layout.builder(TEAM_AROUND_FAMILY_FILE);
        var id = b.recordId(TeamMember::recordId);
        var intervention = b.required("intervention_id", INTERVENTION, TeamMember::interventionId);
        var professional = b.optional("professional", TEXT, TeamMember::professional);
        var role = b.required("role", TEXT, TeamMember::role);
        var organisation = b.required("organisation", TEXT, TeamMember::organisation);
        var start = b.required("start_date", DATE, TeamMember::start);
        var end = b.optional("end_date", DATE, TeamMember::end);
        var source = b.source(TeamMember::source);
        b.span(start, end);
        return b.build(v -> new TeamMember(v.get(id), v.get(intervention), v.get(professional), v.get(role),
                v.get(organisation), v.get(start), v.get(end), v.get(source)));
    }

    /** A term must begin within its academic year, taken as 1 August to 31 July. */
    private static Layout<SchoolTerm> schoolTerms() {
        Layout.Builder<SchoolTerm> b = Layout.builder(SCHOOL_TERMS_FILE);
        var year = b.required("academic_year", ACADEMIC_YEAR, SchoolTerm::academicYear);
        var term = b.required("term", code(SchoolTerm.Term.class), SchoolTerm::term);
        var start = b.required("start_date", DATE, SchoolTerm::start);
        var end = b.required("end_date", DATE, SchoolTerm::end);
        b.span(start, end);
        return b.build(v -> {
            LocalDate first = LocalDate.of(v.get(year), Month.AUGUST, 1);
            LocalDate last = first.plusYears(1).minusDays(1);
            if (v.get(start).isBefore(first) || v.get(start).isAfter(last)) {
                throw new BadCell(start, "start_date " + v.get(start) + " is not in the academic year "
                        + CellTypes.academicYear(v.get(year)) + " (" + first + " to " + last + ")");
            }
            return new SchoolTerm(v.get(year), v.get(term), v.get(start), v.get(end));
        });
    }
}
