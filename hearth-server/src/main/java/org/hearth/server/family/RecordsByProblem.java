package org.hearth.server.family;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;

/**
 * The records held about a family, grouped as a key worker reads them: under each of the plan's problems the
 * records it reads ({@link RecordReaders}), and apart the records no problem reads. A record read by two problems
 * is shown under both.
 *
 * @param problems the plan's problems in its order, each with the files of records it reads that the family has
 * @param others the records no problem of the plan reads, by file
 */
record RecordsByProblem(List<ProblemRecords> problems, Map<String, List<HeldRecord>> others) {

    /**
     * One problem's records.
     *
     * @param identified the family's decision identified the problem
     * @param files the records by file, in the order the family's records came
     */
    record ProblemRecords(String id, String name, boolean identified, Map<String, List<HeldRecord>> files) {
        /** How many records the problem's files hold together. */
        public int count() {
            return files.values().stream().mapToInt(List::size).sum();
        }
    }

    /**
     * @param plan the plan the family's decision was made under; null (no decision yet) puts every record apart
     * @param byFile the family's records by file ({@link HeldRecord#byFile})
     * @param identified the ids of the problems the decision identified
     */
    static RecordsByProblem group(Plan plan, Map<String, List<HeldRecord>> byFile, Set<String> identified) {
        RecordReaders readers = new RecordReaders(plan);
        Map<String, Map<String, List<HeldRecord>>> byProblem = new LinkedHashMap<>();
        Map<String, List<HeldRecord>> others = new LinkedHashMap<>();
        for (Map.Entry<String, List<HeldRecord>> file : byFile.entrySet()) {
            for (HeldRecord record : file.getValue()) {
                List<String> problems = readers.of(file.getKey(), record.fields().get("question"));
                if (problems.isEmpty()) {
                    others.computeIfAbsent(file.getKey(), name -> new ArrayList<>()).add(record);
                }
                for (String problem : problems) {
                    byProblem.computeIfAbsent(problem, id -> new LinkedHashMap<>())
                            .computeIfAbsent(file.getKey(), name -> new ArrayList<>()).add(record);
                }
            }
        }
        List<ProblemRecords> problems = new ArrayList<>();
        if (plan != null) {
            for (Problem problem : plan.problems()) {
                problems.add(new ProblemRecords(problem.id(), problem.name(), identified.contains(problem.id()),
                        byProblem.getOrDefault(problem.id(), Map.of())));
            }
        }
        return new RecordsByProblem(problems, others);
    }

    /** True when the family has no records at all beyond who they are. */
    public boolean isEmpty() {
        return others.isEmpty() && problems.stream().allMatch(problem -> problem.files().isEmpty());
    }
}
