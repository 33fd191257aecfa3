package nl.opstap.matching;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.vacancy.VacancyId;

/**
 * A client–vacancy pair a person decides on. Its status changes only through {@link #advance}, which applies the
 * rules of {@link PairProgress} and returns the step to log.
 */
record Pair(UUID id, ClientId client, VacancyId vacancy, MunicipalityCode municipality, PairStatus status,
            LocalDate proposedOn, int version) {

    static Pair propose(ClientId client, VacancyId vacancy, MunicipalityCode municipality, LocalDate on) {
        return new Pair(UUID.randomUUID(), client, vacancy, municipality, PairStatus.PROPOSED, on, 0);
    }

    /** The next step as the rules allow it, or a rule violation; the pair itself does not change. */
    PairProgress.Step advance(PairProgress.Request request, boolean consentToShare) {
        return PairProgress.next(status, request, consentToShare);
    }
}
