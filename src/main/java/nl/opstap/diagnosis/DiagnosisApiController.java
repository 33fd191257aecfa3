package nl.opstap.diagnosis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A client's diagnosis in the API: the snapshot on a reference date and, per item, its history, new facts and corrections. */
@RestController
@RequestMapping(path = "/api/v1/werkzoekenden/{id}", produces = "application/json")
@Tag(name = "Diagnose")
class DiagnosisApiController {

    private final AccessGuard guard;
    private final Diagnoses diagnoses;
    private final FactRecorder recorder;
    private final DiagnosisResources resources;
    private final Clock clock;

    DiagnosisApiController(AccessGuard guard, Diagnoses diagnoses, FactRecorder recorder, DiagnosisResources resources, Clock clock) {
        this.guard = guard;
        this.diagnoses = diagnoses;
        this.recorder = recorder;
        this.resources = resources;
        this.clock = clock;
    }

    @GetMapping("/diagnose")
    @Operation(summary = "Wat gold voor deze werkzoekende op de peildatum (standaard vandaag)")
    DiagnosisResources.Snapshot snapshot(@PathVariable UUID id, @RequestParam(name = "peildatum", required = false)
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
        Access access = guard.require(Permission.CLIENT_READ);
        return resources.snapshot(diagnoses.on(access, new ClientId(id), date == null ? LocalDate.now(clock) : date));
    }

    private List<DiagnosisResources.Fact> history(UUID id, FactKind kind) {
        Access access = guard.require(Permission.CLIENT_READ);
        return resources.list(diagnoses.history(access, new ClientId(id)).stream().filter(f -> f.kind() == kind)
                .sorted(Comparator.comparing(DiagnosisFact::from).thenComparing(DiagnosisFact::recordedAt).reversed()).toList());
    }

    private ResponseEntity<DiagnosisResources.Fact> create(UUID id, DiagnosisCommands.Change change) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        ClientId client = new ClientId(id);
        DiagnosisFact fact = recorder.record(access, change.toFact(client), change.target());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(resources.fact(fact));
    }

    private ResponseEntity<DiagnosisResources.Fact> correct(UUID id, UUID factId, DiagnosisCommands.Change change) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        DiagnosisFact fact = recorder.correct(access, factId, change.toFact(new ClientId(id)), change.reason(), change.target());
        return ResponseEntity.ok(resources.fact(fact));
    }

    @GetMapping("/situaties")
    @Operation(summary = "De huidige situatie door de tijd, ook gecorrigeerde waarden; nieuwste eerst")
    List<DiagnosisResources.Fact> situations(@PathVariable UUID id) {
        return history(id, FactKind.SITUATION);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/situaties", consumes = "application/json")
    @Operation(summary = "Een nieuwe huidige situatie vanaf een datum (ook met terugwerkende kracht)")
    ResponseEntity<DiagnosisResources.Fact> newSituation(@PathVariable UUID id, @Valid @RequestBody DiagnosisCommands.SituationChange body) {
        return create(id, body);
    }

    @PostMapping(path = "/situaties/{factId}/correctie", consumes = "application/json")
    @Operation(summary = "Een situatie corrigeren (reden verplicht); de oude waarde blijft zichtbaar als gecorrigeerd")
    ResponseEntity<DiagnosisResources.Fact> correctSituation(@PathVariable UUID id, @PathVariable UUID factId,
                                                         @Valid @RequestBody DiagnosisCommands.SituationChange body) {
        return correct(id, factId, body);
    }

    @GetMapping("/perspectieven")
    @Operation(summary = "Het perspectief door de tijd, met arbeidsvermogen; nieuwste eerst")
    List<DiagnosisResources.Fact> perspectives(@PathVariable UUID id) {
        return history(id, FactKind.PERSPECTIVE);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/perspectieven", consumes = "application/json")
    @Operation(summary = "Een nieuw perspectief vanaf een datum")
    ResponseEntity<DiagnosisResources.Fact> newPerspective(@PathVariable UUID id, @Valid @RequestBody DiagnosisCommands.PerspectiveChange body) {
        return create(id, body);
    }

    @PostMapping(path = "/perspectieven/{factId}/correctie", consumes = "application/json")
    @Operation(summary = "Een perspectief corrigeren (reden verplicht)")
    ResponseEntity<DiagnosisResources.Fact> correctPerspective(@PathVariable UUID id, @PathVariable UUID factId,
                                                           @Valid @RequestBody DiagnosisCommands.PerspectiveChange body) {
        return correct(id, factId, body);
    }

    @GetMapping("/laddertreden")
    @Operation(summary = "De trede op de participatieladder door de tijd; nieuwste eerst")
    List<DiagnosisResources.Fact> ladder(@PathVariable UUID id) {
        return history(id, FactKind.LADDER);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/laddertreden", consumes = "application/json")
    @Operation(summary = "Een nieuwe trede (1–6) vanaf een datum")
    ResponseEntity<DiagnosisResources.Fact> newLadderStep(@PathVariable UUID id, @Valid @RequestBody DiagnosisCommands.LadderChange body) {
        return create(id, body);
    }

    @PostMapping(path = "/laddertreden/{factId}/correctie", consumes = "application/json")
    @Operation(summary = "Een trede corrigeren (reden verplicht)")
    ResponseEntity<DiagnosisResources.Fact> correctLadderStep(@PathVariable UUID id, @PathVariable UUID factId,
                                                          @Valid @RequestBody DiagnosisCommands.LadderChange body) {
        return correct(id, factId, body);
    }

    @GetMapping("/sectoren")
    @Operation(summary = "De mogelijke sectoren (ten hoogste drie) door de tijd; nieuwste eerst")
    List<DiagnosisResources.Fact> sectors(@PathVariable UUID id) {
        return history(id, FactKind.SECTORS);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/sectoren", consumes = "application/json")
    @Operation(summary = "Nieuwe mogelijke sectoren (1–3 codes uit GET /api/v1/sectoren) vanaf een datum")
    ResponseEntity<DiagnosisResources.Fact> newSectors(@PathVariable UUID id, @Valid @RequestBody DiagnosisCommands.SectorChange body) {
        return create(id, body);
    }

    @PostMapping(path = "/sectoren/{factId}/correctie", consumes = "application/json")
    @Operation(summary = "Sectoren corrigeren (reden verplicht)")
    ResponseEntity<DiagnosisResources.Fact> correctSectors(@PathVariable UUID id, @PathVariable UUID factId,
                                                       @Valid @RequestBody DiagnosisCommands.SectorChange body) {
        return correct(id, factId, body);
    }

    @GetMapping("/zrm-metingen")
    @Operation(summary = "De ZRM-metingen (13 domeinen, score 1–5, met versie); nieuwste eerst")
    List<DiagnosisResources.Fact> zrm(@PathVariable UUID id) {
        List<DiagnosisResources.Fact> all = history(id, FactKind.ZRM);
        if (!diagnoses.mayReadZrm(guard.require(Permission.CLIENT_READ), new ClientId(id))) {
            throw new AccessDeniedException("ZRM scores are for caseworkers, jobcoaches and team leads only");
        }
        return all;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/zrm-metingen", consumes = "application/json")
    @Operation(summary = "Een ZRM-meting vastleggen: alle 13 domeinen verplicht")
    ResponseEntity<DiagnosisResources.Fact> newZrm(@PathVariable UUID id, @Valid @RequestBody DiagnosisCommands.ZrmChange body) {
        return create(id, body);
    }

    @PostMapping(path = "/zrm-metingen/{factId}/correctie", consumes = "application/json")
    @Operation(summary = "Een ZRM-meting corrigeren (reden verplicht)")
    ResponseEntity<DiagnosisResources.Fact> correctZrm(@PathVariable UUID id, @PathVariable UUID factId,
                                                   @Valid @RequestBody DiagnosisCommands.ZrmChange body) {
        return correct(id, factId, body);
    }

    @GetMapping("/testen")
    @Operation(summary = "Testen en assessments; nieuwste eerst")
    List<DiagnosisResources.Fact> tests(@PathVariable UUID id) {
        return history(id, FactKind.TEST);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/testen", consumes = "application/json")
    @Operation(summary = "Een test of assessment vastleggen (soort, aanbieder, datum, resultaat, eventueel categorie 1–3)")
    ResponseEntity<DiagnosisResources.Fact> newTest(@PathVariable UUID id, @Valid @RequestBody DiagnosisCommands.TestChange body) {
        return create(id, body);
    }

    @PostMapping(path = "/testen/{factId}/correctie", consumes = "application/json")
    @Operation(summary = "Een test corrigeren (reden verplicht)")
    ResponseEntity<DiagnosisResources.Fact> correctTest(@PathVariable UUID id, @PathVariable UUID factId,
                                                    @Valid @RequestBody DiagnosisCommands.TestChange body) {
        return correct(id, factId, body);
    }

    @GetMapping("/beroepen")
    @Operation(summary = "Beroepen (ESCO) van interesse of ervaring; nieuwste eerst")
    List<DiagnosisResources.Fact> occupations(@PathVariable UUID id) {
        return history(id, FactKind.OCCUPATION);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/beroepen", consumes = "application/json")
    @Operation(summary = "Een beroep (ESCO-URI uit GET /api/v1/beroepen) van interesse of ervaring vastleggen")
    ResponseEntity<DiagnosisResources.Fact> newOccupation(@PathVariable UUID id, @Valid @RequestBody DiagnosisCommands.OccupationChange body) {
        return create(id, body);
    }

    @PostMapping(path = "/beroepen/{factId}/correctie", consumes = "application/json")
    @Operation(summary = "Een beroep corrigeren (reden verplicht)")
    ResponseEntity<DiagnosisResources.Fact> correctOccupation(@PathVariable UUID id, @PathVariable UUID factId,
                                                          @Valid @RequestBody DiagnosisCommands.OccupationChange body) {
        return correct(id, factId, body);
    }
}
