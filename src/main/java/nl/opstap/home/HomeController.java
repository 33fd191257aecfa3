package nl.opstap.home;

import nl.opstap.access.AccessGuard;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import nl.opstap.client.ClientDirectory;
import nl.opstap.organisation.Municipalities;
import nl.opstap.shared.domain.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The start page shows a section for each role the user holds; a job seeker gets "Mijn Opstap", their own pages. */
@Controller
class HomeController {

    private final AccessGuard guard;
    private final ClientDirectory clients;
    private final Municipalities municipalities;

    HomeController(AccessGuard guard, ClientDirectory clients, Municipalities municipalities) {
        this.guard = guard;
        this.clients = clients;
        this.municipalities = municipalities;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "pagina", required = false) Integer page, Model model) {
        CurrentUser user = guard.requireSignedIn();
        boolean staff = user.roles().stream().anyMatch(Role::isStaffRole);
        if (!staff && user.ownClientId() != null) {
            model.addAttribute("firstName", user.displayName());
            return "home/portal";
        }
        if (user.hasRole(Role.CASEWORKER)) {
            model.addAttribute("caseload", clients.caseloadOf(guard.require(Permission.CLIENT_READ), Paging.of(page, null)));
        }
        if (user.can(Permission.OVERVIEW)) {
            model.addAttribute("overview", Overview.of(clients.figures(guard.require(Permission.OVERVIEW)), municipalities));
        }
        model.addAttribute("canSearch", user.can(Permission.CLIENT_READ));
        model.addAttribute("isEmployer", user.hasRole(Role.EMPLOYER));
        model.addAttribute("canAdminister", user.can(Permission.USER_ADMIN));
        model.addAttribute("canCheckLog", user.can(Permission.PROCESSING_LOG_READ));
        model.addAttribute("myMunicipalities", municipalities.of(user.municipalities()));
        return "home/home";
    }
}
