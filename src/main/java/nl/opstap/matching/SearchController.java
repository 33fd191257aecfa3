package nl.opstap.matching;

import java.util.UUID;
import java.util.regex.Pattern;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.domain.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saving and deleting match searches from the match pages; back to the page they came from. */
@Controller
class SearchController {

    /** Only the match pages themselves: never an address elsewhere. */
    private static final Pattern BACK = Pattern.compile("/(vacatures/[0-9a-f-]{36}/kandidaten|werkzoekenden/[0-9a-f-]{36}/matching)");

    private final AccessGuard guard;
    private final SearchKeeping searches;

    SearchController(AccessGuard guard, SearchKeeping searches) {
        this.guard = guard;
        this.searches = searches;
    }

    @PostMapping("/matching/zoekopdrachten")
    String save(MatchFilterParams params, @RequestParam(name = "naam", required = false) String name,
                @RequestParam(name = "richting", required = false) String direction,
                @RequestParam(name = "gemeenteCode", required = false) String municipality,
                @RequestParam(name = "gedeeld", required = false) String shared,
                @RequestParam(name = "terug", required = false) String back, RedirectAttributes redirect) {
        Access access = guard.require(Permission.MATCHING);
        String target = back != null && BACK.matcher(back).matches() ? back : "/";
        try {
            searches.save(access, new SearchKeeping.SaveRequest(name, direction, municipality, "true".equals(shared)), params.filters());
            redirect.addFlashAttribute("notice", "matching.saved.done");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("refusal", violation.violations().getFirst().message());
        }
        return "redirect:" + target;
    }

    @PostMapping("/matching/zoekopdrachten/{searchId}/verwijderen")
    String delete(@PathVariable UUID searchId, @RequestParam(name = "terug", required = false) String back, RedirectAttributes redirect) {
        Access access = guard.require(Permission.MATCHING);
        searches.delete(access, searchId);
        redirect.addFlashAttribute("notice", "matching.saved.deleted");
        return "redirect:" + (back != null && BACK.matcher(back).matches() ? back : "/");
    }
}
