package nl.opstap.portfolio;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.EducationLevel;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.Vacancy;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The employer's screens: browse anonymous profiles with filters, open one, and ask the account manager for contact. */
@Controller
class ProfileBrowseController {

    private final AccessGuard guard;
    private final ProfileBrowser browser;
    private final ContactRequestService requests;
    private final Vacancies vacancies;

    ProfileBrowseController(AccessGuard guard, ProfileBrowser browser, ContactRequestService requests, Vacancies vacancies) {
        this.guard = guard;
        this.browser = browser;
        this.requests = requests;
        this.vacancies = vacancies;
    }

    @GetMapping("/werkgever/profielen")
    String list(@RequestParam(name = "opleiding", required = false) @Nullable String education,
                @RequestParam(name = "vaardigheid", required = false) @Nullable String skill,
                @RequestParam(name = "sector", required = false) @Nullable String sector,
                @RequestParam(name = "urenMin", required = false) @Nullable Integer hoursMin,
                @RequestParam(name = "postcode", required = false) @Nullable String postcode,
                @RequestParam(name = "reisafstandKm", required = false) @Nullable Integer travelKm,
                @RequestParam(name = "beschikbaarPer", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate availableBy,
                Model model) {
        Access access = guard.require(Permission.PUBLISHED_PROFILES);
        ProfileFilter filter = new ProfileFilter(education, skill, sector, hoursMin, postcode, travelKm, availableBy);
        model.addAttribute("found", browser.search(access, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("levels", List.of(EducationLevel.values()));
        model.addAttribute("requests", access.user().ownEmployerId() == null ? List.of() : requests.ofOwnEmployer(access));
        return "portfolio/profile-list";
    }

    @GetMapping("/werkgever/profielen/{number}")
    String show(@PathVariable String number, Model model) {
        Access access = guard.require(Permission.PUBLISHED_PROFILES);
        return detail(access, number, model, new ContactForm(null, null), null);
    }

    @PostMapping("/werkgever/profielen/{number}/contactverzoek")
    String ask(@PathVariable String number, @Valid @ModelAttribute("contact") ContactForm form, BindingResult errors, Model model,
               RedirectAttributes flash) {
        Access access = guard.require(Permission.PUBLISHED_PROFILES);
        ContactRequestService.ownEmployer(access);
        if (errors.hasErrors()) {
            return detail(access, number, model, new ContactForm(form.message(), null), errors.hasFieldErrors("message")
                    ? "Het bericht is te lang (hoogstens 1000 tekens)." : "Kies een vacature uit de lijst.");
        }
        try {
            requests.ask(access, number, form.vacancy(), form.message());
        } catch (RuleViolation e) {
            return detail(access, number, model, form, e.violations().getFirst().message());
        }
        flash.addFlashAttribute("notice", "profiles.contact.sent");
        return "redirect:/werkgever/profielen/" + number;
    }

    private String detail(Access access, String number, Model model, ContactForm form, @Nullable String problem) {
        model.addAttribute("profile", browser.profile(access, number));
        model.addAttribute("contact", form);
        model.addAttribute("problem", problem);
        UUID employer = access.user().ownEmployerId();
        model.addAttribute("canAsk", employer != null);
        model.addAttribute("ownVacancies", employer == null ? List.<Vacancy>of()
                : vacancies.ofEmployer(access.as(Permission.OWN_EMPLOYER), new nl.opstap.employer.EmployerId(employer)));
        return "portfolio/profile-detail";
    }
}
