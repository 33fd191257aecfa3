package nl.opstap.matching;

import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Mijn vacatures": the vacancies proposed to the job seeker and why ({@link OwnMatches}). */
@Controller
class OwnMatchesController {

    private final AccessGuard guard;
    private final OwnMatches matches;

    OwnMatchesController(AccessGuard guard, OwnMatches matches) {
        this.guard = guard;
        this.matches = matches;
    }

    @GetMapping("/mijn-vacatures")
    String page(Model model) {
        Access access = guard.require(Permission.OWN_FILE);
        model.addAttribute("matches", matches.own(access));
        return "matching/own";
    }
}
