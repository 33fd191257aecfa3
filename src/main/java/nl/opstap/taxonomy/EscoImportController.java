package nl.opstap.taxonomy;

import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ESCO import screen: upload the official CSV files, see the validation report or the result, and the history. */
@Controller
class EscoImportController {

    private final AccessGuard guard;
    private final EscoImports imports;
    private final EscoUploads uploads;
    private final Occupations occupations;
    private final Skills skills;

    EscoImportController(AccessGuard guard, EscoImports imports, EscoUploads uploads, Occupations occupations, Skills skills) {
        this.guard = guard;
        this.imports = imports;
        this.uploads = uploads;
        this.occupations = occupations;
        this.skills = skills;
    }

    @GetMapping("/beheer/esco")
    String page(Model model) {
        guard.require(Permission.CATALOGUE_ADMIN);
        return page("", List.of(), 0, model);
    }

    @PostMapping("/beheer/esco")
    String load(@RequestParam(name = "versie", defaultValue = "") String version,
                @RequestPart(name = "beroepen", required = false) @Nullable MultipartFile occupationsFile,
                @RequestPart(name = "vaardigheden", required = false) @Nullable MultipartFile skillsFile,
                @RequestPart(name = "relaties", required = false) @Nullable MultipartFile relationsFile,
                Model model, RedirectAttributes redirect) {
        Access admin = guard.require(Permission.CATALOGUE_ADMIN);
        try {
            imports.load(admin, uploads.of(version, occupationsFile, skillsFile, relationsFile));
            redirect.addFlashAttribute("notice", "esco.imported"); // the counts show in the history table
            return "redirect:/beheer/esco";
        } catch (EscoImportRefused refused) {
            return page(version, refused.problems(), refused.total(), model);
        }
    }

    private String page(String version, List<EscoProblem> problems, int total, Model model) {
        model.addAttribute("version", version);
        model.addAttribute("problems", problems);
        model.addAttribute("problemTotal", total);
        model.addAttribute("history", imports.history());
        model.addAttribute("occupationCount", occupations.size());
        model.addAttribute("skillCount", skills.size());
        return "taxonomy/esco";
    }
}
