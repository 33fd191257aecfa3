package nl.opstap.retention;

import nl.opstap.client.FileState;
import nl.opstap.shared.domain.RuleViolation;

/**
 * Rule (ADR 0021): a file may be anonymised on request only once it is closed: while a benefit period runs, the
 * municipality needs the data to carry out the Participatiewet (AVG art. 17(3)(b)). A file is anonymised once.
 */
final class ErasureRule {

    static final String RUNNING = "Dit dossier is nog open: er loopt een uitkeringsperiode. Zolang de Participatiewet wordt "
            + "uitgevoerd, moet de gemeente de gegevens bewaren (AVG art. 17 lid 3 onder b). Beëindig eerst de uitkering of leg de uitstroom vast.";
    static final String DONE = "Dit dossier is al geanonimiseerd.";

    private ErasureRule() {}

    static void check(FileState file) {
        if (file.anonymised()) {
            throw RuleViolation.conflict(ErasureForm.class, "", "anonymised", DONE);
        }
        if (file.benefitRunning()) {
            throw RuleViolation.conflict(ErasureForm.class, "", "open", RUNNING);
        }
    }
}
