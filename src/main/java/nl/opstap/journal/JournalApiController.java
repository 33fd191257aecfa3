package nl.opstap.journal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import nl.opstap.shared.domain.Coded;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.ApiPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** /api/v1/werkzoekenden/{id}/journaal: the journal in the API; entries of types the caller may not read are absent. */
@RestController
@RequestMapping(path = "/api/v1/werkzoekenden/{id}/journaal", produces = "application/json")
@Tag(name = "Journaal", description = "Gespreksverslagen en andere aantekeningen; wie wat leest, volgt uit de rol")
class JournalApiController {

    @Schema(name = "JournalRevision")
    record Revision(@JsonProperty("versie") int number, @JsonProperty("onderwerp") @Nullable String subject,
                    @JsonProperty("tekst") String text, @JsonProperty("reden") @Nullable String reason,
                    @JsonProperty("geschrevenOp") Instant writtenAt, @JsonProperty("geschrevenDoor") String writtenBy) {}

    @Schema(name = "JournalEntry")
    record Entry(@JsonProperty("id") UUID id, @JsonProperty("soort") JournalType type, @JsonProperty("datum") LocalDate date,
                 @JsonProperty("auteur") String author, @JsonProperty("onderwerp") @Nullable String subject,
                 @JsonProperty("tekst") String text, @JsonProperty("gecorrigeerd") boolean corrected,
                 @JsonProperty("versies") List<Revision> revisions) {

        static Entry of(JournalEntry e) {
            return new Entry(e.id().value(), e.type(), e.date(), e.authorName(), e.current().subject(), e.current().text(),
                    e.isCorrected(), e.revisions().stream().map(r -> new Revision(r.number(), r.subject(), r.text(), r.reason(),
                    r.writtenAt(), r.writtenByName())).toList());
        }
    }

    @Schema(name = "JournalPage")
    record Page(@JsonProperty("journaal") List<Entry> entries, @JsonProperty("pagina") ApiPage.Info page,
                @JsonProperty("_links") Map<String, ApiPage.Link> links) {}

    private final AccessGuard guard;
    private final JournalService service;

    JournalApiController(AccessGuard guard, JournalService service) {
        this.guard = guard;
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Het journaal van een werkzoekende, de nieuwste eerst",
            description = "Filter met soort (gespreksverslag, telefoonnotitie, huisbezoek, medisch-zorg, werkgeverscontact, overig).")
    Page list(@PathVariable UUID id, @RequestParam(name = "soort", required = false) String type,
              @RequestParam(name = "pagina", defaultValue = "1") @Min(value = 1, message = "{api.page.min}") int page,
              @RequestParam(name = "paginaGrootte", defaultValue = "25")
              @Min(value = 1, message = "{api.pageSize.range}") @Max(value = 100, message = "{api.pageSize.range}") int size) {
        Access access = guard.require(Permission.CLIENT_READ);
        JournalType filter = null;
        if (type != null && !type.isBlank()) {
            try {
                filter = Coded.fromCode(JournalType.class, type);
            } catch (IllegalArgumentException e) {
                throw RuleViolation.of(null, "soort", "value", "Kies een soort uit: " + String.join(", ", Coded.codesOf(JournalType.class)) + ".");
            }
        }
        var result = service.page(access, new ClientId(id), filter, new Paging(page, size)).entries();
        return new Page(result.content().stream().map(Entry::of).toList(), ApiPage.info(result),
                ApiPage.links(result, ServletUriComponentsBuilder.fromCurrentRequest()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = "application/json")
    @Operation(summary = "Een journaalregel vastleggen", description = "Verplicht: soort en tekst (hoogstens 10.000 tekens). datum (standaard vandaag) ligt niet in de toekomst.")
    ResponseEntity<Entry> write(@PathVariable UUID id, @Valid @RequestBody NewJournalEntry body) {
        Access access = guard.require(Permission.JOURNAL_WRITE);
        JournalEntry entry = service.write(access, new ClientId(id), body);
        return ResponseEntity.created(URI.create("/api/v1/werkzoekenden/" + id + "/journaal/" + entry.id())).body(Entry.of(entry));
    }

    @GetMapping("/{entryId}")
    @Operation(summary = "Eén journaalregel met al haar versies")
    Entry get(@PathVariable UUID id, @PathVariable UUID entryId) {
        Access access = guard.require(Permission.CLIENT_READ);
        return Entry.of(service.read(access, new ClientId(id), new JournalEntryId(entryId)));
    }

    @PostMapping(path = "/{entryId}/correctie", consumes = "application/json")
    @Operation(summary = "Een eigen journaalregel corrigeren", description = "De oude tekst blijft bewaard. Na de dag van schrijven is een reden verplicht.")
    Entry correct(@PathVariable UUID id, @PathVariable UUID entryId, @Valid @RequestBody JournalCorrection body) {
        Access access = guard.require(Permission.JOURNAL_WRITE);
        return Entry.of(service.correct(access, new ClientId(id), new JournalEntryId(entryId), body));
    }
}
