package nl.opstap.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientRef;
import nl.opstap.client.PersonalDataContributor;
import nl.opstap.client.PersonalDataPart;
import nl.opstap.employer.EmployerId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The workshops' part of the AVG download: candidacies in commercial workshops and proposals to agency sessions. */
@Component
class WorkshopPersonalData implements PersonalDataContributor {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final WorkshopRows workshops;
    private final SessionRows sessions;
    private final WorkshopChecks checks;
    private final CandidateClients clients;
    private final MessageSource messages;

    WorkshopPersonalData(WorkshopRows workshops, SessionRows sessions, WorkshopChecks checks, CandidateClients clients,
                         MessageSource messages) {
        this.workshops = workshops;
        this.sessions = sessions;
        this.checks = checks;
        this.clients = clients;
        this.messages = messages;
    }

    @Override
    @Transactional
    public List<PersonalDataPart> partsFor(Access access, ClientRef client) {
        List<WorkshopRows.OfClient> candidacies = workshops.ofClient(client.id());
        List<SessionRows.OfClient> proposals = sessions.ofClient(client.id());
        if (candidacies.isEmpty() && proposals.isEmpty()) {
            return List.of();
        }
        clients.logged(access, ProcessingAction.READ, List.of(client));
        List<PersonalDataPart> parts = new ArrayList<>();
        if (!candidacies.isEmpty()) {
            parts.add(new PersonalDataPart("Commerciële werkplaatsen", 80, candidacies.stream().map(c -> PersonalDataPart.record(
                    "Werkplaats", c.name(), "Categorie", c.category().label(), "Voorgedragen op", c.added(),
                    "Stand", text("workshop.candidate.status." + c.status().name()), "Sinds", c.since())).toList()));
        }
        if (!proposals.isEmpty()) {
            Map<EmployerId, String> agencies = checks.employerNames(access, proposals.stream().map(SessionRows.OfClient::agency).toList());
            parts.add(new PersonalDataPart("Uitzendsessies", 81, proposals.stream().map(s -> PersonalDataPart.record(
                    "Datum", s.date(), "Uitzendbureau", agencies.get(s.agency()),
                    "Uitkomst", s.outcome() == null ? null : text("session.outcome." + s.outcome().name()))).toList()));
        }
        return parts;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
