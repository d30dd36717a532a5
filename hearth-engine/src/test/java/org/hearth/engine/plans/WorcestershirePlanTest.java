package org.hearth.engine.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.junit.jupiter.api.Test;

class WorcestershirePlanTest {
    @Test
    void loads() {
        Plan plan = PlanLoader.withBuiltInSchema().load(Path.of("../plans/worcestershire.yaml"));
        assertThat(plan.id()).isEqualTo("worcestershire");
    }
}
