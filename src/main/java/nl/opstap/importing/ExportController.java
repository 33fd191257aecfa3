package nl.opstap.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The export page: download the Kandidatenverkenner file, start a migration export and follow its progress. The
 * progress survives a reload (it is stored); a few lines of script poll the status, and without script the page offers
 * a link to reload.
 */
@Controller
class ExportController {

    static final String PAGE = "/export";
    static final String JOBS = "/export/migratie/";

    private final AccessGuard guard;
    private final KandidatenExport candidates;
    private final ExportJobService jobs;
    private final java.time.Clock clock;

    ExportController(AccessGuard guard, KandidatenExport candidates, ExportJobService jobs, java.time.Clock clock) {
        this.clock = clock;
        this.guard = guard;
        this.candidates = candidates;
        this.jobs = jobs;
    }

    @GetMapping(PAGE)
    String page(@RequestParam(name = "export", required = false) @Nullable UUID focus, Model model) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        fill(access, focus, model);
        return "importing/export";
    }

    private void fill(Access access, @Nullable UUID focus, Model model) {
        List<ExportJobResource> recent = jobs.recent(access, 10).stream().map(v -> ExportJobResource.of(v, JOBS)).toList();
        model.addAttribute("candidateCount", candidates.count(access));
        model.addAttribute("organisations", jobs.organisations(access));
        model.addAttribute("jobs", recent);
        model.addAttribute("current", focus == null ? null : recent.stream().filter(j -> j.id().equals(focus)).findFirst().orElse(null));
    }

    @GetMapping(PAGE + "/kandidatenverkenner")
    ResponseEntity<byte[]> candidates(@RequestParam(name = "formaat", defaultValue = "csv") String format) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        KandidatenFormat chosen = KandidatenFormat.of(format).orElseThrow(() -> new NotFoundException("Dit formaat"));
        return ExportApiController.file(candidates.export(access, chosen), chosen, java.time.LocalDate.now(clock));
    }

    @PostMapping(PAGE + "/migratie")
    String start(@RequestParam(name = "organisatie", required = false) @Nullable UUID organisation, Model model) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        try {
            ExportJob job = jobs.start(access, organisation);
            return "redirect:" + PAGE + "?export=" + job.id();
        } catch (RuleViolation e) {
            fill(access, null, model);
            model.addAttribute("startError", e.violations().getFirst().message());
            return "importing/export";
        }
    }

    @GetMapping(path = JOBS + "{id}/status", produces = "application/json")
    @ResponseBody
    ExportJobResource status(@PathVariable UUID id) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        return ExportJobResource.of(jobs.view(access, id), JOBS);
    }

    @GetMapping(JOBS + "{id}/bestand")
    void file(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        ExportApiController.download(jobs, access, id, response);
    }
}
