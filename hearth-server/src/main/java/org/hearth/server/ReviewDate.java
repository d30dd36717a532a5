package org.hearth.server;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The day the server's decisions are made as at: {@code HEARTH_REVIEW_DATE} when set (a programme
 * reviewing a past period, or the demo, whose synthetic data ends on 31 March 2019), otherwise today in
 * England.
 */
@Component
public class ReviewDate {
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final LocalDate fixed;
    private final Clock clock;

    ReviewDate(Environment environment) {
        String day = environment.getProperty("HEARTH_REVIEW_DATE");
        this.fixed = day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
        this.clock = Clock.system(ENGLAND);
    }

    public LocalDate today() {
        return fixed != null ? fixed : LocalDate.now(clock);
    }
}
