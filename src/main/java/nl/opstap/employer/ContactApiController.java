package nl.opstap.employer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.web.ETags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/werkgevers/{id}/contactpersonen: an employer's contact persons. */
@RestController
@Tag(name = "Werkgevers", description = "Werkgevers, contactpersonen en contactmomenten (werkgeversdienstverlening)")
class ContactApiController {

    private final AccessGuard guard;
    private final EmployerService employers;
    private final ContactPersonService contacts;

    ContactApiController(AccessGuard guard, EmployerService employers, ContactPersonService contacts) {
        this.guard = guard;
        this.employers = employers;
        this.contacts = contacts;
    }

    @GetMapping(path = "/api/v1/werkgevers/{employerId}/contactpersonen", produces = "application/json")
    @Operation(summary = "De contactpersonen van een werkgever", description = "Eerst wie er werkt, dan wie vertrok (actief=false).")
    List<EmployerResources.ContactResource> list(@PathVariable UUID employerId) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        Employer employer = employers.employer(access, new EmployerId(employerId));
        return contacts.contacts(access, employer).stream().map(EmployerResources.ContactResource::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/werkgevers/{employerId}/contactpersonen", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een contactpersoon toevoegen")
    ResponseEntity<List<EmployerResources.ContactResource>> add(@PathVariable UUID employerId, @Valid @RequestBody ContactForm body) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Employer employer = employers.employer(access, new EmployerId(employerId));
        contacts.add(access, employer.id(), body);
        return ResponseEntity.status(201).body(contacts.contacts(access, employer).stream().map(EmployerResources.ContactResource::of).toList());
    }

    @GetMapping(path = "/api/v1/werkgevers/{employerId}/contactpersonen/{contactId}", produces = "application/json")
    @Operation(summary = "Een contactpersoon", description = "De ETag is de versie; geef die bij wijzigen of verwijderen mee in If-Match.")
    ResponseEntity<EmployerResources.ContactResource> get(@PathVariable UUID employerId, @PathVariable UUID contactId) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        return answer(contacts.contact(access, new EmployerId(employerId), contactId));
    }

    @PutMapping(path = "/api/v1/werkgevers/{employerId}/contactpersonen/{contactId}", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een contactpersoon wijzigen", description = "Met If-Match; een verouderde versie geeft 412.")
    ResponseEntity<EmployerResources.ContactResource> update(@PathVariable UUID employerId, @PathVariable UUID contactId,
                                                             @Valid @RequestBody ContactForm body, @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        EmployerId employer = employers.employer(access, new EmployerId(employerId)).id();
        contacts.update(access, employer, contactId, ETags.parse(ifMatch), body);
        return answer(contacts.contact(access, employer, contactId));
    }

    @DeleteMapping(path = "/api/v1/werkgevers/{employerId}/contactpersonen/{contactId}", produces = "application/json")
    @Operation(summary = "Een vertrokken contactpersoon verwijderen", description = "Met If-Match. Noemen contactmomenten deze persoon, "
            + "dan blijft die bewaard als niet actief (200 met de contactpersoon); anders verdwijnt die (204).")
    ResponseEntity<EmployerResources.ContactResource> remove(@PathVariable UUID employerId, @PathVariable UUID contactId,
                                                             @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        EmployerId employer = employers.employer(access, new EmployerId(employerId)).id();
        if (contacts.remove(access, employer, contactId, ETags.parse(ifMatch)) == ContactPersonService.Removal.DELETED) {
            return ResponseEntity.noContent().build();
        }
        return answer(contacts.contact(access, employer, contactId));
    }

    private static ResponseEntity<EmployerResources.ContactResource> answer(Views.Contact contact) {
        return ResponseEntity.ok().eTag(ETags.of(contact.version())).body(EmployerResources.ContactResource.of(contact));
    }
}
