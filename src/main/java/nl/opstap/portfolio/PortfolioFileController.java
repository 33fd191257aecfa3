package nl.opstap.portfolio;

import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientFile;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client's portfolio tab for staff: the whole portfolio read-only, comments, documents and the CV. */
@Controller
class PortfolioFileController {

    static final String TAB = "portfolio";

    private final AccessGuard guard;
    private final PortfolioFiles files;
    private final PortfolioReview review;
    private final ClientFile file;
    private final CvPdf cv;
    private final DocumentService documents;

    PortfolioFileController(AccessGuard guard, PortfolioFiles files, PortfolioReview review, ClientFile file, CvPdf cv,
                            DocumentService documents) {
        this.guard = guard;
        this.files = files;
        this.review = review;
        this.file = file;
        this.cv = cv;
        this.documents = documents;
    }

    static String path(UUID clientId) {
        return "/werkzoekenden/" + clientId + "/" + TAB;
    }

    @GetMapping("/werkzoekenden/{clientId}/portfolio")
    String page(@PathVariable UUID clientId, Model model) {
        Access access = guard.require(Permission.CLIENT_READ);
        ClientRef client = files.staff(access, new ClientId(clientId), ProcessingAction.READ);
        model.addAttribute("file", file.header(access, client, TAB));
        model.addAttribute("view", files.view(access, client));
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("maxMegabytes", documents.maxBytes() / (1024 * 1024));
        model.addAttribute("canWrite", access.user().scopeFor(Permission.CLIENT_WRITE).contains(client.municipality()));
        model.addAttribute("canComment", access.user().scopeFor(Permission.JOURNAL_WRITE).contains(client.municipality()));
        return "portfolio/portfolio-file";
    }

    @PostMapping("/werkzoekenden/{clientId}/portfolio/opmerkingen")
    String comment(@PathVariable UUID clientId, @RequestParam(name = "text", required = false) @Nullable String text,
                   @RequestParam(name = "entry", required = false) @Nullable UUID entry, RedirectAttributes redirect) {
        Access access = guard.require(Permission.JOURNAL_WRITE);
        try {
            review.comment(access, new ClientId(clientId), new PortfolioReview.CommentForm(text, entry));
            redirect.addFlashAttribute("notice", "portfolio.comment.saved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("commentError", violation.getMessage());
            redirect.addFlashAttribute("commentText", text);
        }
        return "redirect:" + path(clientId) + "#opmerkingen";
    }

    @GetMapping("/werkzoekenden/{clientId}/portfolio/cv.pdf")
    ResponseEntity<byte[]> cv(@PathVariable UUID clientId) {
        Access access = guard.require(Permission.CLIENT_READ);
        return cv.response(files.view(access, files.staff(access, new ClientId(clientId), ProcessingAction.READ)));
    }
}
