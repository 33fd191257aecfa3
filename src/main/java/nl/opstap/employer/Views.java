package nl.opstap.employer;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/** What the screens and the API show of the CRM. */
final class Views {

    private Views() {}

    /** A contact person; inactive once they left the company while contact moments still refer to them. */
    record Contact(UUID id, EmployerId employer, String name, @Nullable String role, @Nullable String phone, @Nullable String email,
                   boolean active, int version) {}

    record Moment(UUID id, EmployerId employer, MunicipalityCode municipality, LocalDate date, ContactChannel channel, String subject,
                  UUID recordedBy, String recordedByName, ManagerKind managerKind, @Nullable String outcome, @Nullable String nextAction,
                  @Nullable LocalDate dueDate, boolean mediation, @Nullable UUID mediationClient, @Nullable UUID contact, int version) {}

    record Agreement(UUID id, OrganisationId organisation, String partner, PartnerKind kind, String subject, LocalDate start,
                     @Nullable LocalDate end) {

        public boolean current(LocalDate today) {
            return !start.isAfter(today) && (end == null || !end.isBefore(today));
        }
    }

    /** A row of the account manager's worklist: a next action due, or an employer not spoken to for long. */
    record Due(EmployerId employer, String employerName, @Nullable String action, @Nullable LocalDate due, @Nullable LocalDate lastContact) {

        public boolean overdue(LocalDate today) {
            return due != null && due.isBefore(today);
        }
    }
}
