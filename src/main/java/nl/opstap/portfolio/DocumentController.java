package nl.opstap.portfolio;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Documents on the screens: the job seeker on "Mijn portfolio" (own file) and staff on the client's portfolio tab
 * (upload and delete with CLIENT_WRITE, download with CLIENT_READ). A refused upload goes back with the reason next to
 * the file field; nothing is stored.
 */
@Controller
class DocumentController {

    private final AccessGuard guard;
    private final DocumentService documents;

    DocumentController(AccessGuard guard, DocumentService documents) {
        this.guard = guard;
        this.documents = documents;
    }

    @PostMapping(PortfolioController.HOME + "/documenten")
    String uploadOwn(@RequestParam(name = "kind", required = false) @Nullable String kind,
                     @RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
        Access access = guard.require(Permission.OWN_FILE);
        return upload(access, null, kind, file, redirect, PortfolioController.HOME);
    }

    @GetMapping(PortfolioController.HOME + "/documenten/{id}")
    ResponseEntity<byte[]> downloadOwn(@PathVariable UUID id) {
        Access access = guard.require(Permission.OWN_FILE);
        return download(documents.download(access, null, new DocumentId(id)));
    }

    @PostMapping(PortfolioController.HOME + "/documenten/{id}/verwijderen")
    String deleteOwn(@PathVariable UUID id, RedirectAttributes redirect) {
        Access access = guard.require(Permission.OWN_FILE);
        documents.delete(access, null, new DocumentId(id));
        redirect.addFlashAttribute("notice", "portfolio.document.deleted");
        return "redirect:" + PortfolioController.HOME;
    }

    @PostMapping("/werkzoekenden/{clientId}/portfolio/documenten")
    String uploadStaff(@PathVariable UUID clientId, @RequestParam(name = "kind", required = false) @Nullable String kind,
                       @RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        return upload(access, new ClientId(clientId), kind, file, redirect, PortfolioFileController.path(clientId));
    }

    @GetMapping("/werkzoekenden/{clientId}/portfolio/documenten/{documentId}")
    ResponseEntity<byte[]> downloadStaff(@PathVariable UUID clientId, @PathVariable UUID documentId) {
        Access access = guard.require(Permission.CLIENT_READ);
        return download(documents.download(access, new ClientId(clientId), new DocumentId(documentId)));
    }

    @PostMapping("/werkzoekenden/{clientId}/portfolio/documenten/{documentId}/verwijderen")
    String deleteStaff(@PathVariable UUID clientId, @PathVariable UUID documentId, RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        documents.delete(access, new ClientId(clientId), new DocumentId(documentId));
        redirect.addFlashAttribute("notice", "portfolio.document.deleted");
        return "redirect:" + PortfolioFileController.path(clientId);
    }

    private String upload(Access access, @Nullable ClientId client, @Nullable String kind, @Nullable MultipartFile file,
                          RedirectAttributes redirect, String back) {
        try {
            documents.upload(access, client, kind, file);
            redirect.addFlashAttribute("notice", "portfolio.document.saved");
        } catch (DocumentContent.Refused refused) {
            redirect.addFlashAttribute("uploadError", refused.getMessage());
        }
        return "redirect:" + back + "#documenten";
    }

    /** The stored bytes as an attachment of their sniffed type, never rendered by the browser as a page. */
    static ResponseEntity<byte[]> download(Documents.Stored stored) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(stored.meta().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(stored.meta().name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .cacheControl(CacheControl.noStore())
                .body(stored.content());
    }
}
