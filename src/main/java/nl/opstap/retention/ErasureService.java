package nl.opstap.retention;

import java.time.Instant;
import java.util.Objects;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.client.FileState;
import nl.opstap.client.FileStates;
import nl.opstap.shared.domain.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Erasure on the person's request (AVG art. 17) by an administrator of the file's municipality (permission FILE_ERASURE). */
@Service
class ErasureService {

    /** What the answer of an erasure says: the placeholder's id (kept), the ground and when. */
    record Done(ClientId id, ErasureGround ground, Instant at) {}

    private final ClientDirectory directory;
    private final FileStates files;
    private final Anonymiser anonymiser;
    private final ProcessingLog log;
    private final java.time.Clock clock;

    ErasureService(ClientDirectory directory, FileStates files, Anonymiser anonymiser, ProcessingLog log, java.time.Clock clock) {
        this.log = log;
        this.directory = directory;
        this.files = files;
        this.anonymiser = anonymiser;
        this.clock = clock;
    }

    /** The file as the erasure page shows it: name and state. Out of scope is not found (and logged as refused). */
    record FileView(ClientRef ref, FileState state) {
        public String fullName() {
            return ref.fullName();
        }

        public java.util.UUID id() {
            return ref.id().value();
        }

        public boolean anonymised() {
            return state.anonymised();
        }

        public boolean benefitRunning() {
            return state.benefitRunning();
        }

        public java.time.@Nullable LocalDate closedOn() {
            return ErasureService.closedOn(state);
        }
    }

    @Transactional
    FileView file(Access access, ClientId id) {
        ClientRef ref = directory.inScope(access, id, ProcessingActivity.RETENTION, ProcessingAction.READ);
        log.record(access, ProcessingActivity.RETENTION, ProcessingAction.READ, Outcome.SUCCESS,
                java.util.List.of(new LogSubject(id.value(), ref.municipality())));
        return new FileView(ref, files.of(access.scope(), id).orElseThrow(() -> new NotFoundException("Werkzoekende")));
    }

    @Transactional
    Done erase(Access access, ClientId id, ErasureForm form) {
        directory.inScope(access, id, ProcessingActivity.RETENTION, ProcessingAction.UPDATE);
        directory.lockForChange(id);
        FileState file = files.of(access.scope(), id).orElseThrow(() -> new NotFoundException("Werkzoekende"));
        ErasureRule.check(file);
        ErasureGround ground = Objects.requireNonNull(form.ground());
        if (!ground.onRequest()) {
            throw nl.opstap.shared.domain.RuleViolation.of(ErasureForm.class, "ground", "onRequest",
                    "Kies de grond van het verzoek (AVG art. 17 lid 1).");
        }
        anonymiser.anonymise(access, file, ground, form.reference(), closedOn(file));
        return new Done(id, ground, clock.instant());
    }

    private static java.time.@Nullable LocalDate closedOn(FileState file) {
        return FileClosing.closedOn(file).orElse(null);
    }
}
