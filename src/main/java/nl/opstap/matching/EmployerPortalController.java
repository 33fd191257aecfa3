package nl.opstap.matching;

import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.vacancy.Vacancy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The employer's own vacancies and the candidates proposed for them ({@link EmployerPortalApiController} for the API). */
@Controller
class EmployerPortalController {

    private final AccessGuard guard;
    private final EmployerPortalCandidates portal;

    EmployerPortalController(AccessGuard guard, EmployerPortalCandidates portal) {
        this.guard = guard;
        this.portal = portal;
    }

    @GetMapping("/werkgever/vacatures")
    String vacancies(Model model) {
        Access access = guard.require(Permission.OWN_EMPLOYER);
        model.addAttribute("vacancies", portal.vacancies(access));
        return "portfolio/employer-portal-vacancies";
    }

    @GetMapping("/werkgever/vacatures/{vacancyId}")
    String vacancy(@PathVariable UUID vacancyId, Model model) {
        Access access = guard.require(Permission.OWN_EMPLOYER);
        Vacancy vacancy = portal.vacancy(access, vacancyId);
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("candidates", portal.candidates(access, vacancy));
        return "portfolio/employer-portal-vacancy";
    }
}
