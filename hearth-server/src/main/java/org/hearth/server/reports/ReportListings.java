package org.hearth.server.reports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reports this package shows, as the reports page lists them. */
@Configuration(proxyBeanMethods = false)
class ReportListings {

    @Bean
    ReportListing programmeTargetListing() {
        return new ReportListing(10, "Programme target", "/reports/target", "Families identified, engaged and eligible "
                + "month by month against the number the programme is to work with.");
    }

    @Bean
    ReportListing outcomesListing() {
        return new ReportListing(20, "Outcomes achieved", "/reports/outcomes", "Per problem, families identified and "
                + "progress made; per outcome, families that met it and those not yet.");
    }

    @Bean
    ReportListing serviceMeasuresListing() {
        return new ReportListing(30, "Service measures", "/reports/service-measures", "The early help strategy's "
                + "measures: step downs from social care, cases at tier 4, re-referrals within six months of a closure, "
                + "and measurable progress at the last review.");
    }

    @Bean
    ReportListing claimsListing() {
        return new ReportListing(35, "Claims", "/reports/claims", "Claims prepared, awaiting audit, accepted, submitted, "
                + "rejected and withdrawn, per claim period and per organisation.");
    }

    @Bean
    ReportListing claimsForecastListing() {
        return new ReportListing(40, "Claims forecast", "/reports/forecast", "The claims to expect in each coming "
                + "quarter, how sure each is, and the families behind each figure.");
    }
}
