package nl.opstap.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The import API: the same steps as the screens, for a migration script. */
@RestController
@Tag(name = "Import", description = "Bulkimport van werkzoekenden, werkgevers en vacatures (CSV of Excel)")
class ImportApiController {

    private final AccessGuard guard;
    private final ImportService imports;

    ImportApiController(AccessGuard guard, ImportService imports) {
        this.guard = guard;
        this.imports = imports;
    }

    @Operation(summary = "Een bestand uploaden", description = "Multipart met soort (werkzoekenden, werkgevers of vacatures) en bestand (.csv of .xlsx). "
            + "Geeft de import met de kolommen van het bestand en een voorgestelde koppeling; er wordt nog niets geïmporteerd.")
    @PostMapping(path = "/api/v1/importen", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ImportResources.Job> upload(@RequestParam(name = "soort", defaultValue = "") String kind,
                                               @RequestPart(name = "bestand", required = false) @Nullable MultipartFile file) throws IOException {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        if (file == null || file.isEmpty()) {
            throw RuleViolation.of(null, "bestand", "required", "Stuur een bestand (.csv of .xlsx) mee als 'bestand'.");
        }
        try {
            ImportJob job = imports.upload(access, kind, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes());
            ImportResources.Job body = ImportResources.Job.of(job, 0);
            return ResponseEntity.status(HttpStatus.CREATED).body(new ImportResources.Job(body.id(), body.kind(), body.fileName(), body.status(),
                    null, body.headers(), ColumnMapping.guess(job.kind(), job.headers()).columns(), body.rows(), 0, body.emptyRows(), 0, 0, 0, 0,
                    null, body.createdAt(), null));
        } catch (ImportRefused refused) {
            throw RuleViolation.of(null, refused.field(), "invalid", refused.getMessage());
        }
    }

    @Operation(summary = "Uw imports", description = "De laatste 20 imports die u heeft geüpload.")
    @GetMapping("/api/v1/importen")
    List<ImportResources.Job> list() {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        return imports.recent(access).stream().map(j -> ImportResources.Job.of(j, j.counts().total())).toList();
    }

    @Operation(summary = "Stand van een import", description = "Status en voortgang (verwerkt van rijen); volg deze tot de status gecontroleerd, klaar, mislukt of onderbroken is.")
    @GetMapping("/api/v1/importen/{id}")
    ImportResources.Job get(@PathVariable UUID id) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        ImportJob job = imports.job(access, id);
        return ImportResources.Job.of(job, job.status().running() ? imports.processed(access, id) : job.counts().total());
    }

    @Operation(summary = "Controle starten", description = "Met de koppeling (veld → kolomnaam); controleert elke rij op de achtergrond zonder iets op te slaan. "
            + "Antwoord 202; volg de stand tot gecontroleerd.")
    @PostMapping("/api/v1/importen/{id}/controle")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<ImportResources.Job> check(@PathVariable UUID id, @RequestBody ImportResources.Check body) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        ImportJob current = imports.job(access, id);
        Map<String, String> columns = body.mapping() == null ? ColumnMapping.guess(current.kind(), current.headers()).columns() : body.mapping();
        ImportSettings settings = new ImportSettings(new ColumnMapping(columns), body.referenceDate(), body.municipality());
        try {
            ImportJob job = imports.startCheck(access, id, settings, body.saveAs());
            return ResponseEntity.accepted().body(ImportResources.Job.of(job, 0));
        } catch (ImportService.SettingsRefused refused) {
            throw RuleViolation.all(null, refused.fields().entrySet().stream()
                    .map(e -> new RuleViolation.Violation(e.getKey(), "invalid", e.getValue())).toList());
        } catch (ImportRefused refused) {
            throw RuleViolation.conflict(null, refused.field(), "state", refused.getMessage());
        }
    }

    @Operation(summary = "Importeren", description = "Na een controle: modus alles-of-niets of geldige-rijen. Antwoord 202; volg de stand tot klaar of mislukt.")
    @PostMapping("/api/v1/importen/{id}/uitvoering")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<ImportResources.Job> run(@PathVariable UUID id, @RequestBody ImportResources.Run body) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        ImportMode mode = ImportMode.ofCode(body.mode() == null ? "" : body.mode()).orElseThrow(() -> RuleViolation.of(null, "modus", "invalid",
                "Kies als modus alles-of-niets of geldige-rijen."));
        try {
            return ResponseEntity.accepted().body(ImportResources.Job.of(imports.startImport(access, id, mode), 0));
        } catch (ImportRefused refused) {
            throw RuleViolation.conflict(null, refused.field(), "state", refused.getMessage());
        }
    }

    @Operation(summary = "Het rapport van een import", description = "Elke fout per rij en veld, 100 per pagina (vanaf 0), zonder de waarden uit het bestand.")
    @GetMapping("/api/v1/importen/{id}/fouten")
    List<ImportResources.Problem> problems(@PathVariable UUID id, @RequestParam(name = "pagina", defaultValue = "0") int page) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        return imports.problems(access, id, page).stream().map(ImportResources.Problem::of).toList();
    }

    @Operation(summary = "De velden van een soort import", description = "Sleutels voor de koppeling, met naam en of ze verplicht zijn.")
    @GetMapping("/api/v1/importvelden")
    List<ImportResources.Field> fields(@RequestParam(name = "soort", defaultValue = "werkzoekenden") String kind) {
        guard.require(Permission.DATA_EXCHANGE);
        ImportKind found = ImportKind.ofCode(kind).orElseThrow(() -> RuleViolation.of(null, "soort", "invalid",
                "Kies als soort werkzoekenden, werkgevers of vacatures."));
        return found.fields().stream().map(f -> new ImportResources.Field(f.key(), f.label(), f.required())).toList();
    }

    @Operation(summary = "Opgeslagen koppelingen", description = "De koppelingen die in uw organisatie voor deze soort zijn bewaard.")
    @GetMapping("/api/v1/importkoppelingen")
    List<ImportResources.Mapping> mappings(@RequestParam(name = "soort", defaultValue = "werkzoekenden") String kind) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        ImportKind found = ImportKind.ofCode(kind).orElseThrow(() -> RuleViolation.of(null, "soort", "invalid",
                "Kies als soort werkzoekenden, werkgevers of vacatures."));
        return imports.mappings(access, found).stream().map(m -> new ImportResources.Mapping(m.id(), m.name(), m.mapping().columns())).toList();
    }
}
