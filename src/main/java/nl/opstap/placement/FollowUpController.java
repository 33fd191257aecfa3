package nl.opstap.placement;

import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The follow-up worklist: contacts due within two weeks and overdue ones first. A jobcoach sees their own placements by
 * default; "alle" shows every placement in their municipalities (e.g. a caseworker or a colleague standing in).
 */
@Controller
class FollowUpController {

    static final int LOOK_AHEAD_DAYS = 14;

    private final AccessGuard guard;
    private final FollowUpService service;

    FollowUpController(AccessGuard guard, FollowUpService service) {
        this.guard = guard;
        this.service = service;
    }

    @GetMapping("/nazorg")
    String list(@RequestParam(name = "alle", required = false) Boolean all, Model model) {
        Access access = guard.require(Permission.PLACEMENT_WRITE);
        boolean everything = all != null ? all : !access.user().hasRole(Role.JOBCOACH);
        var lines = service.due(access, everything ? null : access.user().id().value(), LOOK_AHEAD_DAYS);
        model.addAttribute("lines", lines);
        model.addAttribute("all", everything);
        model.addAttribute("overdue", lines.stream().filter(FollowUpService.DueLine::overdue).count());
        model.addAttribute("today", service.today());
        return "placement/follow-ups";
    }
}
