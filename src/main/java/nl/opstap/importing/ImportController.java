package nl.opstap.importing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.domain.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import screens: upload, choose the columns, follow the check, read the report, import, follow the import. */
@Controller
class ImportController {

    private final AccessGuard guard;
    private final ImportService imports;
    private final ImportPages pages;
    ImportController(AccessGuard guard, ImportService imports, ImportPages pages) {
        this.guard = guard;
        this.imports = imports;
        this.pages = pages;
    }

    @GetMapping("/import")
    String list(Model model) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        return listPage(access, model, Map.of(), "werkzoekenden");
    }

    @PostMapping("/import")
    String upload(@RequestParam(name = "soort", defaultValue = "") String kind,
                  @RequestPart(name = "bestand", required = false) @Nullable MultipartFile file, Model model) throws IOException {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        if (file == null || file.isEmpty()) {
            return listPage(access, model, Map.of("bestand", "Kies een bestand (.csv of .xlsx)."), kind);
        }
        try {
            ImportJob job = imports.upload(access, kind, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes());
            return "redirect:/import/" + job.id();
        } catch (ImportRefused refused) {
            return listPage(access, model, Map.of(refused.field(), refused.getMessage()), kind);
        }
    }

    @GetMapping("/import/{id}")
    String job(@PathVariable UUID id, @RequestParam(name = "koppeling", required = false) @Nullable UUID saved,
               @RequestParam(name = "pagina", defaultValue = "0") int page, Model model) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        ImportJob job = imports.job(access, id);
        pages.fill(access, job, saved, Math.max(0, page), model);
        return "importing/job";
    }

    @GetMapping("/import/{id}/koppeling")
    String mapping(@PathVariable UUID id, @RequestParam(name = "koppeling", required = false) @Nullable UUID saved, Model model) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        ImportJob job = imports.job(access, id);
        pages.fill(access, job, saved, 0, model);
        model.addAttribute("showMapping", true);
        return "importing/job";
    }

    @PostMapping("/import/{id}/controle")
    String check(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        ImportJob job = imports.job(access, id);
        Map<String, String> columns = new LinkedHashMap<>();
        job.kind().fields().forEach(f -> {
            String header = form.get("kolom." + f.key());
            if (header != null && !header.isBlank()) {
                columns.put(f.key(), header);
            }
        });
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate reference = null;
        String date = form.getOrDefault("peildatum", "");
        if (!date.isBlank()) {
            try {
                reference = DutchValues.date(date);
            } catch (IllegalArgumentException e) {
                errors.put("peildatum", e.getMessage());
            }
        }
        String municipality = form.getOrDefault("gemeenteVoorAlleRijen", "");
        ImportSettings settings = new ImportSettings(new ColumnMapping(columns), reference, municipality.isBlank() ? null : municipality);
        try {
            if (errors.isEmpty()) {
                imports.startCheck(access, id, settings, form.get("bewaarAls"));
                return "redirect:/import/" + id;
            }
        } catch (ImportService.SettingsRefused refused) {
            errors.putAll(refused.fields());
        } catch (ImportRefused refused) {
            errors.put(refused.field(), refused.getMessage());
        } catch (StaleVersionException stale) {
            errors.put("status", "Deze import is intussen gewijzigd, bijvoorbeeld in een ander tabblad. Bekijk de stand en probeer het opnieuw.");
        }
        pages.fill(access, job, null, 0, model);
        pages.keep(settings, form, model);
        model.addAttribute("errors", errors);
        model.addAttribute("showMapping", true);
        return "importing/job";
    }

    @PostMapping("/import/{id}/uitvoering")
    String run(@PathVariable UUID id, @RequestParam(name = "modus", defaultValue = "") String mode, Model model,
               RedirectAttributes redirect) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        ImportJob job = imports.job(access, id);
        ImportMode chosen = ImportMode.ofCode(mode).orElse(null);
        String problem;
        if (chosen == null) {
            problem = "Kies 'alles of niets' of 'alleen de geldige rijen'.";
        } else {
            try {
                imports.startImport(access, id, chosen);
                return "redirect:/import/" + id;
            } catch (ImportRefused refused) {
                problem = refused.getMessage();
            } catch (StaleVersionException stale) {
                problem = "Deze import is intussen al gestart, bijvoorbeeld in een ander tabblad.";
            }
        }
        pages.fill(access, imports.job(access, job.id()), null, 0, model);
        model.addAttribute("errors", Map.of("modus", problem));
        return "importing/job";
    }

    /** The progress for the page's script (same session as the page; the API has its own resource). */
    @GetMapping(path = "/import/{id}/stand", produces = MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    ImportResources.Job state(@PathVariable UUID id) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        ImportJob job = imports.job(access, id);
        return ImportResources.Job.of(job, job.status().running() ? imports.processed(access, id) : job.counts().total());
    }

    @GetMapping("/import/{id}/rapport.csv")
    ResponseEntity<byte[]> report(@PathVariable UUID id) {
        Access access = guard.require(Permission.DATA_EXCHANGE);
        byte[] csv = ImportReportCsv.of(imports.allProblems(access, id));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"importrapport.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(csv);
    }

    private String listPage(Access access, Model model, Map<String, String> errors, String kind) {
        model.addAttribute("jobs", imports.recent(access));
        model.addAttribute("kinds", List.of(ImportKind.values()));
        model.addAttribute("chosenKind", kind);
        model.addAttribute("errors", errors);
        model.addAttribute("maxMb", 60);
        return "importing/imports";
    }
}
