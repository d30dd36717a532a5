package org.hearth.io.matching;

import java.time.LocalDate;

/** Source people for the matching tests, built field by field. */
final class People {
    private String source = "police";
    private String id = "1";
    private String upn;
    private String formerUpn;
    private String nhs;
    private String ni;
    private String localChildId;
    private String given = "Sarah";
    private String family = "Ashworth";
    private String former;
    private LocalDate born = LocalDate.of(1985, 6, 14);
    private String sex = "female";
    private String postcode = "ZY1 1AB";
    private String address;
    private String uprn;

    static People person(String source, String id) {
        People p = new People();
        p.source = source;
        p.id = id;
        return p;
    }

    People named(String given, String family) {
        this.given = given;
        this.family = family;
        return this;
    }

    People formerly(String former) {
        this.former = former;
        return this;
    }

    People born(String date) {
        this.born = date == null ? null : LocalDate.parse(date);
        return this;
    }

    People sex(String sex) {
        this.sex = sex;
        return this;
    }

    People at(String postcode) {
        this.postcode = postcode;
        return this;
    }

    People living(String address, String uprn) {
        this.address = address;
        this.uprn = uprn;
        return this;
    }

    People upn(String upn, String formerUpn) {
        this.upn = upn;
        this.formerUpn = formerUpn;
        return this;
    }

    People nhs(String nhs) {
        this.nhs = nhs;
        return this;
    }

    People ni(String ni) {
        this.ni = ni;
        return this;
    }

    People localChildId(String id) {
        this.localChildId = id;
        return this;
    }

    SourcePerson build() {
        return new SourcePerson(new SourcePersonKey(source, id), source, upn, formerUpn, nhs, ni, localChildId, given,
                family, former, born, sex, postcode, address, uprn, null);
    }

    PreparedPerson prepared(int index) {
        return new PreparedPerson(index, build(), Nicknames.standard());
    }
}
