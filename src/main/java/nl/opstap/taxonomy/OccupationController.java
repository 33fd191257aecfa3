package nl.opstap.taxonomy;

import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Occupation suggestions for forms (htmx): a group of radio buttons whose value is the ESCO URI, so the
 * choice works with keyboard and screen reader and without JavaScript (the form then reloads).
 */
@Controller
class OccupationController {

    static final int SUGGESTIONS = 12;

    private final AccessGuard guard;
    private final Occupations occupations;

    OccupationController(AccessGuard guard, Occupations occupations) {
        this.guard = guard;
        this.occupations = occupations;
    }

    @GetMapping("/beroepen/suggesties")
    String suggestions(@RequestParam(name = "zoek", required = false) @org.jspecify.annotations.Nullable String query,
                       @RequestParam(name = "beroepZoek", required = false) @org.jspecify.annotations.Nullable String formQuery,
                       @RequestParam(name = "veld", defaultValue = "uri") String field, Model model) {
        guard.require(Permission.CLIENT_READ);
        String text = query != null ? query : formQuery != null ? formQuery : "";
        model.addAttribute("zoek", text);
        model.addAttribute("field", field.matches("[a-zA-Z]{1,30}") ? field : "uri");
        model.addAttribute("hits", text.strip().length() < 2 ? java.util.List.of() : occupations.hits(text, SUGGESTIONS));
        return "taxonomy/occupations :: suggestions";
    }
}
