package nl.opstap.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.PortalInvitations;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.FileState;
import nl.opstap.client.PersonalDataEraser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises one file in one transaction: every module removes what identifies the person from its own tables, the
 * job seeker's account is closed, the erasure is recorded and the processing is logged. The caller checked the rules.
 */
@Service
class Anonymiser {

    private static final Logger log = LoggerFactory.getLogger(Anonymiser.class);

    private final List<PersonalDataEraser> erasers;
    private final PortalInvitations accounts;
    private final Erasures erasures;
    private final ProcessingLog processingLog;
    private final Clock clock;

    Anonymiser(List<PersonalDataEraser> erasers, PortalInvitations accounts, Erasures erasures, ProcessingLog processingLog, Clock clock) {
        this.erasers = erasers;
        this.accounts = accounts;
        this.erasures = erasures;
        this.processingLog = processingLog;
        this.clock = clock;
    }

    @Transactional
    void anonymise(Access access, FileState file, ErasureGround ground, @Nullable String reference, @Nullable LocalDate closedOn) {
        int rows = accounts.eraseFor(file.id().value());
        for (PersonalDataEraser eraser : erasers) {
            rows += eraser.erase(file.id());
        }
        erasures.insert(file.id().value(), file.municipality().value(), ground, reference, closedOn, clock.instant(),
                access.user().id().value(), access.user().displayName());
        processingLog.record(access, ProcessingActivity.RETENTION, ProcessingAction.UPDATE, Outcome.SUCCESS,
                List.of(new LogSubject(file.id().value(), file.municipality())));
        log.info("File {} anonymised ({}), {} rows changed", file.id().value(), ground, rows);
    }
}
