package nl.opstap.client;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.organisation.Municipalities;
import org.springframework.stereotype.Component;

/** Builds {@link ClientView}s: resolves names and decides what of the BSN the caller may see. */
@Component
class ClientViews {

    private final ClientService service;
    private final UserDirectory users;
    private final Municipalities municipalities;

    ClientViews(ClientService service, UserDirectory users, Municipalities municipalities) {
        this.service = service;
        this.users = users;
        this.municipalities = municipalities;
    }

    ClientView of(Access access, Client client) {
        Map<UserId, String> names = users.displayNames(userIds(client));
        boolean fullBsn = access.user().can(Permission.CLIENT_WRITE)
                && access.user().scopeFor(Permission.CLIENT_WRITE).contains(client.municipality())
                || access.permission() == Permission.OWN_FILE;
        EducationLevel education = client.details().educationLevel();
        List<ClientView.Period> benefits = client.benefitPeriods().stream()
                .map(p -> new ClientView.Period(p.status().code(), "benefit." + p.status().name(), p.from(), p.to(), p.recordedAt(), names.get(p.recordedBy())))
                .toList().reversed();
        List<ClientView.Period> caseworkers = client.caseworkerHistory().stream()
                .map(a -> new ClientView.Period(names.getOrDefault(a.caseworker(), "?"), null, a.from(), a.to(), a.recordedAt(),
                        names.get(a.recordedBy())))
                .toList().reversed();
        ClientView.Named caseworker = client.caseworkerId() == null ? null
                : new ClientView.Named(client.caseworkerId().value(), names.getOrDefault(client.caseworkerId(), "?"));
        ClientView.Named partner = access.permission() == Permission.OWN_FILE ? null
                : service.partnerOf(access, client).map(p -> new ClientView.Named(p.id().value(), p.details().fullName())).orElse(null);
        return new ClientView(client.id(), client.version(), municipalities.nameOf(client.municipality()), client.details(),
                fullBsn && !client.anonymised() ? client.bsn().digits() : null, client.anonymised() ? "" : client.bsn().masked(), client.ageOn(service.today()),
                education == null ? null : education.isStartQualification(), client.benefitStatusOn(service.today()).orElse(null),
                benefits, caseworker, caseworkers, partner, client.createdAt());
    }

    static Set<UserId> userIds(Client client) {
        Set<UserId> ids = new HashSet<>();
        if (client.caseworkerId() != null) {
            ids.add(client.caseworkerId());
        }
        client.benefitPeriods().forEach(p -> { if (p.recordedBy() != null) ids.add(p.recordedBy()); });
        client.caseworkerHistory().forEach(a -> {
            ids.add(a.caseworker());
            if (a.recordedBy() != null) ids.add(a.recordedBy());
        });
        return ids;
    }
}
