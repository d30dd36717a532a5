package org.hearth.io.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.HearthException;
import org.hearth.io.generate.MatchingData;
import org.junit.jupiter.api.Test;

/**
 * Known pairs matched and known non-pairs kept apart. Each case's people are linked among 500 generated households
 * (about 2,400 records), so that the model is trained as it would be on an authority's data.
 */
class PersonLinkerTest {
    private static final List<SourcePerson> BACKGROUND = MatchingData.generate(500, 3).records();

    private static PersonIndex link(ReviewDecisions decisions, People... people) {
        List<SourcePerson> all = new ArrayList<>(BACKGROUND);
        for (People p : people) {
            all.add(p.build());
        }
        return new PersonLinker(LinkSettings.DEFAULTS).link(all, decisions);
    }

    private static PersonIndex link(People... people) {
        return link(ReviewDecisions.none(), people);
    }

    private static boolean together(PersonIndex index, People a, People b) {
        return index.personId(a.build().key()).equals(index.personId(b.build().key()));
    }

    private static boolean queued(PersonIndex index, People a, People b) {
        SourcePersonKey x = a.build().key();
        SourcePersonKey y = b.build().key();
        return index.reviewQueue().stream().anyMatch(l -> l.a().equals(x) && l.b().equals(y) || l.a().equals(y) && l.b().equals(x));
    }

    @Test
    void aSharedValidNhsNumberJoinsTwoRecordsWhateverTheirAddresses() {
        People health = People.person("health", "H1").named("Olwen", "Pryce").born("2011-02-17").at("ZY9 9ZZ").nhs("9434765919");
        People social = People.person("social-care", "S1").named("Olwen", "Pryce").born("2011-02-17").at("ZY3 1AB").nhs("9434765919");
        PersonIndex index = link(health, social);
        assertThat(together(index, health, social)).isTrue();
        Link link = index.links().stream().filter(l -> l.basis() == Link.Basis.IDENTIFIER
                && l.note().equals("same NHS number 9434765919")).findFirst().orElseThrow();
        assertThat(link.contributions()).extracting(FieldContribution::field)
                .containsExactly("given_name", "family_name", "date_of_birth", "postcode", "sex", "address");
    }

    @Test
    void anNhsNumberWithABadCheckDigitIsNotAKey() {
        People health = People.person("health", "H1").named("Olwen", "Pryce").born("2011-02-17").nhs("9434765918");
        People police = People.person("police", "P1").named("Bryn", "Tudor").born("1979-08-30").sex("male").nhs("9434765918");
        PersonIndex index = link(health, police);
        assertThat(together(index, health, police)).isFalse();
    }

    @Test
    void aUpnWithTheWrongCheckLetterIsNotAKeyButTheFormerUpnIs() {
        People school = People.person("school-census", "U1").named("Ifan", "Rhys").born("2012-09-01").sex("male")
                .upn("B207000016049", "B801200005001");
        People other = People.person("social-care", "C1").named("Cerys", "Lloyd").born("2013-01-05").upn("B207000016049", null);
        People same = People.person("social-care", "C2").named("Ifan", "Rhys").born("2012-09-01").sex("male").at("ZY4 4QQ")
                .upn("B801200005001", null);
        PersonIndex index = link(school, other, same);
        assertThat(together(index, school, other)).isFalse();
        assertThat(together(index, school, same)).isTrue();
    }

    @Test
    void anIdentifierSharedByTwoPeopleWhoClearlyDifferGoesToReview() {
        People mother = People.person("dwp", "D1").named("Gwenllian", "Morgan").born("1980-05-02").ni("AB123456C");
        People son = People.person("police", "P9").named("Dafydd", "Morgan").born("2004-11-23").sex("male").ni("AB123456C");
        PersonIndex index = link(mother, son);
        assertThat(together(index, mother, son)).isFalse();
        assertThat(queued(index, mother, son)).isTrue();
        Link queuedLink = index.reviewQueue().stream().filter(l -> l.note().startsWith("same NI number")).findFirst().orElseThrow();
        assertThat(queuedLink.note()).contains("dates of birth and given names far apart");
    }

    @Test
    void theSamePersonSpeltDifferentlyAcrossSourcesIsMatched() {
        People police = People.person("police", "P1").named("Bill", "Ashdown-Smith").born("1979-03-04").sex("male").at("zy71ab");
        People dwp = People.person("dwp", "D1").named("William", "Ashdown").born("1979-04-03").sex("male").at("ZY7 1AB");
        PersonIndex index = link(police, dwp);
        assertThat(together(index, police, dwp)).isTrue();
        Link link = index.links().stream().filter(l -> l.a().equals(police.build().key()) || l.b().equals(police.build().key()))
                .findFirst().orElseThrow();
        assertThat(link.basis()).isEqualTo(Link.Basis.PROBABILISTIC);
        assertThat(link.contributions()).extracting(FieldContribution::level).containsExactly("nickname",
                "part of a double-barrelled name, or a former name", "day and month transposed", "full postcode", "same",
                "missing"); // no address given, and with the same postcode it would say nothing more
        double sum = link.contributions().stream().mapToDouble(FieldContribution::total).sum();
        assertThat(link.matchWeight()).isCloseTo(index.model().prior() == 0 ? sum : sum + Math.log(index.model().prior()
                / (1 - index.model().prior())) / Math.log(2), org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void twinsAreKeptApart() {
        People first = People.person("school-census", "T1").named("Megan", "Prothero").born("2014-07-07").at("ZY2 2BB");
        People second = People.person("school-census", "T2").named("Ellis", "Prothero").born("2014-07-07").sex("male").at("ZY2 2BB");
        assertThat(together(link(first, second), first, second)).isFalse();
    }

    /** A father and his son share this name and address. */
    private static People emrys(String source, String id) {
        return People.person(source, id).named("Emrys", "Quenmere").sex("male").at("ZY6 6AA");
    }

    @Test
    void aFatherAndSonOfOneNameAtOneAddressAreNotLinkedWithoutAReviewer() {
        People father = emrys("dwp", "D1").born("1975-05-05");
        People son = emrys("school-census", "S1").born("2008-09-12");
        PersonIndex index = link(father, son);
        assertThat(together(index, father, son)).isFalse();
        assertThat(index.reviewQueue()).anyMatch(l -> l.note().contains("dates of birth are more than a year apart"));
    }

    @Test
    void aRecordWithoutADateOfBirthCannotChainAFatherToHisSon() {
        People father = emrys("dwp", "D1").born("1975-05-05");
        People son = emrys("school-census", "S1").born("2008-09-12");
        People police = emrys("police", "P1").born(null);
        PersonIndex index = link(father, son, police);
        assertThat(together(index, father, son)).isFalse();
        assertThat(together(index, police, father) || together(index, police, son)).isTrue();
    }

    @Test
    void aChainOfLinksCannotJoinTwoPeopleWithDifferentNhsNumbers() {
        People a = People.person("health", "H1").named("Sian", "Bevan").born("1990-01-15").nhs("9434765919");
        People b = People.person("police", "P1").named("Sian", "Bevan").born("1990-01-15");
        People c = People.person("health", "H2").named("Sian", "Bevan").born("1990-01-15").nhs("4010232137");
        PersonIndex index = link(a, b, c);
        assertThat(together(index, a, c)).isFalse();
        assertThat(together(index, a, b) || together(index, b, c)).isTrue();
        assertThat(index.reviewQueue()).anyMatch(l -> l.note().contains("different NHS numbers"));
    }

    @Test
    void aRejectedPairStaysApartAndAnAcceptedOneTogether() {
        People police = People.person("police", "P1").named("Rhian", "Pugh").born("1988-10-10").at("ZY5 5EE");
        People dwp = People.person("dwp", "D1").named("Rhian", "Pugh").born("1988-10-10").at("ZY5 5EE");
        People health = People.person("health", "H7").named("Rhiannon", "Hughes").born("1988-10-01").at("ZY8 8GG");
        PersonIndex before = link(police, dwp, health);
        assertThat(together(before, police, dwp)).isTrue();
        assertThat(together(before, police, health)).isFalse();

        ReviewDecisions decisions = ReviewDecisions.none()
                .with(new ReviewDecision(police.build().key(), dwp.build().key(), false, "analyst1", LocalDate.of(2026, 12, 1)))
                .with(new ReviewDecision(dwp.build().key(), health.build().key(), true, "analyst2", LocalDate.of(2026, 12, 2)));
        PersonIndex after = link(decisions, police, dwp, health);
        assertThat(together(after, police, dwp)).isFalse();
        assertThat(together(after, dwp, health)).isTrue();
        assertThat(after.rejected()).singleElement().satisfies(l -> assertThat(l.note()).isEqualTo("rejected by analyst1 on 2026-12-01"));
        assertThat(after.links()).anyMatch(l -> l.basis() == Link.Basis.REVIEWER && l.note().equals("accepted by analyst2 on 2026-12-02"));
        assertThat(queued(after, police, dwp)).isFalse();
    }

    @Test
    void theSameInputGivesTheSameIndex() {
        People a = People.person("police", "P1").named("Rhian", "Pugh").born("1988-10-10");
        PersonIndex first = link(a);
        PersonIndex second = link(a);
        assertThat(second.personIds()).isEqualTo(first.personIds());
        assertThat(second.model()).isEqualTo(first.model());
    }

    @Test
    void aSourcePersonGivenTwiceIsRefused() {
        People a = People.person("police", "P1");
        assertThatThrownBy(() -> link(a, a)).isInstanceOf(HearthException.class)
                .hasMessageContaining("police/P1 is given twice");
    }
}
