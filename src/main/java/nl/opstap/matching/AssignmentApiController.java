package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1: the proposed assignment of candidates to the places of chosen vacancies. */
@RestController
@Tag(name = "Matching")
class AssignmentApiController {

    /** The vacancies to assign candidates to. */
    @Schema(name = "AssignmentRequest")
    record Request(@JsonProperty("vacatureIds") @Nullable List<@Nullable UUID> vacancyIds) {}

    /** The workshops to assign candidates to. */
    record SeatsRequest(@JsonProperty("werkplaatsIds") @Nullable List<@Nullable UUID> workshopIds) {}

    private final AccessGuard guard;
    private final Assignments assignments;
    private final WorkshopAssignments seats;

    AssignmentApiController(AccessGuard guard, Assignments assignments, WorkshopAssignments seats) {
        this.guard = guard;
        this.assignments = assignments;
        this.seats = seats;
    }

    @PostMapping(path = "/api/v1/matching/toewijzingen/werkplaatsen", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een voorstel om kandidaten over de vrije plaatsen van werkplaatsen te verdelen", description = "Als de "
            + "toewijzing voor vacatures, voor 1 tot 50 werkplaatsen met vrije plaatsen; wie al kandidaat is doet niet mee. Er wordt niets "
            + "vastgelegd; voordragen gaat per kandidaat (POST /api/v1/werkplaatsen/{id}/kandidaten).")
    AssignmentProposal proposeSeats(@RequestBody SeatsRequest body) {
        Access access = guard.require(Permission.MATCHING);
        return seats.propose(access, body.workshopIds() == null ? List.of() : body.workshopIds());
    }

    @PostMapping(path = "/api/v1/matching/toewijzingen", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een voorstel om kandidaten over de plaatsen van vacatures te verdelen", description = "Voor 1 tot 50 open "
            + "vacatures van uw gemeenten (elk met zoveel plaatsen als het aantal plaatsen van de vacature, samen hoogstens 500): de "
            + "verdeling met de hoogste totale score waarin niemand meer dan één plaats krijgt, uit de beste 50 kandidaten per vacature "
            + "(harde filters toegepast, wie al aan de vacature gekoppeld is niet). Met per toewijzing de uitleg van de score en ter "
            + "vergelijking het totaal als steeds de hoogste losse score eerst wordt gekozen (totaleScoreBesteEerst). Er wordt niets "
            + "vastgelegd; voorstellen gaat per koppeling (POST /api/v1/koppelingen). Elke getoonde werkzoekende wordt gelogd.")
    AssignmentProposal propose(@RequestBody Request body) {
        Access access = guard.require(Permission.MATCHING);
        return assignments.propose(access, body.vacancyIds() == null ? List.of() : body.vacancyIds());
    }
}
