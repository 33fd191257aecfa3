package nl.opstap.portfolio;

import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.audit.LogEntry;
import nl.opstap.shared.domain.PageResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mijn privacy": who viewed or changed the job seeker's file (from the processing log), and the download of all
 * their data (AVG art. 15) as JSON and PDF. Only ever the signed-in job seeker's own file.
 */
@Controller
class PrivacyController {

    private final AccessGuard guard;
    private final OwnFileReads reads;
    private final ProcessingLogView view;
    private final PersonalDataExport export;
    private final PersonalDataPdf pdf;

    PrivacyController(AccessGuard guard, OwnFileReads reads, ProcessingLogView view, PersonalDataExport export, PersonalDataPdf pdf) {
        this.guard = guard;
        this.reads = reads;
        this.view = view;
        this.export = export;
        this.pdf = pdf;
    }

    @GetMapping("/mijn-privacy")
    String page(@RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
        Access access = guard.require(Permission.OWN_FILE);
        PageResult<LogEntry> entries = reads.history(access, page);
        model.addAttribute("lines", entries.content().stream().map(view::line).toList());
        model.addAttribute("entries", entries);
        return "portfolio/privacy";
    }

    @GetMapping(path = "/mijn-privacy/gegevens.json", produces = "application/json")
    ResponseEntity<PersonalDataExport.Download> json() {
        Access access = guard.require(Permission.OWN_FILE);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, OwnFileReads.attachment("json")).body(export.of(access, reads.own(access)));
    }

    @GetMapping("/mijn-privacy/gegevens.pdf")
    ResponseEntity<byte[]> pdf() {
        Access access = guard.require(Permission.OWN_FILE);
        byte[] bytes = pdf.render(export.of(access, reads.own(access)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, OwnFileReads.attachment("pdf")).body(bytes);
    }
}
