package nl.opstap.client;

import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import org.springframework.stereotype.Service;

/** The register as other modules see it: a caseworker's caseload and aggregated figures. */
@Service
public class ClientDirectory {

    private final ClientService service;
    private final ClientForms forms;

    ClientDirectory(ClientService service, ClientForms forms) {
        this.service = service;
        this.forms = forms;
    }

    /** The clients currently assigned to the signed-in user (logged as a list read). */
    public PageResult<ClientSummary> caseloadOf(Access access, Paging paging) {
        return forms.withCaseworkerNames(service.search(access, ClientSearch.caseloadOf(access.user().id()), paging))
                .map(item -> new ClientSummary(item.row().id(), item.row().municipality().value(), item.municipalityName(),
                        item.row().fullName(), item.row().dateOfBirth(), item.row().postcode(), item.row().city(),
                        item.row().benefitStatus(), item.caseworkerName()));
    }

    /** Registers a client (for imports and demo data); the same rules and log as on the screen. */
    public ClientId register(Access access, NewClient client) {
        return service.register(access, client).id();
    }

    /** Starts a benefit status from a date, or ends the benefit when the change has no status. */
    public void changeBenefit(Access access, ClientId id, BenefitChange change) {
        service.changeBenefit(access, id, change);
    }

    /** Links two clients of one municipality as partners. */
    public void linkPartners(Access access, ClientId one, ClientId other) {
        service.changePartner(access, one, new PartnerChange(other.value()));
    }

    /** Counts per municipality in scope; no personal data, so nothing is logged. */
    public List<MunicipalityFigures> figures(Access access) {
        return service.figures(access);
    }
}
