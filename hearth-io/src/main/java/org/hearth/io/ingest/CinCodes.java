package org.hearth.io.ingest;

import java.util.Map;
import java.util.TreeSet;

/**
 * The CIN census's code lists Hearth reads (the DfE's "Children in need census: business and technical specification"
 * and its common basic data set), each with the canonical code it becomes.
 */
final class CinCodes {
    /**
     * {@code GenderCurrent} (to 2023 to 2024): 0 not known, 1 male, 2 female, 9 not specified (indeterminate). The
     * NHS Data Dictionary's "person stated gender code", whose 9 is a person who cannot be classed as either.
     */
    static final Map<String, String> GENDER_CURRENT = Map.of("0", "unknown", "1", "male", "2", "female", "9", "other");

    /** {@code Sex} (from 2024 to 2025, replacing GenderCurrent): M, F, U (unknown). */
    static final Map<String, String> SEX = Map.of("M", "male", "F", "female", "U", "unknown");

    /**
     * {@code PrimaryNeedCode}, the main reason the child is in need, as the family problem of referrals.csv's
     * {@code reason}: N1 abuse or neglect, N4 family in acute stress, N5 family dysfunction and N8 absent parenting are
     * children who need help; N2 the child's and N3 a parent's disability or illness are health; N6 socially
     * unacceptable behaviour is crime and anti-social behaviour; N7 low income is work and money. N0 (not stated) and
     * N9 (cases other than children in need) name no problem: the referral is staged without a reason.
     */
    static final Map<String, String> PRIMARY_NEED = Map.of("N1", "children_need_help", "N2", "health", "N3", "health",
            "N4", "children_need_help", "N5", "children_need_help", "N6", "crime_asb", "N7", "work_and_money",
            "N8", "children_need_help", "N0", "", "N9", "");

    /**
     * {@code ReasonForClosure}, as social_care.csv's {@code end_reason}: RC1 adopted, RC2 died, RC3 child arrangements
     * order, RC4 special guardianship order and RC7 services ceased (no longer in need) are closures; RC5 transferred
     * to another local authority and RC6 to adult social care are transfers out; RC8 closed after assessment with no
     * further action; RC9 closed after assessment and referred to early help is a step down.
     */
    static final Map<String, String> CLOSURE = Map.of("RC1", "closed", "RC2", "closed", "RC3", "closed", "RC4", "closed",
            "RC5", "transferred_out", "RC6", "transferred_out", "RC7", "closed", "RC8", "no_further_action", "RC9", "stepped_down");

    /** {@code InitialCategoryOfAbuse} and {@code LatestCategoryOfAbuse}: neglect, physical, sexual, emotional, multiple. */
    static final Map<String, String> CATEGORIES_OF_ABUSE = Map.of("NEG", "NEG", "PHY", "PHY", "SAB", "SAB", "EMO", "EMO", "MUL", "MUL");

    private CinCodes() {
    }

    static String listed(Map<String, String> codes) {
        return String.join(", ", new TreeSet<>(codes.keySet()));
    }
}
