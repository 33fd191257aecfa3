package nl.opstap.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Scope;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.Municipality;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Migration exports: start one for an organisation (its municipalities in the caller's scope) in the background, show
 * its progress, and stream its file. A job is seen and downloaded only by users whose scope holds every municipality
 * of the job (the one who started it, or another administrator of the same organisation); anyone else gets 404.
 */
@Service
class ExportJobService {

    /** What the screen and the API show of a job. */
    record View(ExportJob job, ExportStatus status, String organisationName) {}

    private final ExportJobs jobs;
    private final ExportRunner runner;
    private final ExportFileCipher cipher;
    private final Municipalities municipalities;
    private final ImportConfiguration.ExchangeExecutor executor;
    private final Clock clock;
    private final Duration staleAfter;

    ExportJobService(ExportJobs jobs, ExportRunner runner, ExportFileCipher cipher, Municipalities municipalities,
                     ImportConfiguration.ExchangeExecutor executor, Clock clock,
                     @Value("${opstap.export.stale-after:PT5M}") Duration staleAfter) {
        this.jobs = jobs;
        this.runner = runner;
        this.cipher = cipher;
        this.municipalities = municipalities;
        this.executor = executor;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** The organisations of the municipalities in the caller's scope, by name. */
    List<OrganisationChoice> organisations(Access access) {
        Set<OrganisationId> seen = new LinkedHashSet<>();
        return municipalities.of(access.scope().municipalities()).stream().filter(m -> seen.add(m.organisationId()))
                .map(m -> new OrganisationChoice(m.organisationId().value(), m.organisationName()))
                .sorted(java.util.Comparator.comparing(OrganisationChoice::name)).toList();
    }

    record OrganisationChoice(UUID id, String name) {}

    /**
     * Starts an export of the organisation (may be null when the caller's scope holds one); returns the job. One export
     * per organisation runs at a time.
     */
    ExportJob start(Access access, @Nullable UUID organisation) {
        List<OrganisationChoice> choices = organisations(access);
        OrganisationChoice chosen = organisation == null && choices.size() == 1 ? choices.getFirst()
                : choices.stream().filter(c -> c.id().equals(organisation)).findFirst()
                        .orElseThrow(() -> RuleViolation.of(ExportStartForm.class, "organisation", "unknown", "Kies een organisatie."));
        Scope scope = Scope.of(municipalities.of(access.scope().municipalities()).stream()
                .filter(m -> m.organisationId().value().equals(chosen.id())).map(Municipality::code).toList());
        boolean running = jobs.recent(List.of(new OrganisationId(chosen.id())), 20).stream()
                .anyMatch(j -> j.shownStatus(clock.instant(), staleAfter) == ExportStatus.RUNNING);
        if (running) {
            throw RuleViolation.conflict(ExportStartForm.class, "organisation", "running",
                    "Er loopt al een export voor deze organisatie. Wacht tot die klaar is.");
        }
        ExportJob job = ExportJob.start(new OrganisationId(chosen.id()), scope, access.user().id(), access.user().displayName(), clock.instant());
        jobs.insert(job);
        Access batch = new Access(access.user(), access.permission(), scope, Channel.BATCH);
        executor.execute(() -> runner.run(job, batch));
        return job;
    }

    /** The caller's organisations' newest jobs that they may see. */
    List<View> recent(Access access, int limit) {
        List<OrganisationId> orgs = organisations(access).stream().map(c -> new OrganisationId(c.id())).toList();
        return jobs.recent(orgs, limit).stream().filter(j -> j.visibleTo(access.scope())).map(this::view).toList();
    }

    View view(Access access, UUID id) {
        return view(visible(access, id));
    }

    /**
     * Writes the file (gzip'ed JSON lines, decrypted) to the target, opened only once the file is found, so that a
     * missing file is still a proper 404 answer; 404 when absent, expired or not the caller's.
     */
    void download(Access access, UUID id, org.springframework.util.function.ThrowingSupplier<OutputStream> target) {
        ExportJob job = visible(access, id);
        if (job.status() != ExportStatus.DONE) {
            throw new NotFoundException("Het exportbestand");
        }
        boolean found;
        try {
            found = jobs.readFile(job.id(), stored -> {
                try (InputStream plain = cipher.decrypting(stored, job.id())) {
                    plain.transferTo(target.get());
                }
            });
        } catch (java.io.UncheckedIOException damaged) {
            // a stored file that cannot be decrypted (cut short): the caller can only start a new export
            throw RuleViolation.conflict(null, "bestand", "beschadigd",
                    "Het exportbestand is onvolledig of beschadigd. Start een nieuwe export.");
        }
        if (!found) {
            throw new NotFoundException("Het exportbestand");
        }
    }

    /** Whether the job's file can be downloaded now (checked before a response is committed). */
    ExportJob downloadable(Access access, UUID id) {
        ExportJob job = visible(access, id);
        if (job.status() != ExportStatus.DONE) {
            throw new NotFoundException("Het exportbestand");
        }
        return job;
    }

    private ExportJob visible(Access access, UUID id) {
        return jobs.find(id).filter(j -> j.visibleTo(access.scope())).orElseThrow(() -> new NotFoundException("Deze export"));
    }

    private View view(ExportJob job) {
        String name = municipalities.of(job.municipalities()).stream().map(Municipality::organisationName).filter(Objects::nonNull)
                .findFirst().orElse("");
        return new View(job, job.shownStatus(clock.instant(), staleAfter), name);
    }
}
