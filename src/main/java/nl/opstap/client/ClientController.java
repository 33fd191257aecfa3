package nl.opstap.client;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import nl.opstap.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register's screens: list and search, register, view and edit a client. */
@Controller
class ClientController {

    private final AccessGuard guard;
    private final FormErrors formErrors;
    private final ClientService service;
    private final ClientLookup lookup;
    private final ClientViews views;
    private final ClientForms forms;
    private final ClientDirectory directory;
    private final ClientFile file;

    ClientController(AccessGuard guard, FormErrors formErrors, ClientService service, ClientLookup lookup, ClientViews views, ClientForms forms,
                     ClientDirectory directory, ClientFile file) {
        this.guard = guard;
        this.formErrors = formErrors;
        this.service = service;
        this.lookup = lookup;
        this.views = views;
        this.forms = forms;
        this.directory = directory;
        this.file = file;
    }

    @GetMapping("/werkzoekenden")
    String list(@RequestParam(name = "naam", required = false) String name,
                @RequestParam(name = "geboortedatum", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birth,
                @RequestParam(name = "postcode", required = false) String postcode,
                @RequestParam(name = "gemeente", required = false) String municipality,
                @RequestParam(name = "mijn", required = false) boolean mine,
                @RequestParam(name = "sorteer", required = false) String sort,
                @RequestParam(name = "pagina", required = false) Integer page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_READ);
        if (SearchName.containsBsnLike(name)) {
            redirect.addFlashAttribute("bsnError", "Zoek op BSN met het veld Zoeken op BSN: een BSN hoort niet in het naamveld.");
            return "redirect:/werkzoekenden";
        }
        ClientSort.Order order = ClientSort.parse(sort).orElse(new ClientSort.Order(ClientSort.NAME, false));
        MunicipalityCode code = MunicipalityCode.isValid(municipality) ? new MunicipalityCode(municipality) : null;
        ClientSearch search = new ClientSearch(name, birth, postcode, code, mine ? access.user().id() : null, order);
        model.addAttribute("page", forms.withCaseworkerNames(lookup.search(access, search, Paging.of(page, null))));
        model.addAttribute("query", new ClientListQuery(name, birth, postcode, code == null ? null : code.value(), mine, order.code()));
        forms.addSearchChoices(access, model);
        return htmx != null ? "client/list :: results" : "client/list";
    }

    @PostMapping("/werkzoekenden/zoeken-op-bsn")
    String findByBsn(@RequestParam(name = "bsn", defaultValue = "") String bsn, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_READ);
        Optional<String> problem = Bsn.problemWith(bsn);
        if (problem.isPresent()) {
            redirect.addFlashAttribute("bsnError", problem.get());
            return "redirect:/werkzoekenden";
        }
        List<ClientId> found = lookup.findByBsn(access, bsn);
        if (found.size() == 1) {
            return "redirect:/werkzoekenden/" + found.getFirst();
        }
        if (found.isEmpty()) {
            redirect.addFlashAttribute("bsnError", "Er is in uw gemeenten geen werkzoekende met dit BSN.");
            return "redirect:/werkzoekenden";
        }
        model.addAttribute("page", forms.withCaseworkerNames(lookup.search(access, ClientSearch.ofIds(found), new Paging(1, 25))));
        model.addAttribute("query", new ClientListQuery(null, null, null, null, false, ClientSort.NAME.code()));
        model.addAttribute("bsnNotice", "client.bsnSearch.several");
        forms.addSearchChoices(access, model);
        return "client/list";
    }

    @GetMapping("/werkzoekenden/nieuw")
    String newClient(Model model) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        model.addAttribute("form", forms.emptyRegistration(access));
        forms.addChoices(access, model);
        return "client/new";
    }

    @PostMapping("/werkzoekenden")
    String register(@Valid @ModelAttribute("form") NewClient form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                Client client = service.register(access, form);
                redirect.addFlashAttribute("notice", "client.registered");
                return "redirect:/werkzoekenden/" + client.id();
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, registrationPrefix(violation));
            }
        }
        forms.addChoices(access, model);
        return "client/new";
    }

    @GetMapping("/werkzoekenden/{id}")
    String show(@PathVariable UUID id, Model model) {
        Access access = guard.require(Permission.CLIENT_READ);
        Client client = service.read(access, new ClientId(id));
        forms.addFileModel(access, views.of(access, client), model);
        ClientRef ref = directory.ref(client);
        model.addAttribute("file", file.header(access, ref, ClientFile.OVERVIEW.path()));
        model.addAttribute("sections", file.sections(access, ref));
        return "client/show";
    }

    @GetMapping("/werkzoekenden/{id}/bewerken")
    String edit(@PathVariable UUID id, Model model) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        Client client = service.read(access, new ClientId(id));
        model.addAttribute("form", client.details());
        model.addAttribute("client", views.of(access, client));
        model.addAttribute("version", client.version());
        forms.addChoices(access, model);
        return "client/edit";
    }

    @PostMapping("/werkzoekenden/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ClientDetails form, BindingResult errors,
                  @RequestParam(name = "version") int version, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        ClientId clientId = new ClientId(id);
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                service.update(access, clientId, form, version);
                redirect.addFlashAttribute("notice", "client.saved");
                return "redirect:/werkzoekenden/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            } catch (StaleVersionException stale) {
                Client current = service.read(access, clientId);
                model.addAttribute("conflicts", ClientForms.differences(form, current.details()));
                version = current.version();
            }
        }
        model.addAttribute("client", views.of(access, service.read(access, clientId)));
        model.addAttribute("version", version);
        forms.addChoices(access, model);
        return "client/edit";
    }

    /** Where a rule's field sits in the registration form. */
    private static String registrationPrefix(RuleViolation violation) {
        if (violation.command() == ClientDetails.class) {
            return "details.";
        }
        return violation.command() == BenefitChange.class ? "benefit." : "";
    }
}
