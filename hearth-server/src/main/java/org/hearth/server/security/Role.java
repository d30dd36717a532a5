package org.hearth.server.security;

import java.util.Locale;

/**
 * What a user is in the programme, and so what they may see and do (docs/operations.md, Security). Which
 * families each role sees is {@link Access}'s rule.
 */
public enum Role {
    /** Works with the families allocated to them, and sees only those. */
    KEY_WORKER,
    /** Leads a team of key workers, and sees the families allocated to the team. */
    MANAGER,
    /** Runs the programme: imports, plans, claims; sees every family. */
    COORDINATOR,
    /** Checks the programme's decisions and claims; sees every family and reads the audit log. */
    AUDITOR,
    /** Manages users; sees every family and reads the audit log. */
    ADMINISTRATOR;

    /** As stored in {@code app_user.role}: {@code key_worker}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As a person reads it: "key worker". */
    public String words() {
        return code().replace('_', ' ');
    }

    /** Key workers and managers see families through their team, so they must belong to one. */
    public boolean needsTeam() {
        return this == KEY_WORKER || this == MANAGER;
    }

    /** Runs the programme: imports data, adds plan versions, allocates families to key workers. */
    public boolean runsProgramme() {
        return this == COORDINATOR;
    }

    /** Reads the programme's imports and plan versions: those who run it, check it or administer it. */
    public boolean readsImportsAndPlans() {
        return this == COORDINATOR || this == AUDITOR || this == ADMINISTRATOR;
    }

    /**
     * Reads the programme's reports (docs/reports.md): those who run it, check it, and manage its key workers (a
     * manager's reports count their team's families). Key workers work family by family; administrators manage users.
     */
    public boolean readsReports() {
        return this == COORDINATOR || this == AUDITOR || this == MANAGER;
    }

    /** Reads the audit log and checks its chain. */
    public boolean readsAuditLog() {
        return this == AUDITOR || this == ADMINISTRATOR;
    }

    /** Adds users and teams. */
    public boolean managesUsers() {
        return this == ADMINISTRATOR;
    }

    /** Answers the plan's questions about the families allocated to them. */
    public boolean recordsAnswers() {
        return this == KEY_WORKER;
    }

    /** Signs off, or returns, the answers of their team's key workers. */
    public boolean signsOffAnswers() {
        return this == MANAGER;
    }

    /**
     * Produces the evidence packs of the families they see (org.hearth.server.evidence): those who run, check or do
     * the programme's work, not administrators, whose work is the users.
     */
    public boolean producesEvidencePacks() {
        return this != ADMINISTRATOR;
    }

    /**
     * Reads the identification worklist, the families eligible and not engaged (org.hearth.server.screening):
     * coordinators, who allocate them, and auditors.
     */
    public boolean screensPopulation() {
        return this == COORDINATOR || this == AUDITOR;
    }

    /**
     * Decides the matching review queue's pairs (org.hearth.server.matching): one person or two, and queues the pairs
     * hearth link could not decide. The programme's analysts are its coordinators.
     */
    public boolean reviewsMatches() {
        return this == COORDINATOR;
    }

    /** Reads the matching review queue and its decisions: those who decide, and auditors, who check them. */
    public boolean readsMatches() {
        return this == COORDINATOR || this == AUDITOR;
    }

    /**
     * Decides families' compositions (org.hearth.server.composition): confirms the members as hearth link formed them,
     * or records a person joining or leaving, or a member's role, from a day. The programme's analysts are its
     * coordinators.
     */
    public boolean decidesCompositions() {
        return this == COORDINATOR;
    }

    /**
     * Downloads every family's composition decisions, for hearth link: those who decide, and auditors, who check them.
     * Whoever sees a family sees its own decisions on its page.
     */
    public boolean readsCompositionDecisions() {
        return this == COORDINATOR || this == AUDITOR;
    }

    /**
     * Makes the pseudonymised export for analysts and the national evaluation (org.hearth.server.protection): the
     * programme's coordinators, who are its analysts.
     */
    public boolean makesPseudonymisedExports() {
        return this == COORDINATOR;
    }

    /**
     * Produces a person's subject access pack (org.hearth.server.protection): everything Hearth holds about them, for
     * the authority's information governance team. The programme's coordinators, who see every family.
     */
    public boolean producesSubjectAccessPacks() {
        return this == COORDINATOR;
    }

    /**
     * Previews and runs the disposal of what is past the retention schedule (org.hearth.server.protection): the
     * administrators, who keep the system, not those who use its records.
     */
    public boolean disposesOfRecords() {
        return this == ADMINISTRATOR;
    }

    /**
     * Asks for a record of a family they see to be corrected, or a member's records erased
     * (org.hearth.server.protection.Corrections): whoever works with the family's records; administrators keep the
     * system, not its records.
     */
    public boolean requestsCorrections() {
        return this != ADMINISTRATOR;
    }

    /**
     * Approves or refuses a request to correct or erase records, one made by someone else: the programme's
     * coordinators, who answer for its data.
     */
    public boolean decidesCorrections() {
        return this == COORDINATOR;
    }

    /**
     * Reviews a claim or a decision that cited a record since corrected or erased: those who prepare claims and those
     * who audit them.
     */
    public boolean reviewsCorrectedDecisions() {
        return this == COORDINATOR || this == AUDITOR;
    }

    /** Has a duty on the data protection page: one of those above. */
    public boolean dataProtectionDuties() {
        return makesPseudonymisedExports() || producesSubjectAccessPacks() || disposesOfRecords() || decidesCorrections();
    }

    /** Prepares claim batches (and discretionary claims), withdraws claims and submits batches. */
    public boolean preparesClaims() {
        return this == COORDINATOR;
    }

    /** Audits claims: accepts or rejects each, and draws samples for spot checks. */
    public boolean auditsClaims() {
        return this == AUDITOR;
    }

    /** Reads the claims of the families they may see; administrators manage users only. */
    public boolean readsClaims() {
        return this != ADMINISTRATOR;
    }

    static Role ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The authority Spring Security checks for this role ({@code hasRole("ADMINISTRATOR")}). */
    String authority() {
        return "ROLE_" + name();
    }
}
