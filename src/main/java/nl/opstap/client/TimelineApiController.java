package nl.opstap.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.web.MessageCodes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/werkzoekenden/{id}/tijdlijn: the timeline of a client's file. */
@RestController
@Tag(name = "Werkzoekenden")
class TimelineApiController {

    private final AccessGuard guard;
    private final ClientService service;
    private final ClientFile file;
    private final ClientDirectory directory;

    private final MessageSource messages;

    TimelineApiController(AccessGuard guard, ClientService service, ClientFile file, ClientDirectory directory,
                          MessageSource messages) {
        this.messages = messages;
        this.guard = guard;
        this.service = service;
        this.file = file;
        this.directory = directory;
    }

    /** One event of the timeline. */
    @Schema(name = "TimelineEntry")
    record Entry(@JsonProperty("datum") LocalDate on, @JsonProperty("vastgelegdOp") Instant recordedAt,
                 @JsonProperty("soort") String category, @JsonProperty("omschrijving") String summary,
                 @JsonProperty("toelichting") @Nullable String detail, @JsonProperty("vastgelegdDoor") @Nullable String recordedBy,
                 @JsonProperty("gecorrigeerd") boolean corrected) {

        static Entry of(TimelineEntry e, String category) {
            return new Entry(e.on(), e.recordedAt(), category, e.summary(), e.detail(), e.recordedBy(), e.corrected());
        }
    }

    @GetMapping(path = "/api/v1/werkzoekenden/{id}/tijdlijn", produces = "application/json")
    @Operation(summary = "De tijdlijn van een werkzoekende",
            description = "Alle gedateerde feiten en journaalregels die u mag lezen, de nieuwste eerst. "
                    + "Gecorrigeerde waarden blijven zichtbaar met gecorrigeerd=true. Filter met soort, bv. soort=trede.")
    List<Entry> timeline(@PathVariable UUID id, @RequestParam(name = "soort", required = false) String category) {
        Access access = guard.require(Permission.CLIENT_READ);
        ClientRef ref = directory.ref(service.read(access, new ClientId(id)));
        return file.timeline(access, ref).stream().map(e -> Entry.of(e, MessageCodes.code(messages, e.categoryKey())))
                .filter(e -> category == null || category.isBlank() || e.category().equals(category)).toList();
    }
}
