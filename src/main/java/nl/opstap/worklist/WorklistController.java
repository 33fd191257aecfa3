package nl.opstap.worklist;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.access.UserId;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.MessageCodes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The worklist screens: a caseworker's own, the team lead's overview per caseworker, and bulk reassignment. */
@Controller
class WorklistController {

    private final AccessGuard guard;
    private final Worklists worklists;
    private final ClientDirectory clients;
    private final MessageSource messages;

    WorklistController(AccessGuard guard, Worklists worklists, ClientDirectory clients, MessageSource messages) {
        this.guard = guard;
        this.worklists = worklists;
        this.clients = clients;
        this.messages = messages;
    }

    @GetMapping("/werklijst")
    String own(@RequestParam(name = "soort", required = false) String kind,
               @RequestParam(name = "achterstallig", defaultValue = "false") boolean overdueOnly, Model model) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        show(model, access, worklists.of(access, access.user().id(), filter(kind, overdueOnly)), kind, overdueOnly);
        model.addAttribute("own", true);
        return "worklist/list";
    }

    @GetMapping("/werklijst/team")
    String team(Model model) {
        Access access = guard.require(Permission.OVERVIEW);
        model.addAttribute("rows", worklists.team(access));
        return "worklist/team";
    }

    @GetMapping("/werklijst/team/{caseworker}")
    String ofCaseworker(@PathVariable String caseworker, @RequestParam(name = "soort", required = false) String kind,
                        @RequestParam(name = "achterstallig", defaultValue = "false") boolean overdueOnly, Model model) {
        Access access = guard.require(Permission.OVERVIEW);
        UserId id = WorklistKeys.caseworker(caseworker);
        show(model, access, worklists.of(access, id, filter(kind, overdueOnly)), kind, overdueOnly);
        model.addAttribute("own", false);
        model.addAttribute("caseworkerKey", caseworker);
        model.addAttribute("caseworkerName", worklists.caseworkerName(access, id));
        return "worklist/list";
    }

    @PostMapping("/werklijst/herverdelen")
    String reassign(@Valid @ModelAttribute Reassignment reassignment, BindingResult errors,
                    @RequestParam(name = "terug", defaultValue = "") String back, RedirectAttributes redirect) {
        Access access = guard.require(Permission.CASELOAD_ASSIGN);
        String target = back.isBlank() ? "/werklijst" : "/werklijst/team/" + WorklistKeys.checked(back);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("reassignError", messages.getMessage(errors.getAllErrors().getFirst(),
                    LocaleContextHolder.getLocale()));
            return "redirect:" + target;
        }
        try {
            int changed = clients.reassign(access, reassignment.clientIds().stream().map(ClientId::new).toList(),
                    new UserId(reassignment.caseworkerId()));
            redirect.addFlashAttribute("reassigned", changed);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("reassignError", violation.getMessage());
        }
        return "redirect:" + target;
    }

    private WorklistFilter filter(@Nullable String kind, boolean overdueOnly) {
        return new WorklistFilter(kind, overdueOnly, key -> MessageCodes.code(messages, key));
    }

    private Map<String, String> allKinds(String code) {
        return Map.of("worklist.kind.selected", code);
    }

    private void show(Model model, Access access, Worklist worklist, @Nullable String kind, boolean overdueOnly) {
        model.addAttribute("worklist", worklist);
        Map<String, String> kinds = new TreeMap<>(); // key -> Dutch code, for the filter's values
        worklist.lines().forEach(l -> l.items().forEach(i -> kinds.computeIfAbsent(i.kindKey(), k -> MessageCodes.code(messages, k))));
        if (kind != null && !kind.isBlank()) {
            kinds.putAll(allKinds(kind)); // keep the chosen kind selectable when nothing of it is left
        }
        model.addAttribute("kinds", kinds);
        model.addAttribute("kind", kind);
        model.addAttribute("overdueOnly", overdueOnly);
        boolean canAssign = access.user().can(Permission.CASELOAD_ASSIGN);
        model.addAttribute("canAssign", canAssign);
        model.addAttribute("caseworkers", canAssign ? worklists.caseworkers(guard.require(Permission.CASELOAD_ASSIGN)) : List.of());
    }
}
