package nl.opstap.retention;

import java.time.LocalDate;
import java.util.Optional;
import nl.opstap.client.FileState;

/**
 * Rule (ADR 0021): a client file is closed when no benefit period runs any longer, on the day its last period ended
 * (a full outflow ends the benefit in the history, ADR 0012); a file that never had a benefit period closes on its
 * last change. An anonymised file has nothing left to close.
 */
final class FileClosing {

    private FileClosing() {}

    static Optional<LocalDate> closedOn(FileState file) {
        if (file.benefitRunning() || file.anonymised()) {
            return Optional.empty();
        }
        return Optional.of(file.lastBenefitEnd() != null ? file.lastBenefitEnd() : file.lastChange());
    }
}
