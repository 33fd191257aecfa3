package nl.opstap.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.client.ClientRef;
import nl.opstap.client.PersonalDataContributor;
import nl.opstap.client.PersonalDataPart;
import nl.opstap.employer.EmployerId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio's part of the AVG download: every entry, comment and document (name, kind, size, fingerprint; the
 * files themselves download from the portfolio), the CV contact details, the consents with their history, the anonymous
 * profile as employers see it, and the employers' contact requests about it.
 */
@Component
class PortfolioPersonalData implements PersonalDataContributor {

    private static final Locale DUTCH = Locale.of("nl");
    private final PortfolioExport export;
    private final ConsentService consents;
    private final ContactRequests requests;
    private final MessageSource messages;

    PortfolioPersonalData(PortfolioExport export, ConsentService consents, ContactRequests requests, MessageSource messages) {
        this.export = export;
        this.consents = consents;
        this.requests = requests;
        this.messages = messages;
    }

    @Override
    @Transactional
    public List<PersonalDataPart> partsFor(Access access, ClientRef client) {
        PortfolioExport.Export mine = export.of(access, client.id());
        ConsentService.Overview overview = consents.overviewOf(access, client.id());
        List<PersonalDataPart> parts = new ArrayList<>();
        parts.add(new PersonalDataPart("E-portfolio", 90, mine.entries().stream().map(e -> PersonalDataPart.record(
                "Onderdeel", text("portfolio.section." + e.section().code()), "Titel", e.title(), "Waar", e.place(),
                "Niveau of stand", e.levelKey() == null ? e.level() : text(e.levelKey()), "Van", e.from(), "Tot", e.to(),
                "Diploma", e.section() == PortfolioSection.OPLEIDING ? e.diploma() : null, "Toelichting", e.body(),
                "Gewijzigd op", e.changedAt())).toList()));
        parts.add(new PersonalDataPart("E-portfolio: opmerkingen", 91, mine.comments().stream().map(c -> PersonalDataPart.record(
                "Door", c.authorName(), "Op", c.createdAt(), "Opmerking", c.body())).toList()));
        parts.add(new PersonalDataPart("E-portfolio: documenten", 92, mine.documents().stream().map(d -> PersonalDataPart.record(
                "Naam", d.name(), "Soort", text("portfolio.kind." + d.kind().code()), "Bestandstype", d.mediaType(),
                "Grootte (bytes)", d.size(), "Vingerafdruk (SHA-256)", d.sha256(), "Toegevoegd door", d.uploadedBy(),
                "Toegevoegd op", d.uploadedAt())).toList()));
        parts.add(new PersonalDataPart("Cv: contactgegevens", 93, List.of(PersonalDataPart.record("E-mail", mine.contact().email(),
                "Telefoon", mine.contact().phone(), "Woonplaats", mine.contact().place()))));
        parts.add(consentsPart(overview));
        overview.profile().ifPresent(card -> parts.add(new PersonalDataPart("Anoniem profiel (zoals werkgevers het zien)", 95,
                List.of(PersonalDataPart.record("Profielnummer", card.number(), "Gemeente", card.municipality(),
                        "Opleidingsniveau", card.educationLevel(), "Vaardigheden", card.skills(), "Sectoren", card.sectors(),
                        "Beroepservaring", card.occupations(), "Uren per week", card.hoursPerWeek(),
                        "Reisafstand (km)", card.maxTravelKm(), "Beschikbaar vanaf", card.availableFrom(), "Eigen tekst", card.pitch())))));
        List<ContactRequest> asked = requests.ofClient(client.id());
        Map<EmployerId, String> askers = consents.employerNames(access, client, asked.stream().map(ContactRequest::employer).toList());
        parts.add(new PersonalDataPart("Contactverzoeken van werkgevers", 96, asked.stream()
                .map(r -> PersonalDataPart.record("Werkgever", askers.getOrDefault(r.employer(), "werkgever"),
                        "Profielnummer", r.profileNumber(), "Gevraagd op", r.requestedAt(), "Stand", text("profiles.status." + r.status().name())))
                .toList()));
        return parts;
    }

    private PersonalDataPart consentsPart(ConsentService.Overview overview) {
        return new PersonalDataPart("Toestemmingen", 94, overview.history().stream().map(h -> PersonalDataPart.record(
                "Waarvoor", h.kind() == ConsentKind.PUBLISH ? "Anoniem profiel publiceren"
                        : "Gegevens delen met " + employerName(overview.names(), h.employer()),
                "Gegeven", h.given(), "Op", h.at())).toList());
    }

    private static String employerName(Map<EmployerId, String> names, @org.jspecify.annotations.Nullable EmployerId employer) {
        return employer == null ? "werkgever" : names.getOrDefault(employer, "werkgever");
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
