package nl.opstap.journal;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientFile;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The journal tab: entries the user may read (newest first, by type, paged), adding one, and correcting one's own. */
@Controller
class JournalController {

    static final String TAB = "journaal";

    private final AccessGuard guard;
    private final JournalService service;
    private final ClientFile file;
    private final FormErrors formErrors;

    JournalController(AccessGuard guard, JournalService service, ClientFile file, FormErrors formErrors) {
        this.guard = guard;
        this.service = service;
        this.file = file;
        this.formErrors = formErrors;
    }

    @GetMapping("/werkzoekenden/{id}/journaal")
    String list(@PathVariable UUID id, @RequestParam(name = "soort", required = false) String type,
                @RequestParam(name = "pagina", required = false) Integer page, Model model) {
        Access access = guard.require(Permission.CLIENT_READ);
        listModel(access, id, type, page, model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewJournalEntry(null, null, null, null));
        }
        return "journal/list";
    }

    @PostMapping("/werkzoekenden/{id}/journaal")
    String write(@PathVariable UUID id, @Valid @ModelAttribute("form") NewJournalEntry form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        Access access = guard.require(Permission.JOURNAL_WRITE);
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                service.write(access, new ClientId(id), form);
                redirect.addFlashAttribute("notice", "journal.saved");
                return "redirect:/werkzoekenden/" + id + "/journaal";
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        listModel(guard.require(Permission.CLIENT_READ), id, null, null, model);
        return "journal/list";
    }

    @GetMapping("/werkzoekenden/{id}/journaal/{entryId}")
    String show(@PathVariable UUID id, @PathVariable UUID entryId, Model model) {
        Access access = guard.require(Permission.CLIENT_READ);
        JournalEntry entry = service.read(access, new ClientId(id), new JournalEntryId(entryId));
        showModel(access, entry, model);
        if (!model.containsAttribute("correction")) {
            model.addAttribute("correction", new JournalCorrection(entry.current().subject(), entry.current().text(), null));
        }
        return "journal/show";
    }

    @PostMapping("/werkzoekenden/{id}/journaal/{entryId}/correctie")
    String correct(@PathVariable UUID id, @PathVariable UUID entryId, @Valid @ModelAttribute("correction") JournalCorrection form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.JOURNAL_WRITE);
        errors = formErrors.attach(model, "correction", form, errors);
        if (!errors.hasErrors()) {
            try {
                service.correct(access, new ClientId(id), new JournalEntryId(entryId), form);
                redirect.addFlashAttribute("notice", "journal.corrected");
                return "redirect:/werkzoekenden/" + id + "/journaal/" + entryId;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        Access read = guard.require(Permission.CLIENT_READ);
        showModel(read, service.read(read, new ClientId(id), new JournalEntryId(entryId)), model);
        return "journal/show";
    }

    private void listModel(Access access, UUID id, String type, Integer page, Model model) {
        JournalType filter = parse(type);
        JournalService.JournalPage journal = service.page(access, new ClientId(id), filter, Paging.of(page, 20));
        model.addAttribute("file", file.header(access, journal.client(), TAB));
        model.addAttribute("clientId", id);
        model.addAttribute("page", journal.entries());
        model.addAttribute("types", List.copyOf(journal.readable()));
        model.addAttribute("writable", List.copyOf(journal.writable()));
        model.addAttribute("filter", filter);
    }

    private void showModel(Access access, JournalEntry entry, Model model) {
        ClientRef ref = service.clientOf(access, entry.client());
        model.addAttribute("file", file.header(access, ref, TAB));
        model.addAttribute("clientId", entry.client().value());
        model.addAttribute("entry", entry);
        model.addAttribute("canCorrect", entry.correctableBy(access.user().id())
                && access.user().scopeFor(Permission.JOURNAL_WRITE).contains(entry.municipality()));
    }

    private static JournalType parse(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return JournalType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
