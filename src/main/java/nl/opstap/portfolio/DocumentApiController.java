package nl.opstap.portfolio;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** /api/v1/mijn/documenten: the job seeker's own documents (PDF, PNG or JPEG, checked by content). */
@RestController
@RequestMapping(path = "/api/v1/mijn/documenten", produces = "application/json")
@Tag(name = "Mijn documenten", description = "Cv, diploma's, referenties: alleen PDF, PNG of JPEG, gecontroleerd op de inhoud")
class DocumentApiController {

    private final AccessGuard guard;
    private final DocumentService documents;

    DocumentApiController(AccessGuard guard, DocumentService documents) {
        this.guard = guard;
        this.documents = documents;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Een document uploaden", description = "Velden: soort (cv, diploma, referentie, overig) en bestand.")
    ResponseEntity<PortfolioResource.Document> upload(@RequestParam(name = "soort", required = false) @Nullable String kind,
                                                      @RequestParam(name = "bestand", required = false) @Nullable MultipartFile file) {
        Access access = guard.require(Permission.OWN_FILE);
        try {
            PortfolioDocument document = documents.upload(access, null, kind, file);
            return ResponseEntity.created(URI.create("/api/v1/mijn/documenten/" + document.id())).body(PortfolioResource.Document.of(document));
        } catch (DocumentContent.Refused refused) {
            throw RuleViolation.of(null, kind == null || DocumentKind.find(kind).isEmpty() ? "soort" : "bestand", "refused",
                    refused.getMessage());
        }
    }

    @GetMapping(path = "/{id}", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE,
            MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.ALL_VALUE})
    @Operation(summary = "Een document downloaden", description = "Als bijlage, met het type dat de inhoud werkelijk heeft.")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        Access access = guard.require(Permission.OWN_FILE);
        return DocumentController.download(documents.download(access, null, new DocumentId(id)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Een document verwijderen")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        Access access = guard.require(Permission.OWN_FILE);
        documents.delete(access, null, new DocumentId(id));
        return ResponseEntity.noContent().build();
    }
}
