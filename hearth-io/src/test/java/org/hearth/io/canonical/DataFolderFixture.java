package org.hearth.io.canonical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small valid data folder written from text, which a test changes file by file: three people (a
 * mother, her son, a father in another family), two families, one intervention with one change of
 * tier and two professionals in its Team Around the Family, and one offence. Line numbers in the tests count from these texts: the header is line 1.
 */
final class DataFolderFixture {
    static final String PEOPLE = """
            person_id,date_of_birth,sex,mother_id
            P-1,1985-04-02,female,
            P-2,2005-09-12,male,P-1
            P-3,1983-01-20,male,
            """;
    static final String FAMILIES = """
            family_id,reference
            F-1,FM-0001
            F-2,
            """;
    static final String MEMBERSHIPS = """
            family_id,person_id,role,parenting_responsibility,start_date,end_date
            F-1,P-1,parent_carer,true,2014-01-01,
            F-1,P-2,child,false,2014-01-01,
            F-2,P-3,parent_carer,true,2014-01-01,
            """;
    static final String INTERVENTIONS = """
            intervention_id,family_id,engaged_on,lead_worker,lead_organisation,tier,closed_on,closure_reason
            I-1,F-1,2015-06-01,key worker,Early Help,targeted_early_help,,
            """;
    static final String TIER_CHANGES = """
            record_id,intervention_id,date,tier
            TC-1,I-1,2015-09-01,child_in_need
            """;
    static final String TEAM_AROUND_FAMILY = """
            record_id,intervention_id,professional,role,organisation,start_date,end_date,source
            TA-1,I-1,Sam Patel,school nurse,school nursing service,2015-06-01,,case file
            TA-2,I-1,,housing officer,housing,2015-07-15,2016-03-01,
            """;
    static final String OFFENCES = """
            record_id,person_id,date,disposal,serious,gravity,source
            OF-1,P-2,2015-01-10,conviction,false,3,YOS
            """;

    private final Path folder;
    private final Map<String, String> files = new LinkedHashMap<>();

    private DataFolderFixture(Path folder) {
        this.folder = folder;
        files.put("people.csv", PEOPLE);
        files.put("families.csv", FAMILIES);
        files.put("memberships.csv", MEMBERSHIPS);
        files.put("interventions.csv", INTERVENTIONS);
        files.put("tier_changes.csv", TIER_CHANGES);
        files.put("team_around_family.csv", TEAM_AROUND_FAMILY);
        files.put("offences.csv", OFFENCES);
    }

    /** The valid folder, to be written in the given directory. */
    static DataFolderFixture in(Path folder) {
        return new DataFolderFixture(folder);
    }

    /** Replaces (or adds) a file. */
    DataFolderFixture with(String file, String text) {
        files.put(file, text);
        return this;
    }

    DataFolderFixture without(String file) {
        files.remove(file);
        return this;
    }

    /** Writes the files and returns the folder. */
    Path write() {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
