package nl.opstap.activity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opstap.access.Scope;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.Municipality;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.NotFoundException;
import org.springframework.stereotype.Component;

/** Which service organisations a scope reaches: catalogues belong to organisations, users to municipalities. */
@Component
class Organisations {

    /** An organisation as the screens show it. */
    record Org(OrganisationId id, String name) {}

    private final Municipalities municipalities;

    Organisations(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    List<Org> of(Scope scope) {
        Map<OrganisationId, Org> result = new LinkedHashMap<>();
        for (Municipality m : municipalities.of(scope.municipalities())) {
            result.putIfAbsent(m.organisationId(), new Org(m.organisationId(), m.organisationName()));
        }
        return result.values().stream().sorted(java.util.Comparator.comparing(Org::name)).toList();
    }

    List<OrganisationId> idsOf(Scope scope) {
        return of(scope).stream().map(Org::id).toList();
    }

    OrganisationId of(MunicipalityCode municipality) {
        return municipalities.find(municipality).map(Municipality::organisationId)
                .orElseThrow(() -> new NotFoundException("Gemeente"));
    }

    /** The organisation when the scope reaches it; otherwise not found, so its existence is not revealed. */
    OrganisationId require(Scope scope, OrganisationId organisation) {
        if (!idsOf(scope).contains(organisation)) {
            throw new NotFoundException("Organisatie");
        }
        return organisation;
    }
}
