package org.hearth.server.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A canonical data folder written by hand for a test, a file at a time (docs/data-format.md). */
final class CanonicalFolder {
    private final Map<String, List<String>> files = new LinkedHashMap<>();

    CanonicalFolder() {
        file("people.csv", "person_id,date_of_birth,sex,mother_id,upn,nhs_number,ni_number,local_child_id");
        file("families.csv", "family_id,reference");
        file("memberships.csv", "family_id,person_id,role,parenting_responsibility,start_date,end_date");
        file("interventions.csv",
                "intervention_id,family_id,engaged_on,lead_worker,lead_organisation,tier,closed_on,closure_reason");
        file("tier_changes.csv", "record_id,intervention_id,date,tier");
    }

    /** Starts a file with its header, or adds rows to it. */
    CanonicalFolder file(String name, String... lines) {
        files.computeIfAbsent(name, file -> new ArrayList<>()).addAll(List.of(lines));
        return this;
    }

    /** A family of a mother (born 1985) and the children given as {@code id:born}, all members from 2014. */
    CanonicalFolder family(String familyId, String mother, String... children) {
        file("families.csv", familyId + ",");
        file("people.csv", mother + ",1985-12-01,female,,,,,");
        file("memberships.csv", familyId + "," + mother + ",parent_carer,true,2014-01-01,");
        for (String child : children) {
            String[] parts = child.split(":");
            file("people.csv", parts[0] + "," + parts[1] + ",unknown," + mother + ",,,,");
            file("memberships.csv", familyId + "," + parts[0] + ",child,false,2014-01-01,");
        }
        return this;
    }

    Path writeTo(Path folder) {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, List<String>> file : files.entrySet()) {
                Files.write(folder.resolve(file.getKey()), file.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
