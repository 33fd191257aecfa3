package nl.opstap.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.web.InvalidParam;
import nl.opstap.shared.web.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** ESCO in the API: importing a newer ESCO set, its history, skill search and an occupation's skills. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Referentielijsten")
class EscoApiController {

    record ImportResource(@JsonProperty("id") String id, @JsonProperty("versie") String version, @JsonProperty("tijdstip") Instant at,
                          @JsonProperty("door") String by, @JsonProperty("beroepen") int occupations,
                          @JsonProperty("vaardigheden") int skills, @JsonProperty("relaties") int relations) {
        static ImportResource of(EscoImport i) {
            return new ImportResource(i.id().toString(), i.versionLabel(), i.importedAt(), i.importedBy(), i.occupations(), i.skills(), i.relations());
        }
    }

    record SkillResource(@JsonProperty("uri") String uri, @JsonProperty("naam") String name, @JsonProperty("gevondenOp") String matched,
                         @JsonProperty("soort") String type) {
        static SkillResource of(Skill s) {
            return new SkillResource(s.uri(), s.preferredLabel(), s.preferredLabel(), s.skillType());
        }
    }

    record OccupationSkills(@JsonProperty("beroepUri") String occupationUri, @JsonProperty("beroep") String occupation,
                            @JsonProperty("essentieel") List<SkillResource> essential, @JsonProperty("optioneel") List<SkillResource> optional) {}

    private final AccessGuard guard;
    private final EscoImports imports;
    private final EscoUploads uploads;
    private final Skills skills;
    private final Occupations occupations;

    EscoApiController(AccessGuard guard, EscoImports imports, EscoUploads uploads, Skills skills, Occupations occupations) {
        this.guard = guard;
        this.imports = imports;
        this.uploads = uploads;
        this.skills = skills;
        this.occupations = occupations;
    }

    @PostMapping(path = "/esco/importen", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Een nieuwere ESCO-versie laden uit de officiële CSV-downloads (taal nl)",
            description = "Delen: versie (tekst), beroepen (occupations_nl.csv), vaardigheden (skills_nl.csv), relaties "
                    + "(occupationSkillRelations_nl.csv); elk bestand ten hoogste 50 MB. Alles of niets: bij één fout wordt niets "
                    + "opgeslagen en noemt invalidParams elke fout als <bestand>[<rij>].<kolom> (de kopregel is rij 1).")
    ImportResource load(@RequestParam(name = "versie", defaultValue = "") String version,
                        @RequestPart(name = "beroepen", required = false) @Nullable MultipartFile occupationsFile,
                        @RequestPart(name = "vaardigheden", required = false) @Nullable MultipartFile skillsFile,
                        @RequestPart(name = "relaties", required = false) @Nullable MultipartFile relationsFile) {
        Access admin = guard.require(Permission.CATALOGUE_ADMIN);
        try {
            return ImportResource.of(imports.load(admin, uploads.of(version, occupationsFile, skillsFile, relationsFile)));
        } catch (EscoImportRefused refused) {
            throw new InvalidRequestException(refused.problems().stream().map(p -> new InvalidParam(
                    p.row() > 0 ? p.file() + "[" + p.row() + "]" + (p.column().isEmpty() ? "" : "." + p.column()) : p.file(),
                    "invalid", p.message())).toList());
        }
    }

    @GetMapping("/esco/importen")
    @Operation(summary = "De geschiedenis van ESCO-imports, nieuwste eerst")
    List<ImportResource> history() {
        guard.require(Permission.CATALOGUE_ADMIN);
        return imports.history().stream().map(ImportResource::of).toList();
    }

    @GetMapping("/vaardigheden")
    @Operation(summary = "Vaardigheden (ESCO) zoeken op Nederlandse naam of synoniem, beste overeenkomst eerst")
    List<SkillResource> skills(@RequestParam(name = "zoek") String text, @RequestParam(name = "aantal", defaultValue = "10") int limit) {
        guard.require(Permission.CLIENT_READ);
        if (text.strip().length() < 2 || limit < 1 || limit > 50) {
            throw new InvalidRequestException(List.of(text.strip().length() < 2
                    ? new InvalidParam("zoek", "size", "Geef minstens 2 tekens om op te zoeken.")
                    : new InvalidParam("aantal", "range", "Het aantal ligt tussen 1 en 50.")));
        }
        return skills.hits(text, limit).stream().map(h -> new SkillResource(h.skill().uri(), h.skill().preferredLabel(),
                h.matchedLabel(), h.skill().skillType())).toList();
    }

    @GetMapping("/beroepen/{sleutel}/vaardigheden")
    @Operation(summary = "De essentiële en optionele vaardigheden van een beroep (ESCO)")
    OccupationSkills occupationSkills(@Parameter(description = "Het beroep: het laatste deel van de ESCO-conceptUri (de UUID na "
            + "http://data.europa.eu/esco/occupation/) of de ESCO-beroepscode, bijvoorbeeld 2654.1.7") @PathVariable("sleutel") String key) {
        guard.require(Permission.CLIENT_READ);
        Occupation occupation = occupations.findByKey(key).orElseThrow(() -> new NotFoundException("Beroep"));
        return new OccupationSkills(occupation.uri(), occupation.preferredLabel(),
                skills.essentialSkillsOf(occupation.uri()).stream().map(SkillResource::of).toList(),
                skills.optionalSkillsOf(occupation.uri()).stream().map(SkillResource::of).toList());
    }
}
