package nl.opstap.activity;

import java.time.LocalDate;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participations per activity for reports (monitoring set, seed 004 §4.4: participants per activity,
 * duration, dropout and reasons). Limited to the access's scope. Nothing is logged here: a report that
 * shows persons logs them; one that only counts shows no personal data.
 */
@Service
public class ParticipationReport {

    /** One participation as reports need it. */
    public record Fact(ActivityId activity, String activityName, ActivityKind kind, ClientId client, MunicipalityCode municipality,
                       LocalDate startDate, @Nullable LocalDate plannedEnd, @Nullable LocalDate actualEnd,
                       @Nullable ParticipationResult result, @Nullable String dropoutReason, boolean certificate) {}

    private final Participations participations;

    ParticipationReport(Participations participations) {
        this.participations = participations;
    }

    /** Every participation that ran at some time in [from, until] (withdrawn ones never ran), by activity name and start. */
    @Transactional(readOnly = true)
    public List<Fact> participations(Access access, LocalDate from, LocalDate until) {
        return participations.inScope(access.scope(), from, until).stream().filter(p -> !p.isCancelled())
                .map(p -> new Fact(p.activity(), p.activityName(), p.activityKind(), p.client(), p.municipality(), p.startDate(),
                        p.plannedEnd(), p.actualEnd(), p.result(), p.dropoutReasonName(), p.certificate()))
                .toList();
    }

    /** The client's participations (withdrawn ones left out), when the client lies in the access's scope; nothing logged here. */
    @Transactional(readOnly = true)
    public List<Fact> ofClient(Access access, ClientId client) {
        return participations.ofClient(client).stream().filter(p -> !p.isCancelled() && access.scope().contains(p.municipality()))
                .map(p -> new Fact(p.activity(), p.activityName(), p.activityKind(), p.client(), p.municipality(), p.startDate(),
                        p.plannedEnd(), p.actualEnd(), p.result(), p.dropoutReasonName(), p.certificate()))
                .toList();
    }
}
