package org.hearth.io.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import org.hearth.engine.Excerpt;
import org.hearth.engine.timeline.RecordKind;

/**
 * One {@code <Child>} of a CIN census return staged: the child as a person (ChildIdentifiers) and each episode of need
 * ({@code <CINdetails>}) as its referral, its episode, assessments and the factors they identified, section 47
 * enquiries and child protection plans. The mapping, field by field, is docs/data-in.md's "Children in Need census".
 *
 * <p>Record ids are made from the census's own keys (the child, the referral date, the start of the assessment, …), so
 * that ingesting the same return again gives the same ids.
 */
final class CinChild {
    private final XmlElement child;
    private final Origin origin;
    private final StagingFolder staging;
    private String id;

    CinChild(XmlElement child, Origin origin, StagingFolder staging) {
        this.child = child;
        this.origin = origin;
        this.staging = staging;
    }

    void stage() throws IOException {
        XmlElement identifiers = child.child("ChildIdentifiers");
        id = identifiers == null ? "" : identifiers.text("LAchildID");
        if (id.isEmpty()) {
            staging.reject(origin, "LAchildID", "", "a <Child> with no LAchildID is not staged: its records would belong to no one");
            return;
        }
        staging.person(person(identifiers), origin);
        for (XmlElement details : child.all("CINdetails")) {
            episode(details);
        }
    }

    private StagedPerson person(XmlElement identifiers) throws IOException {
        StagedPerson person = new StagedPerson(id, origin.provider())
                .set(PersonColumn.LOCAL_CHILD_ID, id, "LAchildID")
                .set(PersonColumn.UPN, identifiers.text("UPN"), "UPN", identifiers.lineOf("UPN"))
                .set(PersonColumn.FORMER_UPN, identifiers.text("FormerUPN"), "FormerUPN", identifiers.lineOf("FormerUPN"))
                .set(PersonColumn.HOUSEHOLD_REF, id, "LAchildID");
        person.set(PersonColumn.DATE_OF_BIRTH, isoDate(identifiers, "PersonBirthDate"), "PersonBirthDate");
        person.set(PersonColumn.SEX, sex(identifiers), identifiers.child("Sex") != null ? "Sex" : "GenderCurrent");
        return person;
    }

    /** Sex (from 2024 to 2025) wins over GenderCurrent (before); a child given both, differing, is reported. */
    private String sex(XmlElement identifiers) throws IOException {
        String sex = code(identifiers, "Sex", CinCodes.SEX);
        String gender = code(identifiers, "GenderCurrent", CinCodes.GENDER_CURRENT);
        if (sex != null && gender != null && !sex.equals(gender)) {
            staging.reject(origin.at(identifiers.lineOf("GenderCurrent")), "GenderCurrent", identifiers.text("GenderCurrent"),
                    "GenderCurrent says " + gender + " and Sex says " + sex + "; Sex, the newer, is staged");
        }
        return sex != null ? sex : gender;
    }

    /** The canonical code of an element's value, or null (reporting a value that is not in the list). */
    private String code(XmlElement parent, String field, Map<String, String> codes) throws IOException {
        String value = parent.text(field);
        if (value.isEmpty()) {
            return null;
        }
        String code = codes.get(value);
        if (code == null) {
            staging.reject(origin.at(parent.lineOf(field)), field, value, Excerpt.quoted(value) + " is not a " + field
                    + " code (" + CinCodes.listed(codes) + ")");
        }
        return code == null || code.isEmpty() ? null : code;
    }

    private void episode(XmlElement details) throws IOException {
        Origin here = origin.at(details.line());
        String referral = isoDate(details, "CINreferralDate");
        if (referral == null) {
            if (details.text("CINreferralDate").isEmpty()) {
                staging.reject(here, "CINreferralDate", "", "a <CINdetails> with no CINreferralDate is not staged:"
                        + " every record of an episode of need is dated from its referral");
            }
            return;
        }
        String key = id + "/" + referral;
        staging.record(RecordKind.REFERRALS, new RecordRow()
                .put("record_id", key + "/referral", "CINreferralDate")
                .put("person_id", id, "LAchildID")
                .put("date", referral, "CINreferralDate")
                .set("referred_to", "childrens_social_care")
                .put("reason", code(details, "PrimaryNeedCode", CinCodes.PRIMARY_NEED), "PrimaryNeedCode")
                .set("source", origin.provider()), here);
        String closure = isoDate(details, "CINclosureDate");
        Boolean noFurtherAction = flag(details, "ReferralNFA");
        if (Boolean.FALSE.equals(noFurtherAction)) {
            staging.record(RecordKind.SOCIAL_CARE, new RecordRow()
                    .put("record_id", key + "/child_in_need", "CINreferralDate")
                    .put("person_id", id, "LAchildID")
                    .set("episode_type", "child_in_need")
                    .put("start_date", referral, "CINreferralDate")
                    .put("end_date", closure, "CINclosureDate")
                    .put("end_reason", closure == null ? null : code(details, "ReasonForClosure", CinCodes.CLOSURE), "ReasonForClosure")
                    .set("source", origin.provider()), here);
        }
        for (XmlElement assessment : details.all("Assessments")) {
            assessment(key, assessment, closure);
        }
        for (XmlElement enquiry : details.all("Section47")) {
            section47(key, enquiry);
        }
        for (XmlElement plan : details.all("ChildProtectionPlans")) {
            protectionPlan(key, plan, closure);
        }
        for (XmlElement plan : details.all("CINPlanDates")) {
            isoDate(plan, "CINPlanStartDate");
            isoDate(plan, "CINPlanEndDate");
        }
    }

    private void assessment(String key, XmlElement assessment, String closure) throws IOException {
        RecordRow row = spell(assessment, "AssessmentActualStartDate", "an assessment", "single_assessment", key + "/assessment/");
        if (row == null) {
            return;
        }
        String authorised = isoDate(assessment, "AssessmentAuthorisationDate");
        staging.record(RecordKind.SOCIAL_CARE, row.put("end_date", authorised, "AssessmentAuthorisationDate"), origin.at(assessment.line()));
        XmlElement factors = assessment.child("FactorsIdentifiedAtAssessment");
        if (factors == null) {
            return;
        }
        String assessmentKey = row.cells().get("record_id");
        for (XmlElement factor : factors.all("AssessmentFactors")) {
            new CinFactor(id, assessmentKey, authorised, closure, origin.at(factor.line()), staging).stage(factor.text());
        }
    }

    /**
     * An enquiry runs to the initial child protection conference it led to; one that needed no conference
     * (ICPCnotRequired) ends with no further action by its conference's target date, the census giving no other day.
     */
    private void section47(String key, XmlElement enquiry) throws IOException {
        RecordRow row = spell(enquiry, "S47ActualStartDate", "a section 47 enquiry", "section_47_enquiry", key + "/section_47/");
        if (row == null) {
            return;
        }
        String conference = isoDate(enquiry, "DateOfInitialCPC");
        String target = isoDate(enquiry, "InitialCPCtarget");
        boolean notRequired = !enquiry.text("ICPCnotRequired").isEmpty() && Boolean.TRUE.equals(flag(enquiry, "ICPCnotRequired"));
        if (conference != null) {
            row.put("end_date", conference, "DateOfInitialCPC");
        } else if (notRequired) {
            row.put("end_date", target, "InitialCPCtarget").put("end_reason", target == null ? null : "no_further_action", "ICPCnotRequired");
        }
        staging.record(RecordKind.SOCIAL_CARE, row, origin.at(enquiry.line()));
    }

    /** A plan that ends when the episode closes is closed; one that ends while the child is still in need steps down. */
    private void protectionPlan(String key, XmlElement plan, String closure) throws IOException {
        RecordRow row = spell(plan, "CPPstartDate", "a child protection plan", "child_protection_plan", key + "/child_protection_plan/");
        if (row == null) {
            return;
        }
        String end = isoDate(plan, "CPPendDate");
        code(plan, "InitialCategoryOfAbuse", CinCodes.CATEGORIES_OF_ABUSE);
        code(plan, "LatestCategoryOfAbuse", CinCodes.CATEGORIES_OF_ABUSE);
        staging.record(RecordKind.SOCIAL_CARE, row
                .put("end_date", end, "CPPendDate")
                .put("end_reason", end == null ? null : end.equals(closure) ? "closed" : "stepped_down", "CPPendDate"),
                origin.at(plan.line()));
    }

    /**
     * The social_care.csv row of a group dated by its start field, its id the key and the start; null when the start
     * is missing (reported: it is what dates the group) or not a date (reported by {@link #isoDate}).
     */
    private RecordRow spell(XmlElement group, String startField, String what, String episodeType, String idPrefix) throws IOException {
        String start = isoDate(group, startField);
        if (start == null) {
            if (group.text(startField).isEmpty()) {
                staging.reject(origin.at(group.line()), startField, "", what + " with no " + startField + " is not staged: it is"
                        + " what dates it");
            }
            return null;
        }
        return new RecordRow()
                .put("record_id", idPrefix + start, startField)
                .put("person_id", id, "LAchildID")
                .set("episode_type", episodeType)
                .put("start_date", start, startField)
                .set("source", origin.provider());
    }

    /** An xs:date element's value as an ISO date, or null (reporting a value that is not a date). */
    private String isoDate(XmlElement parent, String field) throws IOException {
        String text = parent.text(field);
        if (text.isEmpty()) {
            return null;
        }
        LocalDate day = text.contains("/") ? null : SourceDate.parse(text);
        if (day == null) {
            staging.reject(origin.at(parent.lineOf(field)), field, text, Excerpt.quoted(text) + " is not a date (xs:date:"
                    + " YYYY-MM-DD, a day the calendar has)");
            return null;
        }
        return day.toString();
    }

    private Boolean flag(XmlElement parent, String field) throws IOException {
        String text = parent.text(field);
        Boolean value = XmlBoolean.parse(text);
        if (value == null) {
            staging.reject(origin.at(parent.lineOf(field)), field, text, (text.isEmpty() ? "is missing" : Excerpt.quoted(text)
                    + " is not a yes or no") + ": " + XmlBoolean.reason(field) + whatFollows(field));
        }
        return value;
    }

    private static String whatFollows(String field) {
        return field.equals("ReferralNFA") ? "; the episode of need is not staged, since whether the referral led to one is not known" : "";
    }
}
