package nl.opstap.importing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/** A migration export's status as the API and the page's poll see it; {@code bestand} only once the file is ready. */
@io.swagger.v3.oas.annotations.media.Schema(name = "Export")
record ExportJobResource(@JsonProperty("id") UUID id, @JsonProperty("status") String status, @JsonProperty("organisatie") String organisation,
                         @JsonProperty("gemeenten") List<String> municipalities, @JsonProperty("verwerkt") int done,
                         @JsonProperty("totaal") int total, @JsonProperty("procent") int percent, @JsonProperty("gestartDoor") String startedBy,
                         @JsonProperty("gestartOp") Instant createdAt, @JsonProperty("klaarOp") @Nullable Instant finishedAt,
                         @JsonProperty("verlooptOp") Instant expiresAt, @JsonProperty("bestandsgrootte") @Nullable Long fileBytes,
                         @JsonProperty("bestand") @Nullable String file) {

    static ExportJobResource of(ExportJobService.View v, String fileBase) {
        ExportJob j = v.job();
        boolean ready = v.status() == ExportStatus.DONE;
        return new ExportJobResource(j.id(), code(v.status()), v.organisationName(),
                j.municipalities().stream().map(MunicipalityCode::value).toList(), j.done(), j.total(), ready ? 100 : j.percent(),
                j.startedByName(), j.createdAt(), j.finishedAt(), j.expiresAt(), j.fileBytes(), ready ? fileBase + j.id() + "/bestand" : null);
    }

    static String code(ExportStatus status) {
        return switch (status) {
            case RUNNING -> "bezig";
            case DONE -> "klaar";
            case FAILED -> "mislukt";
            case EXPIRED -> "verlopen";
        };
    }
}
