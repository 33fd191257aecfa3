package nl.opstap.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** The import use cases: upload, choose the columns and check, import, and read back progress and the report. */
@Service
class ImportService {

    static final int MAX_ROWS = 250_000;
    private static final int SAMPLE_ROWS = 5;

    private final ImportJobs jobs;
    private final ImportFiles files;
    private final ImportProblems problems;
    private final ImportMappings mappings;
    private final ImportWorker worker;
    private final Municipalities municipalities;
    private final DataSize maxFile;
    private final Clock clock;

    ImportService(ImportJobs jobs, ImportFiles files, ImportProblems problems, ImportMappings mappings, ImportWorker worker,
                  Municipalities municipalities, @Value("${opstap.import.max-file-size:60MB}") DataSize maxFile, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.problems = problems;
        this.mappings = mappings;
        this.worker = worker;
        this.municipalities = municipalities;
        this.maxFile = maxFile;
        this.clock = clock;
    }

    @Transactional
    ImportJob upload(Access access, String kindCode, String fileName, byte[] content) {
        ImportKind kind = ImportKind.ofCode(kindCode).orElseThrow(() -> new ImportRefused("soort", "Kies wat u importeert: werkzoekenden, werkgevers of vacatures."));
        if (content.length > maxFile.toBytes()) {
            throw new ImportRefused("bestand", "Het bestand is groter dan " + maxFile.toMegabytes() + " MB. Splits het in kleinere bestanden.");
        }
        SourceTable table = ImportSources.read(content, null, null);
        if (table.rows().size() > MAX_ROWS) {
            throw new ImportRefused("bestand", "Het bestand heeft meer dan " + MAX_ROWS + " rijen. Splits het in kleinere bestanden.");
        }
        if (table.headers().stream().allMatch(String::isBlank)) {
            throw new ImportRefused("bestand", "De eerste regel moet de kolomnamen bevatten.");
        }
        ImportJob job = ImportJob.upload(organisationOf(access), kind, cleanName(fileName), table, access.user().id(),
                access.user().displayName(), clock.instant());
        jobs.insert(job);
        files.store(job.id(), content);
        files.storeSample(job.id(), table.rows().stream().limit(SAMPLE_ROWS).map(r -> List.of(r.cells())).toList());
        return job;
    }

    @Transactional(readOnly = true)
    ImportJob job(Access access, UUID id) {
        return jobs.find(id, access.user().id()).orElseThrow(() -> new NotFoundException("Import"));
    }

    @Transactional(readOnly = true)
    List<ImportJob> recent(Access access) {
        return jobs.recentOf(access.user().id());
    }

    /** Checks the settings, saves the mapping when named, and starts the check in the background. */
    @Transactional
    ImportJob startCheck(Access access, UUID id, ImportSettings settings, @Nullable String saveAs) {
        ImportJob job = job(access, id);
        Map<String, String> refused = new java.util.LinkedHashMap<>(settings.mapping().problems(job.kind(), job.headers(), settings.municipality() != null));
        if (settings.municipality() != null && (!MunicipalityCode.isValid(settings.municipality())
                || !access.scope().contains(new MunicipalityCode(settings.municipality())))) {
            refused.put("gemeenteVoorAlleRijen", "Kies een gemeente waarvoor u mag importeren.");
        }
        LocalDate today = LocalDate.now(clock);
        if (settings.referenceDate() != null && (settings.referenceDate().isAfter(today) || settings.referenceDate().getYear() < 1990)) {
            refused.put("peildatum", "Kies een datum vanaf 1990, niet in de toekomst.");
        }
        if (saveAs != null && saveAs.strip().length() > 100) {
            refused.put("bewaarAls", "Gebruik ten hoogste 100 tekens voor de naam van de koppeling.");
        }
        if (!refused.isEmpty()) {
            throw new SettingsRefused(refused);
        }
        if (saveAs != null && !saveAs.isBlank()) {
            mappings.save(job.organisation(), job.kind(), saveAs.strip(), settings.mapping(), access.user().id(), clock.instant());
        }
        job.startCheck(settings);
        jobs.save(job, clock.instant());
        afterCommit(() -> worker.check(access, id));
        return job;
    }

    @Transactional
    ImportJob startImport(Access access, UUID id, ImportMode mode) {
        ImportJob job = job(access, id);
        job.startImport(mode);
        jobs.save(job, clock.instant());
        afterCommit(() -> worker.write(access, id));
        return job;
    }

    @Transactional(readOnly = true)
    List<RowProblem> problems(Access access, UUID id, int page) {
        return problems.page(job(access, id).id(), page);
    }

    @Transactional(readOnly = true)
    List<RowProblem> allProblems(Access access, UUID id) {
        return problems.all(job(access, id).id());
    }

    @Transactional(readOnly = true)
    long problemCount(Access access, UUID id) {
        return problems.count(job(access, id).id());
    }

    @Transactional(readOnly = true)
    int processed(Access access, UUID id) {
        return jobs.processed(job(access, id).id());
    }

    @Transactional(readOnly = true)
    List<List<String>> sample(Access access, UUID id) {
        return files.sample(job(access, id).id());
    }

    @Transactional(readOnly = true)
    List<ImportMappings.Saved> mappings(Access access, ImportKind kind) {
        return mappings.of(organisationOf(access), kind);
    }

    OrganisationId organisationOf(Access access) {
        return municipalities.of(access.scope().municipalities()).stream().findFirst()
                .map(nl.opstap.organisation.Municipality::organisationId)
                .orElseThrow(() -> new ImportRefused("gemeente", "U heeft geen gemeente waarvoor u mag importeren."));
    }

    private static String cleanName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}<>\"]", "").strip();
        return base.isEmpty() ? "bestand" : base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static void afterCommit(Runnable action) {
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        action.run();
                    }
                });
    }

    /** Settings that cannot be used, with a Dutch message per form field. */
    static final class SettingsRefused extends RuntimeException {
        private final Map<String, String> fields;

        SettingsRefused(Map<String, String> fields) {
            super("settings refused", null, false, false);
            this.fields = Map.copyOf(fields);
        }

        Map<String, String> fields() {
            return fields;
        }
    }

}
