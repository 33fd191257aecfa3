package nl.opstap.client;

import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Mijn gegevens": a job seeker reads their own file, nothing else. */
@Controller
class OwnFileController {

    private final AccessGuard guard;
    private final ClientService service;
    private final ClientViews views;

    OwnFileController(AccessGuard guard, ClientService service, ClientViews views) {
        this.guard = guard;
        this.service = service;
        this.views = views;
    }

    @GetMapping("/mijn-gegevens")
    String ownFile(Model model) {
        Access access = guard.require(Permission.OWN_FILE);
        model.addAttribute("client", views.of(access, service.readOwnFile(access)));
        return "client/own-file";
    }
}
