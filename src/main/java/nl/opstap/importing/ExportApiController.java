package nl.opstap.importing;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.web.InvalidParam;
import nl.opstap.shared.web.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The exports in the API: the Kandidatenverkenner file, and migration exports as background jobs. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Export", description = "Kandidatenverkenner-bestand en de volledige export voor migratie")
class ExportApiController {

    static final String MIGRATION = "/api/v1/exporten/migratie";

    @io.swagger.v3.oas.annotations.media.Schema(name = "Exporten")
    record Jobs(@JsonProperty("exporten") List<ExportJobResource> jobs) {}

    private final AccessGuard guard;
    private final KandidatenExport candidates;
    private final ExportJobService jobs;
    private final java.time.Clock clock;

    ExportApiController(AccessGuard guard, KandidatenExport candidates, ExportJobService jobs, java.time.Clock clock) {
        this.clock = clock;
        this.guard = guard;
        this.candidates = candidates;
        this.jobs = jobs;
    }

    @GetMapping("/api/v1/exporten/kandidatenverkenner")
    @Operation(summary = "Anonieme kandidaatprofielen voor de Kandidatenverkenner (doelgroepregister, alleen met toestemming), als csv of xlsx")
    ResponseEntity<byte[]> candidates(@RequestParam(name = "formaat", defaultValue = "csv") String format) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        KandidatenFormat chosen = KandidatenFormat.of(format).orElseThrow(() -> new InvalidRequestException(
                List.of(new InvalidParam("formaat", "invalid", "Kies csv of xlsx."))));
        return file(candidates.export(access, chosen), chosen, LocalDate.now(clock));
    }

    static ResponseEntity<byte[]> file(KandidatenExport.File file, KandidatenFormat format, LocalDate today) {
        String name = "kandidatenverkenner-" + today + "." + format.extension;
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Aantal-Kandidaten", String.valueOf(file.candidates()))
                .body(file.content());
    }

    @PostMapping(MIGRATION)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.ACCEPTED)
    @Operation(summary = "Start een volledige export van de organisatie (JSON lines) als achtergrondtaak; 202 met de status")
    ResponseEntity<ExportJobResource> start(@RequestBody(required = false) @Nullable ExportStartForm form) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        ExportJob job = jobs.start(access, form == null ? null : form.organisation());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(MIGRATION + "/" + job.id()))
                .body(ExportJobResource.of(jobs.view(access, job.id()), MIGRATION + "/"));
    }

    @GetMapping(MIGRATION)
    @Operation(summary = "De laatste migratie-exports van uw organisatie")
    Jobs list() {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        return new Jobs(jobs.recent(access, 20).stream().map(v -> ExportJobResource.of(v, MIGRATION + "/")).toList());
    }

    @GetMapping(MIGRATION + "/{id}")
    @Operation(summary = "De voortgang van een migratie-export")
    ExportJobResource status(@PathVariable UUID id) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        return ExportJobResource.of(jobs.view(access, id), MIGRATION + "/");
    }

    @GetMapping(MIGRATION + "/{id}/bestand")
    @Operation(summary = "Het exportbestand (.jsonl.gz), 24 uur beschikbaar")
    void file(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        download(jobs, access, id, response);
    }

    /** Streams the file; every check happens before the first byte, so a refusal is still a proper error answer. */
    static void download(ExportJobService jobs, Access access, UUID id, HttpServletResponse response) throws IOException {
        ExportJob job = jobs.downloadable(access, id);
        String name = "opstap-export-" + job.createdAt().toString().substring(0, 10) + "-" + job.id().toString().substring(0, 8) + ".jsonl.gz";
        response.setContentType("application/gzip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        jobs.download(access, id, response::getOutputStream);
    }
}
