package org.hearth.io.canonical;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.hearth.engine.HearthException;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.SchoolCalendar;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.io.PersonName;
import org.hearth.io.Population;
import org.hearth.io.TeamMember;
import org.hearth.io.canonical.CoreLayouts.FamilyRow;
import org.hearth.io.canonical.CoreLayouts.PersonRow;
import org.hearth.io.canonical.CoreLayouts.TierChangeRow;

/**
 * One reading of a canonical folder. Every header is checked before any row is read; then the files
 * are read in three waves, each file of a wave on its own thread, because each wave refers only to
 * what earlier waves gave: (1) people, families and school terms; (2) memberships and interventions
 * (interventions refer only to families, so they start as soon as families.csv is read, while people.csv
 * may still be read); (3) tier changes, Teams Around the Family (both refer to interventions) and every
 * record file, which are most of the data. A large file is read in parts, on every thread
 * ({@link SplitRead}), with the same outcome as reading it whole.
 */
final class FolderRead {
    private final Path folder;
    private final boolean skipInvalid;
    /** Whether every error is kept, not only the first {@value CanonicalReader#ERROR_LIMIT}. */
    private final boolean everyError;
    private final ReadContext context;
    private final Map<String, TableFile<?>> tables = new HashMap<>();
    private final Map<String, Problems> problems = new LinkedHashMap<>();
    private final SplitRead.Policy split;
    private ExecutorService pool;

    FolderRead(Path folder, boolean skipInvalid, boolean everyError) {
        this(folder, skipInvalid, everyError, SplitRead.Policy.of(SplitRead.THRESHOLD, threads()));
    }

    /** @param split which files are read in parts, and in how many */
    FolderRead(Path folder, boolean skipInvalid, boolean everyError, SplitRead.Policy split) {
        this.folder = folder;
        this.split = split;
        this.skipInvalid = skipInvalid;
        this.everyError = skipInvalid || everyError;
        this.context = new ReadContext(skipInvalid);
        for (Layout<?> layout : DataFolder.layouts()) {
            problems.put(layout.file(), new Problems(layout.file(), this.everyError));
        }
    }

    ReadResult run() {
        try {
            tables.putAll(FolderFiles.open(folder));
        } catch (IOException e) {
            throw new HearthException("Cannot read the data folder " + folder + ": " + e.getMessage(), e);
        }
        pool = Executors.newFixedThreadPool(threads(), task -> {
            Thread thread = new Thread(task, "canonical-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return readRows();
        } finally {
            pool.shutdownNow();
        }
    }

    private static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** The folder's shared context, as the reading left it (for tests reading its files again). */
    ReadContext context() {
        return context;
    }

    private ReadResult readRows() {
        boolean cascade = context.cascade();
        // The small files first, so that families.csv is soon read and interventions.csv, which refers only to
        // families, can be read beside people.csv.
        Future<CoreRows<FamilyRow>> familiesRead = readCore(CoreLayouts.FAMILIES, CoreLayouts.FAMILIES.key());
        Future<CoreRows<SchoolTerm>> termsRead = readCore(CoreLayouts.SCHOOL_TERMS, null);
        Future<CoreRows<PersonRow>> peopleRead = readCore(CoreLayouts.PEOPLE, CoreLayouts.PEOPLE.key());
        // Families' errors are thrown only where they were before, after people's: the first reported stays the same.
        CoreRows<FamilyRow> families = readOrNull(familiesRead);
        Future<CoreRows<Intervention>> interventionsRead = null;
        if (families != null) {
            context.families(ids(CoreLayouts.FAMILIES_FILE, "family", families.rows(), FamilyRow::familyId,
                    families.rejected()));
            interventionsRead = readCore(CoreLayouts.INTERVENTIONS, CoreLayouts.INTERVENTIONS.key());
        }
        CoreRows<PersonRow> peopleRows = get(peopleRead);
        List<Numbered<PersonRow>> born = CoreChecks.bornBy(LocalDate.now(ZoneId.of("Europe/London")), peopleRows.rows(),
                peopleRows.rejected(), table(CoreLayouts.PEOPLE), problems(CoreLayouts.PEOPLE));
        List<Numbered<PersonRow>> people = CoreChecks.mothers(born, peopleRows.rejected(),
                table(CoreLayouts.PEOPLE), problems(CoreLayouts.PEOPLE), cascade);
        context.people(ids(CoreLayouts.PEOPLE_FILE, "person", people, PersonRow::personId, peopleRows.rejected()));
        if (families == null) {
            families = get(familiesRead); // throws what ended its reading
            context.families(ids(CoreLayouts.FAMILIES_FILE, "family", families.rows(), FamilyRow::familyId,
                    families.rejected()));
            interventionsRead = readCore(CoreLayouts.INTERVENTIONS, CoreLayouts.INTERVENTIONS.key());
        }
        context.terms(table(CoreLayouts.SCHOOL_TERMS) == null ? TermLookup.standard()
                : TermLookup.of(new SchoolCalendar(CoreChecks.terms(get(termsRead).rows(),
                        table(CoreLayouts.SCHOOL_TERMS), problems(CoreLayouts.SCHOOL_TERMS)))));

        Future<CoreRows<Membership>> membershipsRead =
                readCore(CoreLayouts.MEMBERSHIPS, CoreLayouts.MEMBERSHIPS.column("person_id"));
        CoreRows<Membership> membershipRows = get(membershipsRead);
        List<Numbered<Membership>> memberships = CoreChecks.memberships(membershipRows.rows(), people,
                table(CoreLayouts.MEMBERSHIPS), problems(CoreLayouts.MEMBERSHIPS));
        if (cascade) {
            Map<String, Long> stranded = new HashMap<>(membershipRows.rejected());
            for (Numbered<Membership> membership : memberships) {
                stranded.remove(membership.value().personId());
            }
            context.stranded(stranded);
        }
        CoreRows<Intervention> interventionRows = get(interventionsRead);
        context.interventions(ids(CoreLayouts.INTERVENTIONS_FILE, "intervention", interventionRows.rows(),
                Intervention::interventionId, interventionRows.rejected()));

        Future<CoreRows<TierChangeRow>> tierChangesRead = readCore(CoreLayouts.TIER_CHANGES, null);
        Future<CoreRows<TeamMember>> teamRead = readCore(CoreLayouts.TEAM_AROUND_FAMILY, null);
        // The largest files first, so that the last to finish is a small one and no core waits long at the end.
        Map<RecordKind<?>, Future<? extends RecordRows<?>>> recordsRead = new HashMap<>();
        List<RecordKind<?>> largestFirst = new ArrayList<>(RecordKind.all());
        largestFirst.sort(Comparator.comparingLong((RecordKind<?> kind) -> bytes(RecordLayouts.of(kind))).reversed());
        for (RecordKind<?> kind : largestFirst) {
            recordsRead.put(kind, readRecords(RecordLayouts.of(kind)));
        }
        List<Intervention> interventions = CoreChecks.tierChanges(interventionRows.rows(), get(tierChangesRead).rows(),
                table(CoreLayouts.TIER_CHANGES), problems(CoreLayouts.TIER_CHANGES));
        List<TeamMember> team = CoreChecks.teamMembers(interventionRows.rows(), get(teamRead).rows(),
                table(CoreLayouts.TEAM_AROUND_FAMILY), problems(CoreLayouts.TEAM_AROUND_FAMILY));
        List<TimelineRecord> records = new ArrayList<>();
        for (RecordKind<?> kind : RecordKind.all()) {
            records.addAll(get(recordsRead.get(kind)).records());
        }

        List<RejectedRow> rejected = new ArrayList<>();
        long errorCount = 0;
        for (Problems file : problems.values()) {
            rejected.addAll(file.rows());
            errorCount += file.errorCount();
        }
        if (!skipInvalid && errorCount > 0) {
            throw new InvalidDataException(folder.toString(), everyError ? allErrors(rejected) : firstErrors(rejected),
                    errorCount);
        }
        return new ReadResult(population(families.rows(), people, memberships, interventions, team, records), rejected);
    }

    private Population population(List<Numbered<FamilyRow>> familyRows, List<Numbered<PersonRow>> personRows,
                                  List<Numbered<Membership>> memberships, List<Intervention> interventions,
                                  List<TeamMember> team, List<TimelineRecord> records) {
        List<String> families = new ArrayList<>(familyRows.size());
        Map<String, String> references = new HashMap<>();
        for (Numbered<FamilyRow> row : familyRows) {
            families.add(row.value().familyId());
            if (row.value().reference() != null) {
                references.put(row.value().familyId(), row.value().reference());
            }
        }
        List<Person> people = new ArrayList<>(personRows.size());
        Map<String, PersonName> names = new HashMap<>();
        for (Numbered<PersonRow> row : personRows) {
            people.add(row.value().person());
            if (row.value().name() != null) {
                names.put(row.value().personId(), row.value().name());
            }
        }
        List<Membership> membershipList = values(memberships);
        SchoolCalendar calendar = context.terms().calendar(() -> DataSpan.of(membershipList, interventions, records));
        return new Population(families, people, membershipList, interventions, calendar, records, references, names,
                team);
    }

    private static List<DataError> firstErrors(List<RejectedRow> rows) {
        List<DataError> errors = new ArrayList<>();
        for (RejectedRow row : rows) {
            for (DataError error : row.reasons()) {
                if (errors.size() == CanonicalReader.ERROR_LIMIT) {
                    return errors;
                }
                errors.add(error);
            }
        }
        return errors;
    }

    private static List<DataError> allErrors(List<RejectedRow> rows) {
        List<DataError> errors = new ArrayList<>();
        for (RejectedRow row : rows) {
            errors.addAll(row.reasons());
        }
        return errors;
    }

    /**
     * The rows of a core file that were valid, and the ids (or people) of those that were not, with the
     * line of the first row rejected for each.
     */
    private static final class CoreRows<T> implements SplitRead.Sink<T, CoreRows<T>> {
        private final Column<T, ?> tracked;
        private final List<Numbered<T>> rows = new ArrayList<>();
        private final Map<String, Long> rejected = new HashMap<>();
        /** The ids put in rejected, in the order they were put, for a part's to be put after an earlier part's. */
        private final List<String> rejectedOrder = new ArrayList<>();

        CoreRows(Column<T, ?> tracked) {
            this.tracked = tracked;
        }

        List<Numbered<T>> rows() {
            return rows;
        }

        Map<String, Long> rejected() {
            return rejected;
        }

        @Override
        public void accepted(T value, long line) {
            rows.add(new Numbered<>(value, line));
        }

        /** The id is taken now: the values are the reader's, reused for the next row. */
        @Override
        public void rejected(Values values, long line) {
            Object id = tracked == null ? null : values.get(tracked);
            if (id != null) {
                reject((String) id, line);
            }
        }

        private void reject(String id, long line) {
            if (rejected.putIfAbsent(id, line) == null) {
                rejectedOrder.add(id);
            }
        }

        @Override
        public void append(CoreRows<T> later) {
            rows.addAll(later.rows);
            for (String id : later.rejectedOrder) {
                reject(id, later.rejected.get(id));
            }
        }
    }

    /** The valid records of a record file. */
    private static final class RecordRows<T extends TimelineRecord> implements SplitRead.Sink<T, RecordRows<T>> {
        private final List<T> records = new ArrayList<>();

        List<T> records() {
            return records;
        }

        @Override
        public void accepted(T value, long line) {
            records.add(value);
        }

        @Override
        public void append(RecordRows<T> later) {
            records.addAll(later.records);
        }
    }

    private <T> Future<CoreRows<T>> readCore(Layout<T> layout, Column<T, ?> tracked) {
        TableFile<T> table = table(layout);
        if (table == null) {
            return CompletableFuture.completedFuture(new CoreRows<>(tracked));
        }
        return SplitRead.read(table, context, problems(layout), () -> new CoreRows<>(tracked), split, pool);
    }

    private <T extends TimelineRecord> Future<RecordRows<T>> readRecords(Layout<T> layout) {
        TableFile<T> table = table(layout);
        if (table == null) {
            return CompletableFuture.completedFuture(new RecordRows<>());
        }
        return SplitRead.read(table, context, problems(layout), RecordRows::new, split, pool);
    }

    private <T> Ids ids(String file, String what, List<Numbered<T>> rows, Function<T, String> id,
                        Map<String, Long> rejected) {
        IdTable accepted = new IdTable();
        for (Numbered<T> row : rows) {
            accepted.putIfAbsent(id.apply(row.value()), row.line());
        }
        return new Ids(file, what, accepted, rejected, context.cascade());
    }

    private static <T> List<T> values(List<Numbered<T>> rows) {
        List<T> values = new ArrayList<>(rows.size());
        for (Numbered<T> row : rows) {
            values.add(row.value());
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private <T> TableFile<T> table(Layout<T> layout) {
        return (TableFile<T>) tables.get(layout.file());
    }

    /** The size of the layout's file in the folder; 0 when it has none. */
    private long bytes(Layout<?> layout) {
        TableFile<?> table = table(layout);
        return table == null ? 0 : table.bytes();
    }

    private Problems problems(Layout<?> layout) {
        return problems.get(layout.file());
    }

    /** What the reading gave, or null when it ended with an exception (which {@link #get} will throw). */
    private <T> T readOrNull(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HearthException("Interrupted while reading the data folder", e);
        } catch (ExecutionException e) {
            return null;
        }
    }

    private <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HearthException("Interrupted while reading the data folder", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof IOException io) {
                throw new HearthException("Cannot read the data folder " + folder + ": " + io.getMessage(), io);
            }
            throw new HearthException("Cannot read the data folder " + folder, cause);
        }
    }
}
