package org.hearth.io.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonIndexFilesTest {
    private static final SourcePersonKey POLICE = new SourcePersonKey("police", "P1");
    private static final SourcePersonKey DWP = new SourcePersonKey("dwp", "=D1");

    @TempDir
    Path folder;

    @Test
    void theThreeFilesSayWhoIsWhoAndWhy() throws IOException {
        List<FieldContribution> parts = List.of(
                new FieldContribution("given_name", "nickname", 0.0176, 0.0006, 4.874, 0),
                new FieldContribution("family_name", "exact", 0.9653, 0.0044, 7.777, 2.1),
                FieldContribution.missing("postcode"));
        Link accepted = new Link(POLICE, DWP, Link.Basis.PROBABILISTIC, Link.Status.ACCEPTED, 9.5, 0.9986, parts,
                "match weight 9.50");
        Link queued = new Link(DWP, POLICE, Link.Basis.IDENTIFIER, Link.Status.REVIEW, -3.25, 0.0951, parts,
                "same NI number AB123456C, but dates of birth and given names far apart");
        Map<SourcePersonKey, String> ids = new LinkedHashMap<>();
        ids.put(POLICE, "HP-1");
        ids.put(DWP, "HP-1");
        PersonIndex index = new PersonIndex(ids, List.of(accepted), List.of(queued), List.of(),
                new PersonIndex.ModelParameters(0.001, List.of()));
        List<SourcePerson> people = List.of(People.person("police", "P1").named("Bill", "Pugh").build(),
                People.person("dwp", "=D1").named("William", "Pugh").ni("AB123456C").build());

        PersonIndexFiles.write(folder, index, people);

        assertThat(Files.readAllLines(folder.resolve("person_index.csv")))
                .containsExactly("person_id,source,source_person_id", "HP-1,police,P1", "HP-1,dwp,'=D1");
        String explanation = "given_name: nickname (m 0.0176, u 0.0006, weight +4.87, tf +0.00); "
                + "family_name: exact (m 0.9653, u 0.0044, weight +7.78, tf +2.10); postcode: missing";
        assertThat(Files.readAllLines(folder.resolve("links.csv"))).containsExactly(
                "source_a,source_person_id_a,source_b,source_person_id_b,status,basis,match_weight,match_probability,"
                        + "note,explanation",
                "police,P1,dwp,'=D1,accepted,probabilistic,9.5000,0.9986,match weight 9.50,\"" + explanation + "\"");
        List<String> review = Files.readAllLines(folder.resolve("review.csv"));
        assertThat(review.get(0)).isEqualTo("source_a,source_person_id_a,source_b,source_person_id_b,match_weight,"
                + "match_probability,why,given_name_a,given_name_b,family_name_a,family_name_b,former_family_name_a,"
                + "former_family_name_b,date_of_birth_a,date_of_birth_b,sex_a,sex_b,postcode_a,postcode_b,upn_a,upn_b,"
                + "nhs_number_a,nhs_number_b,ni_number_a,ni_number_b,local_child_id_a,local_child_id_b,explanation");
        assertThat(review.get(1)).startsWith("dwp,'=D1,police,P1,-3.2500,0.0951,\"same NI number AB123456C, but dates "
                + "of birth and given names far apart\",William,Bill,Pugh,Pugh,,,1985-06-14,1985-06-14,female,female,"
                + "ZY1 1AB,ZY1 1AB,,,,,AB123456C,,,,");
    }

    @Test
    void noPeopleMakeAnEmptyIndex() {
        PersonIndex index = new PersonLinker(LinkSettings.DEFAULTS).link(List.of(), ReviewDecisions.none());
        assertThat(index.personIds()).isEmpty();
        assertThat(index.links()).isEmpty();
    }

    @Test
    void onePersonIsTheirOwnPerson() {
        SourcePerson alone = People.person("police", "P1").build();
        PersonIndex index = new PersonLinker(LinkSettings.DEFAULTS).link(List.of(alone), ReviewDecisions.none());
        assertThat(index.personId(alone.key())).startsWith("HP-").hasSize(19);
        assertThat(index.reviewQueue()).isEmpty();
    }
}
