package nl.opstap.employer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.organisation.ServiceOrganisation;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account manager's worklist and the organisation's agreements (convenanten). */
@Service
class EmployerWork {

    /** What the worklist shows: actions due up to today, and the manager's employers silent since {@code since}. */
    record Worklist(LocalDate today, int months, LocalDate since, List<Views.Due> actions, List<Views.Due> silent) {}

    private final CrmRows crm;
    private final Municipalities municipalities;
    private final Clock clock;
    private final Period staleAfter;

    EmployerWork(CrmRows crm, Municipalities municipalities, Clock clock,
                 @Value("${opstap.employer.stale-after:P6M}") Period staleAfter) {
        this.crm = crm;
        this.municipalities = municipalities;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** The signed-in account manager's worklist; {@code months} overrides the configured period (1–120). */
    @Transactional(readOnly = true)
    Worklist worklist(Access access, @Nullable Integer months) {
        if (months != null && (months < 1 || months > 120)) {
            throw RuleViolation.of(null, "maanden", "range", "Geef een aantal maanden van 1 tot en met 120.");
        }
        Period period = months == null ? staleAfter : Period.ofMonths(months);
        LocalDate today = LocalDate.now(clock);
        LocalDate since = today.minus(period);
        int shown = (int) period.toTotalMonths();
        return new Worklist(today, shown, since, crm.actionsDue(access.scope(), access.user().id(), today),
                crm.notContactedSince(access.scope(), access.user().id(), since));
    }

    @Transactional(readOnly = true)
    List<Views.Agreement> agreements(Access access) {
        return crm.agreements(organisations(access).stream().map(ServiceOrganisation::id).toList());
    }

    List<ServiceOrganisation> organisations(Access access) {
        return municipalities.organisations().stream()
                .filter(o -> o.municipalities().stream().anyMatch(m -> access.scope().contains(m.code()))).toList();
    }

    @Transactional
    void addAgreement(Access access, @Nullable UUID organisation, AgreementForm form) {
        EmployerRules.checkAgreement(form);
        crm.insertAgreements(organisation(access, organisation), List.of(form), clock.instant());
    }

    /** The requested organisation if the caller works for it, or their only one. */
    OrganisationId organisation(Access access, @Nullable UUID requested) {
        List<ServiceOrganisation> mine = organisations(access);
        if (requested == null && mine.size() == 1) {
            return mine.getFirst().id();
        }
        return mine.stream().map(ServiceOrganisation::id).filter(id -> id.value().equals(requested)).findFirst()
                .orElseThrow(() -> RuleViolation.of(null, "organisatieId", "scope", "Kies een organisatie waarvoor u werkt."));
    }
}
