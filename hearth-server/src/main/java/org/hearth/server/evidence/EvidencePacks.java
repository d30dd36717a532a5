package org.hearth.server.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hearth.server.ReadSnapshot;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.family.FamilyDirectory;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Produces the evidence packs of the families a user may see, from the decisions they stand on now. Each family is
 * asked of {@link Access} first, and every pack produced or refused is in the audit log ({@code evidence pack
 * produced}, {@code evidence pack refused}), as a view of the family is. A sample is produced whole or not at all:
 * one family the user may not see, or that has no decision, and there is no PDF.
 */
@Service
class EvidencePacks {
    /**
     * The most families one sample holds: more than a spot check asks for at once, and few enough to lay out while the
     * person waits (a family's pack takes well under a second).
     */
    static final int LARGEST_SAMPLE = 50;

    private final CurrentEvidence evidence;
    private final FamilyDirectory directory;
    private final EvidencePackPdf pdf;
    private final Access access;
    private final AuditLog audit;
    private final TransactionTemplate snapshot;
    /** A sample's entries in the audit log are written together or not at all. */
    private final TransactionTemplate recording;

    EvidencePacks(CurrentEvidence evidence, FamilyDirectory directory, EvidencePackPdf pdf, Access access, AuditLog audit,
                  PlatformTransactionManager transactions) {
        this.evidence = evidence;
        this.directory = directory;
        this.pdf = pdf;
        this.access = access;
        this.audit = audit;
        // Every family read as at one moment, so a sign-off in between cannot mix two decisions in one pack.
        this.snapshot = ReadSnapshot.of(transactions);
        this.recording = new TransactionTemplate(transactions);
    }

    /**
     * What was asked for: the PDF, or the families that have no pack for this user (none the user may see, or not
     * evaluated yet), in the order asked.
     */
    record Produced(byte[] pdf, List<String> unavailable) {
    }

    /** One family's pack. */
    Produced family(CurrentUser user, String familyId) {
        return produce(user, List.of(familyId), false);
    }

    /** The packs of a sample's families ({@link SampleList}), in its order, after a cover page listing them. */
    Produced sample(CurrentUser user, SampleList sample) {
        return produce(user, sample.familyIds(), true);
    }

    /**
     * The families of the list that have no pack for this user, in the order given: those the user may not see (each
     * refusal audited) and those not evaluated yet. What a form checks before it asks for the PDF.
     */
    List<String> unavailable(CurrentUser user, List<String> familyIds) {
        return familyIds.stream().filter(familyId -> !visible(user, familyId) || directory.runOf(familyId) == null).toList();
    }

    private Produced produce(CurrentUser user, List<String> familyIds, boolean sample) {
        List<String> visible = familyIds.stream().filter(familyId -> visible(user, familyId)).toList();
        List<StoredEvidence> stored = read(visible);
        if (stored.size() < familyIds.size()) {
            List<String> read = stored.stream().map(StoredEvidence::familyId).toList();
            return new Produced(null, familyIds.stream().filter(familyId -> !read.contains(familyId)).toList());
        }
        List<EvidencePack> packs = stored.stream().map(EvidencePack::of).toList();
        EvidencePackPdf.Production production = new EvidencePackPdf.Production(user.displayName(), user.username(),
                Instant.now());
        byte[] made = sample ? pdf.sample(packs, production) : pdf.family(packs.get(0), production);
        recording.executeWithoutResult(status -> packs.forEach(pack -> audit.record(user.username(),
                "evidence pack produced", pack.familyId(), "evaluation run " + pack.standing().runId()
                        + (sample ? ", in a sample of " + packs.size() : ""))));
        return new Produced(made, List.of());
    }

    /** Whether the user may see the family; a refusal is audited, as a refused view of the family is. */
    private boolean visible(CurrentUser user, String familyId) {
        boolean allowed = access.canSeeFamily(user, familyId);
        if (!allowed) {
            audit.record(user.username(), "evidence pack refused", familyId, "");
        }
        return allowed;
    }

    /** The stored evidence of each family that has a decision, in the order given, all read as at one moment. */
    private List<StoredEvidence> read(List<String> familyIds) {
        return snapshot.execute(status -> familyIds.stream().map(evidence::of).flatMap(Optional::stream).toList());
    }
}
