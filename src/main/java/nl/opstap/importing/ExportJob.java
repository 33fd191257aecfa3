package nl.opstap.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Scope;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A migration export of one organisation's municipalities, with its progress (table export_job). */
record ExportJob(UUID id, OrganisationId organisation, List<MunicipalityCode> municipalities, ExportStatus status, UserId startedBy,
                 String startedByName, int total, int done, Instant createdAt, Instant heartbeatAt, @Nullable Instant finishedAt,
                 @Nullable Long fileBytes, @Nullable String failure) {

    /** The file is removed this long after the job was created. */
    static final Duration KEPT = Duration.ofHours(24);

    ExportJob {
        municipalities = List.copyOf(municipalities);
    }

    static ExportJob start(OrganisationId organisation, Scope scope, UserId by, String byName, Instant now) {
        List<MunicipalityCode> codes = scope.codes().stream().map(MunicipalityCode::new).toList();
        return new ExportJob(UUID.randomUUID(), organisation, codes, ExportStatus.RUNNING, by, byName, 0, 0, now, now, null, null, null);
    }

    /** Rule: a user may see and download a job when every municipality it holds lies in their own scope. */
    boolean visibleTo(Scope scope) {
        return !municipalities.isEmpty() && municipalities.stream().allMatch(scope::contains);
    }

    /** Rule: a running job whose heartbeat is older than the limit has lost its process. */
    boolean staleAt(Instant now, Duration limit) {
        return status == ExportStatus.RUNNING && heartbeatAt.plus(limit).isBefore(now);
    }

    /** The status as a reader should see it: a stale running job counts as failed even before housekeeping marks it. */
    ExportStatus shownStatus(Instant now, Duration staleLimit) {
        return staleAt(now, staleLimit) ? ExportStatus.FAILED : status;
    }

    Instant expiresAt() {
        return createdAt.plus(KEPT);
    }

    /** Whole percent done, 0..100. */
    int percent() {
        if (status == ExportStatus.DONE || status == ExportStatus.EXPIRED) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, (long) done * 100 / total);
    }

    Scope scope() {
        return Scope.of(municipalities);
    }
}
