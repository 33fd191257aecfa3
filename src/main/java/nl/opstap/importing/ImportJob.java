package nl.opstap.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.UserId;
import nl.opstap.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * One import of one file. Its status changes only through the methods below, which refuse a step that does not
 * follow from where the job is (a second start from another tab, an import of an unchecked file).
 */
final class ImportJob {

    private final UUID id;
    private final OrganisationId organisation;
    private final ImportKind kind;
    private final String fileName;
    private final SourceTable.SourceFormat format;
    private final String encoding;
    private final String separator;
    private final List<String> headers;
    private final UserId createdBy;
    private final String createdByName;
    private final Instant createdAt;
    private final int version;
    private @Nullable ImportSettings settings;
    private ImportStatus status;
    private @Nullable ImportMode mode;
    private ImportCounts counts;
    private @Nullable String message;
    private @Nullable Instant finishedAt;

    ImportJob(UUID id, OrganisationId organisation, ImportKind kind, String fileName, SourceTable.SourceFormat format, String encoding,
              String separator, List<String> headers, UserId createdBy, String createdByName, Instant createdAt, int version,
              @Nullable ImportSettings settings, ImportStatus status, @Nullable ImportMode mode, ImportCounts counts,
              @Nullable String message, @Nullable Instant finishedAt) {
        this.id = id;
        this.organisation = organisation;
        this.kind = kind;
        this.fileName = fileName;
        this.format = format;
        this.encoding = encoding;
        this.separator = separator;
        this.headers = List.copyOf(headers);
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
        this.version = version;
        this.settings = settings;
        this.status = status;
        this.mode = mode;
        this.counts = counts;
        this.message = message;
        this.finishedAt = finishedAt;
    }

    static ImportJob upload(OrganisationId organisation, ImportKind kind, String fileName, SourceTable table, UserId by, String byName,
                            Instant now) {
        return new ImportJob(UUID.randomUUID(), organisation, kind, fileName, table.format(), table.encoding(), table.separator(),
                table.headers(), by, byName, now, 0, null, ImportStatus.UPLOADED, null,
                new ImportCounts(table.rows().size(), table.emptyRows(), 0, 0, 0, 0), null, null);
    }

    void startCheck(ImportSettings chosen) {
        require(status == ImportStatus.UPLOADED || status == ImportStatus.VALIDATED || status == ImportStatus.FAILED
                || status == ImportStatus.INTERRUPTED, "Deze import wordt al gecontroleerd of is al uitgevoerd.");
        settings = chosen;
        status = ImportStatus.VALIDATING;
        mode = null;
        message = null;
    }

    void checked(ImportCounts found) {
        require(status == ImportStatus.VALIDATING, "Deze import wordt niet gecontroleerd.");
        counts = found;
        status = ImportStatus.VALIDATED;
    }

    void startImport(ImportMode chosen) {
        require(status == ImportStatus.VALIDATED, "Controleer het bestand eerst; deze import is niet (meer) gecontroleerd.");
        require(chosen != ImportMode.ALL_OR_NOTHING || counts.errorRows() == 0,
                "Er zijn rijen met fouten, dus met 'alles of niets' wordt niets geïmporteerd. Herstel het bestand of kies 'alleen de geldige rijen'.");
        require(counts.validRows() > 0, "Er is geen enkele geldige rij om te importeren.");
        mode = chosen;
        status = ImportStatus.IMPORTING;
    }

    void done(ImportCounts result, Instant at) {
        require(status == ImportStatus.IMPORTING, "Deze import wordt niet uitgevoerd.");
        counts = result;
        status = ImportStatus.DONE;
        finishedAt = at;
    }

    /** A check or import that stopped on a problem; nothing of it was written. */
    void failed(String reason, @Nullable ImportCounts found, Instant at) {
        require(status.running(), "Deze import loopt niet.");
        status = ImportStatus.FAILED;
        message = reason;
        counts = found == null ? counts : found;
        finishedAt = at;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ImportRefused("status", message);
        }
    }

    public UUID id() { return id; }
    public OrganisationId organisation() { return organisation; }
    public ImportKind kind() { return kind; }
    public String fileName() { return fileName; }
    public SourceTable.SourceFormat format() { return format; }
    public String encoding() { return encoding; }
    public String separator() { return separator; }
    public List<String> headers() { return headers; }
    public UserId createdBy() { return createdBy; }
    public String createdByName() { return createdByName; }
    public Instant createdAt() { return createdAt; }
    public int version() { return version; }
    public @Nullable ImportSettings settings() { return settings; }
    public ImportStatus status() { return status; }
    public @Nullable ImportMode mode() { return mode; }
    public ImportCounts counts() { return counts; }
    public @Nullable String message() { return message; }
    public @Nullable Instant finishedAt() { return finishedAt; }
}
