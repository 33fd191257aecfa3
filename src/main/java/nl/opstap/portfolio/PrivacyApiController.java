package nl.opstap.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.audit.LogEntry;
import nl.opstap.shared.domain.PageResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The job seeker's privacy in the API: who processed their file, and all their data (AVG art. 15). */
@RestController
@Tag(name = "Mijn gegevens")
class PrivacyApiController {

    /** One line of the processing log. */
    record LogLine(@JsonProperty("wanneer") Instant when, @JsonProperty("wie") String who, @JsonProperty("onderdeel") String what,
                   @JsonProperty("handeling") String action, @JsonProperty("uZelf") boolean self) {}

    record LogLines(@JsonProperty("verwerkingen") List<LogLine> lines, @JsonProperty("pagina") int page,
                    @JsonProperty("totaal") long total) {}

    private final AccessGuard guard;
    private final OwnFileReads reads;
    private final ProcessingLogView view;
    private final PersonalDataExport export;

    PrivacyApiController(AccessGuard guard, OwnFileReads reads, ProcessingLogView view, PersonalDataExport export) {
        this.guard = guard;
        this.reads = reads;
        this.view = view;
        this.export = export;
    }

    @GetMapping(path = "/api/v1/mijn/verwerkingen", produces = "application/json")
    @Operation(summary = "Wie mijn dossier heeft bekeken of gewijzigd, het nieuwste eerst (25 per pagina)")
    LogLines processingLog(@RequestParam(name = "pagina", defaultValue = "1") int page) {
        Access access = guard.require(Permission.OWN_FILE);
        PageResult<LogEntry> entries = reads.history(access, page);
        return new LogLines(entries.content().stream().map(view::line)
                .map(l -> new LogLine(l.when(), l.who(), l.what(), l.action(), l.self())).toList(), entries.page(), entries.totalElements());
    }

    @GetMapping(path = "/api/v1/mijn/gegevens", produces = "application/json")
    @Operation(summary = "Al mijn gegevens (AVG-inzage), als bijlage")
    ResponseEntity<PersonalDataExport.Download> data() {
        Access access = guard.require(Permission.OWN_FILE);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, OwnFileReads.attachment("json"))
                .body(export.of(access, reads.own(access)));
    }
}
