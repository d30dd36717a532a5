package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.hearth.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Who sees which family: two teams, a key worker and a manager in each, and families allocated between them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTest {
    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private Access access;
    private Allocations allocations;
    private long north;
    private long south;

    @BeforeAll
    void start() {
        server = ServerFixture.offline(temp.resolve("hearth"));
        access = server.getBean(Access.class);
        allocations = server.getBean(Allocations.class);
        Teams teams = server.getBean(Teams.class);
        north = teams.create("North", "admin");
        south = teams.create("South", "admin");
        Users users = server.getBean(Users.class);
        for (String name : new String[] {"kim", "kit"}) {
            users.create(new NewUser(name, name, Role.KEY_WORKER, name.equals("kim") ? north : south), SecurityTest.PASSWORD,
                    "admin");
        }
        allocations.allocate("F1", "kim", north, "manager");
        allocations.allocate("F2", "kit", south, "manager");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aKeyWorkerSeesOnlyTheFamiliesAllocatedToThem() {
        CurrentUser kim = new CurrentUser("kim", "Kim", Role.KEY_WORKER, north);

        assertThat(access.canSeeFamily(kim, "F1")).isTrue();
        assertThat(access.canSeeFamily(kim, "F2")).as("another key worker's family").isFalse();
        assertThat(access.canSeeFamily(kim, "F3")).as("a family allocated to no one").isFalse();
        assertThat(access.familiesVisibleTo(kim).everyFamily()).isFalse();
        assertThat(access.familiesVisibleTo(kim).familyIds()).contains("F1").doesNotContain("F2", "F3");
    }

    @Test
    void aManagerSeesOnlyTheirTeamsFamilies() {
        CurrentUser northManager = new CurrentUser("nora", "Nora", Role.MANAGER, north);

        assertThat(access.canSeeFamily(northManager, "F1")).isTrue();
        assertThat(access.canSeeFamily(northManager, "F2")).as("another team's family").isFalse();
        assertThat(access.familiesVisibleTo(northManager).includes("F1")).isTrue();
        assertThat(access.familiesVisibleTo(northManager).includes("F2")).isFalse();
    }

    @Test
    void coordinatorsAuditorsAndAdministratorsSeeEveryFamily() {
        for (Role role : new Role[] {Role.COORDINATOR, Role.AUDITOR, Role.ADMINISTRATOR}) {
            CurrentUser user = new CurrentUser("someone", "Someone", role, null);
            assertThat(access.canSeeFamily(user, "F2")).as(role.words()).isTrue();
            assertThat(access.canSeeFamily(user, "F-unallocated")).as(role.words()).isTrue();
            assertThat(access.familiesVisibleTo(user).everyFamily()).as(role.words()).isTrue();
        }
    }

    @Test
    void reallocatingMovesWhoSeesTheFamilyAndKeepsTheHistory() {
        allocations.allocate("F4", "kim", north, "manager");
        allocations.allocate("F4", "kit", south, "manager");

        assertThat(access.canSeeFamily(new CurrentUser("kim", "Kim", Role.KEY_WORKER, north), "F4")).isFalse();
        assertThat(access.canSeeFamily(new CurrentUser("kit", "Kit", Role.KEY_WORKER, south), "F4")).isTrue();
        assertThat(access.canSeeFamily(new CurrentUser("nora", "Nora", Role.MANAGER, north), "F4")).isFalse();
        assertThat(allocations.history("F4")).extracting(Allocation::keyWorker, allocation -> allocation.endedAt() != null)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kim", true), org.assertj.core.groups.Tuple.tuple("kit", false));
    }

    @Test
    void aFamilyIsAllocatedOnlyToAKeyWorkerOfTheTeamGiven() {
        assertThatThrownBy(() -> allocations.allocate("F5", "kim", south, "manager"))
                .isInstanceOf(InvalidUserException.class).hasMessageContaining("kim is not a key worker in team " + south);
    }
}
