package nl.opstap.matching;

import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.vacancy.VacancyId;
import org.springframework.stereotype.Service;

/** Pairs that ended in a hire, for the placement that follows from them. Nothing is logged here: the caller logs its processing. */
@Service
public class HiredMatches {

    /** A hired client–vacancy pair. */
    public record HiredMatch(UUID pair, ClientId client, VacancyId vacancy, MunicipalityCode municipality) {}

    private final Pairs pairs;

    HiredMatches(Pairs pairs) {
        this.pairs = pairs;
    }

    /** The pair when it lies in the caller's scope and its status is aangenomen. */
    public Optional<HiredMatch> find(Access access, UUID pair) {
        return pairs.find(access.scope(), pair).filter(p -> p.status() == PairStatus.HIRED)
                .map(p -> new HiredMatch(p.id(), p.client(), p.vacancy(), p.municipality()));
    }
}
