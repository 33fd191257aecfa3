package nl.opstap.importing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The import API's resources, with Dutch names (NL API Design Rules). */
final class ImportResources {

    private ImportResources() {}

    @io.swagger.v3.oas.annotations.media.Schema(name = "Import")
    record Job(@JsonProperty("id") UUID id, @JsonProperty("soort") String kind, @JsonProperty("bestandsnaam") String fileName,
               @JsonProperty("status") String status, @JsonProperty("modus") @Nullable String mode,
               @JsonProperty("kolommen") List<String> headers, @JsonProperty("koppeling") @Nullable Map<String, String> mapping,
               @JsonProperty("rijen") int rows, @JsonProperty("verwerkt") int processed, @JsonProperty("legeRijen") int emptyRows,
               @JsonProperty("nieuw") int created, @JsonProperty("bijwerken") int changed, @JsonProperty("ongewijzigd") int unchanged,
               @JsonProperty("rijenMetFouten") int errorRows, @JsonProperty("melding") @Nullable String message,
               @JsonProperty("aangemaakt") Instant createdAt, @JsonProperty("klaar") @Nullable Instant finishedAt) {

        static Job of(ImportJob job, int processed) {
            ImportCounts c = job.counts();
            return new Job(job.id(), job.kind().code(), job.fileName(), job.status().code(), job.mode() == null ? null : job.mode().code(),
                    job.headers(), job.settings() == null ? null : job.settings().mapping().columns(), c.total(), processed, c.empty(),
                    c.newRows(), c.changedRows(), c.unchangedRows(), c.errorRows(), job.message(), job.createdAt(), job.finishedAt());
        }
    }

    /** Starting a check: the column per field key, and optionally a date and one municipality for all rows. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ImportControle")
    record Check(@JsonProperty("koppeling") @Nullable Map<String, String> mapping, @JsonProperty("peildatum") @Nullable LocalDate referenceDate,
                 @JsonProperty("gemeente") @Nullable String municipality, @JsonProperty("bewaarAls") @Nullable String saveAs) {}

    @io.swagger.v3.oas.annotations.media.Schema(name = "ImportUitvoering")
    record Run(@JsonProperty("modus") @Nullable String mode) {}

    @io.swagger.v3.oas.annotations.media.Schema(name = "ImportFout")
    record Problem(@JsonProperty("rij") int row, @JsonProperty("kolom") @Nullable String column, @JsonProperty("veld") String field,
                   @JsonProperty("melding") String message) {
        static Problem of(RowProblem p) {
            return new Problem(p.row(), p.column(), p.field(), p.message());
        }
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "ImportVeld")
    record Field(@JsonProperty("sleutel") String key, @JsonProperty("naam") String label, @JsonProperty("verplicht") boolean required) {}

    @io.swagger.v3.oas.annotations.media.Schema(name = "ImportKoppeling")
    record Mapping(@JsonProperty("id") UUID id, @JsonProperty("naam") String name, @JsonProperty("koppeling") Map<String, String> columns) {}
}
