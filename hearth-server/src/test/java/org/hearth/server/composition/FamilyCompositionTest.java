package org.hearth.server.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.timeline.Vocabulary;
import org.hearth.io.link.CompositionDecision;
import org.hearth.io.link.CompositionDecision.Change;
import org.hearth.io.link.CompositionDecisions;
import org.hearth.server.ServerFixture;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.security.Allocations;
import org.hearth.server.security.Browser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * A coordinator's decisions on a family's composition over HTTP, on the family page of a generated authority imported
 * as at 31 March 2019 (the review date): each kind kept, listed on the page for whoever sees the family, audited, and
 * written as the composition_decisions.csv hearth link --compositions reads; a decision the data does not bear
 * refused with what is wrong; a decision never changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyCompositionTest {
    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private Staff staff;
    /** A family of at least two members now, held by the key worker. */
    private String family;
    private String leaver;
    private String stayer;
    /** A person of another family, born before 2018. */
    private String joiner;

    @BeforeAll
    void start() {
        server = ServerFixture.serving(temp.resolve("hearth"));
        jdbc = server.getBean(JdbcTemplate.class);
        staff = Staff.ofEachRole(server);
        server.getBean(DataImport.class).importFolder(ServerFixture.authority(temp.resolve("data"), 20, 17),
                "coordinator", ImportProgress.NONE);
        family = jdbc.queryForObject("""
                select family_id from stored_row where ended_by is null and file = 'memberships.csv'
                  and coalesce(fields->>'end_date', '') = '' group by family_id having count(*) >= 2
                order by family_id limit 1""", String.class);
        List<String> members = jdbc.queryForList("""
                select person_id from stored_row where ended_by is null and file = 'memberships.csv' and family_id = ?
                  and coalesce(fields->>'end_date', '') = '' order by person_id""", String.class, family);
        leaver = members.get(0);
        stayer = members.get(1);
        joiner = jdbc.queryForObject("""
                select p.row_key from stored_row p where p.ended_by is null and p.file = 'people.csv'
                  and p.fields->>'date_of_birth' < '2018-01-01'
                  and not exists (select 1 from stored_row m where m.ended_by is null and m.file = 'memberships.csv'
                                  and m.family_id = ? and m.person_id = p.row_key)
                order by p.row_key limit 1""", String.class, family);
        server.getBean(Allocations.class).allocate(family, Role.KEY_WORKER.code(), staff.team(), "test");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aCoordinatorsDecisionsAreKeptShownOnTheFamilyPageAuditedAndWrittenForHearthLink() throws Exception {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);
        long before = decisions();
        long audited = jdbc.queryForObject("select max(id) from audit_entry", Long.class);

        long confirmed = decide(coordinator, form("confirmed", "", "", "", "2019-03-31", ""));
        long leaves = decide(coordinator, form("leaves", leaver, "", "", "2018-09-01", "Moved to her father's in August"));
        Map<String, String> role = form("role", stayer, "", "parent_carer", "2018-10-01", "");
        role.put("parentingResponsibility", "true");
        long roleChanged = decide(coordinator, role);
        long joins = decide(coordinator, form("joins", "", joiner, "child", "2019-01-15", ""));

        Path file = temp.resolve("composition_decisions.csv");
        Files.write(file, coordinator.getBytes("/compositions/decisions.csv").body());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        List<CompositionDecision> read = CompositionDecisions.read(file).all().stream()
                .filter(decision -> decision.id() > before).toList();
        assertThat(read).containsExactly(
                new CompositionDecision(confirmed, family, "", Change.CONFIRMED, null, false, LocalDate.of(2019, 3, 31),
                        "coordinator", today, ""),
                new CompositionDecision(leaves, family, leaver, Change.LEAVES, null, false, LocalDate.of(2018, 9, 1),
                        "coordinator", today, "Moved to her father's in August"),
                new CompositionDecision(roleChanged, family, stayer, Change.ROLE, Vocabulary.Role.PARENT_CARER, true,
                        LocalDate.of(2018, 10, 1), "coordinator", today, ""),
                new CompositionDecision(joins, family, joiner, Change.JOINS, Vocabulary.Role.CHILD, false,
                        LocalDate.of(2019, 1, 15), "coordinator", today, ""));

        assertThat(jdbc.queryForList("select action || ': ' || detail from audit_entry where subject = ? "
                        + "and action like 'composition%' and id > ? order by id", String.class, family, audited)).containsExactly(
                "composition confirmed: decision " + confirmed + ", from 2019-03-31",
                "composition member leaves: decision " + leaves + ", person " + leaver + ", from 2018-09-01",
                "composition role changed: decision " + roleChanged + ", person " + stayer
                        + ", as parent_carer with parenting responsibility, from 2018-10-01",
                "composition member joins: decision " + joins + ", person " + joiner + ", as child, from 2019-01-15");
        assertThat(jdbc.queryForObject("select detail from audit_entry where action = 'composition decisions downloaded' "
                + "order by id desc limit 1", String.class)).isEqualTo(before + 4 + " decisions");

        String page = HtmlUtils.htmlUnescape(staff.signedIn(Role.KEY_WORKER).get("/families/" + family).body());
        assertThat(page).as("the family's key worker reads the decisions, and may not make one")
                .contains("Composition", "The members confirmed as shown", leaver + " leaves",
                        stayer + "'s role becomes a parent or carer, with parenting responsibility",
                        joiner + " joins as a child", "1 September 2018", "15 January 2019",
                        "Moved to her father's in August", "hearth link --compositions")
                .doesNotContain("Record the decision", "composition_decisions.csv");
        assertThat(HtmlUtils.htmlUnescape(coordinator.get("/families/" + family).body()))
                .contains("Record the decision", "composition_decisions.csv");
    }

    @Test
    void aDecisionTheDataDoesNotBearIsRefusedSayingWhatIsWrongAndNothingIsKept() {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);
        String born = jdbc.queryForObject("select fields->>'date_of_birth' from stored_row where ended_by is null "
                + "and file = 'people.csv' and row_key = ?", String.class, leaver);
        long before = decisions();

        assertThat(refused(coordinator, form("", "", "", "", "2019-03-01", ""))).contains("Select the change to record");
        assertThat(refused(coordinator, form("joins", "", joiner, "", "2019-01-15", "")))
                .contains("The role is empty; joins gives the role, one of parent_carer, child, other_adult");
        assertThat(refused(coordinator, form("leaves", joiner, "", "", "2019-01-15", "")))
                .contains(joiner + " has not been a member of family " + family + " in the data imported");
        assertThat(refused(coordinator, form("leaves", "", "", "", "2019-01-15", "")))
                .contains("The person is empty; leaves names the person");
        assertThat(refused(coordinator, form("joins", "", "P999999", "child", "2019-01-15", "")))
                .contains("No person P999999 is held in the data imported (people.csv)");
        assertThat(refused(coordinator, form("joins", "", stayer, "child", "2019-01-15", "")))
                .contains(stayer + " is a member of family " + family + " now");
        assertThat(refused(coordinator, form("leaves", leaver, "", "", "2019-04-01", "")))
                .as("the day after the review date").contains("The day it takes effect must be today or earlier (31 March 2019)");
        assertThat(refused(coordinator, form("leaves", leaver, "", "", LocalDate.parse(born).minusDays(1).toString(), "")))
                .contains("The day it takes effect must be on or after the day " + leaver + " was born");
        assertThat(refused(coordinator, form("confirmed", "", "", "", "2019-02-30", "")))
                .contains("The day the change takes effect must be a real date");
        Map<String, String> longNote = form("confirmed", "", "", "", "2019-03-01",
                "x".repeat(FamilyCompositions.LONGEST_NOTE + 1));
        assertThat(refused(coordinator, longNote)).contains("Write the note in 2000 characters or fewer");

        assertThat(decide(coordinator, form("leaves", leaver, "", "", born, ""))).as("the day they were born, kept")
                .isGreaterThan(before);
        assertThat(decisions()).isEqualTo(before + 1);
    }

    @Test
    void onlyACoordinatorDecidesAndAnAuditorDownloads() {
        for (Role role : List.of(Role.KEY_WORKER, Role.MANAGER, Role.AUDITOR, Role.ADMINISTRATOR)) {
            assertThat(staff.signedIn(role).submit("/sign-in", "/families/" + family + "/composition",
                    form("confirmed", "", "", "", "2019-03-01", "")).statusCode()).as(role.words()).isEqualTo(403);
        }
        HttpResponse<byte[]> downloaded = staff.signedIn(Role.AUDITOR).getBytes("/compositions/decisions.csv");
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"composition_decisions.csv\"");
        assertThat(staff.signedIn(Role.KEY_WORKER).getBytes("/compositions/decisions.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void theDatabaseKeepsADecisionAsMade() {
        long id = decide(staff.signedIn(Role.COORDINATOR), form("confirmed", "", "", "", "2019-03-30", ""));

        assertThatThrownBy(() -> jdbc.update("update composition_decision set from_date = '2019-01-01' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("a decision is never changed");
        assertThatThrownBy(() -> jdbc.update("delete from composition_decision where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("a decision is never changed");
        assertThat(jdbc.queryForObject("select from_date::text from composition_decision where id = ?", String.class, id))
                .isEqualTo("2019-03-30");
    }

    /** The form's fields, the day as the GOV.UK date input's three. */
    private static Map<String, String> form(String change, String member, String person, String role, String from,
                                            String note) {
        String[] day = from.split("-");
        return new LinkedHashMap<>(Map.of("change", change, "member", member, "person", person, "role", role,
                "from-day", day[2], "from-month", day[1], "from-year", day[0], "note", note));
    }

    /** Posts the decision from the family page and follows it back: the number it was given. */
    private long decide(Browser coordinator, Map<String, String> fields) {
        HttpResponse<String> posted = coordinator.submit("/families/" + family, "/families/" + family + "/composition",
                fields);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/families/" + family + "?decided=");
        long id = Long.parseLong(location.substring(location.indexOf("decided=") + 8));
        assertThat(coordinator.get("/families/" + family + "?decided=" + id).body())
                .contains("Decision " + id + " on the family&#39;s composition recorded");
        return id;
    }

    /** Posts the decision, which comes back on the family page with its problems; nothing is kept. */
    private String refused(Browser coordinator, Map<String, String> fields) {
        long before = decisions();
        HttpResponse<String> page = coordinator.submit("/families/" + family, "/families/" + family + "/composition",
                fields);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(decisions()).isEqualTo(before);
        return HtmlUtils.htmlUnescape(page.body());
    }

    private long decisions() {
        return jdbc.queryForObject("select count(*) from composition_decision", Long.class);
    }
}
