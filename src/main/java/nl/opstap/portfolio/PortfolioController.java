package nl.opstap.portfolio;

import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import nl.opstap.shared.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mijn portfolio" for the job seeker: the overview, the contact details for the CV, and the CV as PDF. Own file only. */
@Controller
class PortfolioController {

    static final String HOME = "/mijn-portfolio";

    private final AccessGuard guard;
    private final PortfolioFiles files;
    private final CvContacts contacts;
    private final PortfolioService service;
    private final CvPdf cv;
    private final DocumentService documents;

    PortfolioController(AccessGuard guard, PortfolioFiles files, CvContacts contacts, PortfolioService service, CvPdf cv,
                        DocumentService documents) {
        this.guard = guard;
        this.files = files;
        this.contacts = contacts;
        this.service = service;
        this.cv = cv;
        this.documents = documents;
    }

    @GetMapping(HOME)
    String page(Model model) {
        Access access = guard.require(Permission.OWN_FILE);
        model.addAttribute("view", files.view(access, files.own(access, ProcessingAction.READ)));
        model.addAttribute("sections", PortfolioSection.values());
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("maxMegabytes", documents.maxBytes() / (1024 * 1024));
        return "portfolio/portfolio-own";
    }

    @GetMapping(HOME + "/cv.pdf")
    ResponseEntity<byte[]> cv() {
        Access access = guard.require(Permission.OWN_FILE);
        return cv.response(files.view(access, files.own(access, ProcessingAction.READ)));
    }

    @GetMapping(HOME + "/cv-gegevens")
    String contact(Model model) {
        Access access = guard.require(Permission.OWN_FILE);
        model.addAttribute("contact", contacts.of(files.own(access, ProcessingAction.READ).id()));
        return "portfolio/cv-contact";
    }

    @PostMapping(HOME + "/cv-gegevens")
    String saveContact(@ModelAttribute("contact") CvContact form, BindingResult errors, RedirectAttributes redirect) {
        Access access = guard.require(Permission.OWN_FILE);
        if (!errors.hasErrors()) {
            try {
                service.saveContact(access, form);
                redirect.addFlashAttribute("notice", "portfolio.saved");
                return "redirect:" + HOME;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            } catch (StaleVersionException stale) {
                errors.reject("stale", stale.getMessage() + ". Laad de pagina opnieuw en probeer het nog eens.");
            }
        }
        return "portfolio/cv-contact";
    }
}
