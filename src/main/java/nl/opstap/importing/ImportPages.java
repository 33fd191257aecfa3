package nl.opstap.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.organisation.Municipalities;
import nl.opstap.shared.web.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the job page shows in each state: the mapping form with the file's first rows, progress, the report, the result. */
@Component
class ImportPages {

    /** One cell of the first rows as the page shows it; numbers that could be a BSN are hidden. */
    record Preview(int row, List<Map.Entry<String, String>> values) {}

    private final ImportService imports;
    private final Municipalities municipalities;
    private final Clock clock;

    ImportPages(ImportService imports, Municipalities municipalities, Clock clock) {
        this.imports = imports;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    void fill(Access access, ImportJob job, @Nullable UUID saved, int page, Model model) {
        List<ImportMappings.Saved> savedMappings = imports.mappings(access, job.kind());
        ColumnMapping mapping = savedMappings.stream().filter(s -> s.id().equals(saved)).findFirst().map(ImportMappings.Saved::mapping)
                .orElseGet(() -> job.settings() != null ? job.settings().mapping() : ColumnMapping.guess(job.kind(), job.headers()));
        List<List<String>> sample = imports.sample(access, job.id()).stream().map(ImportPages::masked).toList();
        long problemCount = job.status() == ImportStatus.UPLOADED ? 0 : imports.problemCount(access, job.id());
        int total = Math.max(1, job.counts().total());
        int processed = job.status().running() ? imports.processed(access, job.id()) : total;
        model.addAttribute("job", job);
        model.addAttribute("fields", job.kind().fields());
        model.addAttribute("mapping", mapping.columns());
        model.addAttribute("savedMappings", savedMappings);
        model.addAttribute("headers", job.headers());
        model.addAttribute("sample", sample);
        model.addAttribute("preview", preview(job, mapping, sample));
        model.addAttribute("municipalities", municipalities.of(access.scope().municipalities()));
        model.addAttribute("chosenMunicipality", job.settings() == null || job.settings().municipality() == null ? "" : job.settings().municipality());
        LocalDate reference = job.settings() == null || job.settings().referenceDate() == null ? LocalDate.now(clock) : job.settings().referenceDate();
        model.addAttribute("referenceDate", Formats.DATE.format(reference));
        model.addAttribute("problems", problemCount == 0 ? List.of() : imports.problems(access, job.id(), page));
        model.addAttribute("problemCount", problemCount);
        model.addAttribute("page", page);
        model.addAttribute("pages", (problemCount + ImportProblems.PAGE - 1) / ImportProblems.PAGE);
        model.addAttribute("processed", Math.min(processed, total));
        model.addAttribute("total", job.counts().total());
        model.addAttribute("percent", Math.min(100, processed * 100 / total));
        model.addAttribute("showMapping", job.status() == ImportStatus.UPLOADED);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    /** After a refused form: show what the user chose, not the stored settings. */
    void keep(ImportSettings settings, Map<String, String> form, Model model) {
        model.addAttribute("mapping", settings.mapping().columns());
        model.addAttribute("referenceDate", form.getOrDefault("peildatum", ""));
        model.addAttribute("chosenMunicipality", form.getOrDefault("gemeenteVoorAlleRijen", ""));
        model.addAttribute("saveAs", form.getOrDefault("bewaarAls", ""));
    }

    /** The first rows by field, as the mapping reads them. */
    private static List<Preview> preview(ImportJob job, ColumnMapping mapping, List<List<String>> sample) {
        List<Preview> rows = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            List<Map.Entry<String, String>> values = new ArrayList<>();
            for (ImportField field : job.kind().fields()) {
                int column = mapping.column(field.key(), job.headers());
                if (column >= 0) {
                    values.add(Map.entry(field.label(), column < sample.get(i).size() ? sample.get(i).get(column) : ""));
                }
            }
            rows.add(new Preview(i + 2, values));
        }
        return rows;
    }

    private static List<String> masked(List<String> row) {
        return row.stream().map(cell -> cell == null ? "" : cell.replaceAll("[\\s.]", "").matches("\\d{8,9}") ? "•••••••••" : cell).toList();
    }
}
