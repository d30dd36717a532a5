package org.hearth.server.protection;

import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Disposal by itself, when {@code hearth.disposal.cron} ({@code HEARTH_DISPOSAL_CRON}) says when: "0 30 2 * * *" for
 * 02:30 each night. "-" (the default) never: until the authority has agreed its schedule, an administrator previews
 * and runs disposal on its page. Each run is audited as "disposal", by "scheduled disposal".
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduledDisposal {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledDisposal.class);

    private final Disposal disposal;

    ScheduledDisposal(Disposal disposal) {
        this.disposal = disposal;
    }

    @Scheduled(cron = "${hearth.disposal.cron}", zone = "Europe/London")
    void dispose() {
        DisposalReport done = disposal.run(LocalDate.now(ZoneId.of("Europe/London")), "scheduled disposal");
        LOG.info("Disposal: {} families, {} replaced rows, {} superseded evaluations; {} families held by their claims",
                done.families(), done.replacedRows(), done.supersededEvaluations(), done.heldByClaims().size());
    }
}
