package nl.opstap.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.UserId;
import nl.opstap.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

class ImportJobTest {

    private static ImportJob uploaded() {
        SourceTable table = new SourceTable(SourceTable.SourceFormat.CSV, "UTF-8", ";", List.of("BSN"), List.of(
                new SourceTable.SourceRow(2, new String[] {"1"}, new boolean[1])), 0);
        return ImportJob.upload(new OrganisationId(UUID.randomUUID()), ImportKind.CLIENTS, "a.csv", table, new UserId(UUID.randomUUID()),
                "Beheerder", Instant.now());
    }

    private static final ImportSettings SETTINGS = new ImportSettings(new ColumnMapping(Map.of("bsn", "BSN")), null, null);

    @Test
    void goesFromCheckToImportToDoneAndRefusesStepsOutOfOrder() {
        ImportJob job = uploaded();
        assertThatThrownBy(() -> job.startImport(ImportMode.VALID_ROWS)).hasMessageContaining("Controleer het bestand eerst");
        job.startCheck(SETTINGS);
        assertThatThrownBy(() -> job.startCheck(SETTINGS)).hasMessageContaining("al gecontroleerd");
        job.checked(new ImportCounts(1, 0, 0, 1, 0, 0));
        job.startImport(ImportMode.ALL_OR_NOTHING);
        assertThatThrownBy(() -> job.startImport(ImportMode.ALL_OR_NOTHING)).isInstanceOf(ImportRefused.class);
        job.done(new ImportCounts(1, 0, 0, 1, 0, 0), Instant.now());
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThatThrownBy(() -> job.startCheck(SETTINGS)).isInstanceOf(ImportRefused.class);
    }

    @Test
    void allOrNothingIsRefusedWhenRowsHaveProblemsAndNothingIsRefusedWithoutValidRows() {
        ImportJob job = uploaded();
        job.startCheck(SETTINGS);
        job.checked(new ImportCounts(2, 0, 1, 1, 0, 0));
        assertThatThrownBy(() -> job.startImport(ImportMode.ALL_OR_NOTHING)).hasMessageContaining("alleen de geldige rijen");
        ImportJob none = uploaded();
        none.startCheck(SETTINGS);
        none.checked(new ImportCounts(1, 0, 1, 0, 0, 0));
        assertThatThrownBy(() -> none.startImport(ImportMode.VALID_ROWS)).hasMessageContaining("geen enkele geldige rij");
    }

    @Test
    void aFailedCheckCanBeRunAgainWithOtherColumns() {
        ImportJob job = uploaded();
        job.startCheck(SETTINGS);
        job.failed("kapot", null, Instant.now());
        job.startCheck(SETTINGS);
        assertThat(job.status()).isEqualTo(ImportStatus.VALIDATING);
        assertThat(job.message()).isNull();
    }
}
