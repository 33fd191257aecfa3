package nl.opstap.client;

import static nl.opstap.client.PersonalDataPart.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.shared.web.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client module's part of the AVG download: personal details (the only place the full BSN appears, as it is
 * the job seeker's own), the partner's name, the benefit status history and the caseworkers over time.
 */
@Component
class ClientPersonalData implements PersonalDataContributor {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Clients clients;
    private final ClientService service;
    private final UserDirectory users;
    private final ProcessingLog log;
    private final MessageSource messages;
    private final Formats formats;

    ClientPersonalData(Clients clients, ClientService service, UserDirectory users, ProcessingLog log, MessageSource messages,
                       Formats formats) {
        this.clients = clients;
        this.service = service;
        this.users = users;
        this.log = log;
        this.messages = messages;
        this.formats = formats;
    }

    @Override
    @Transactional
    public List<PersonalDataPart> partsFor(Access access, ClientRef ref) {
        Client client = clients.find(access.scope(), ref.id()).orElse(null);
        if (client == null) {
            return List.of();
        }
        log.record(access, ProcessingActivity.CLIENT_REGISTRATION, ProcessingAction.READ, Outcome.SUCCESS,
                List.of(new LogSubject(client.id().value(), client.municipality())));
        List<PersonalDataPart> parts = new ArrayList<>();
        parts.add(new PersonalDataPart("Persoonsgegevens", 1, List.of(person(ref, client))));
        parts.add(new PersonalDataPart("Opleiding, taal en doelgroep", 2, List.of(education(client.details()))));
        parts.add(new PersonalDataPart("Beschikbaarheid voor werk", 3, List.of(availability(client.details().matchingFacts()))));
        service.partnerOf(access, client).ifPresent(partner ->
                parts.add(new PersonalDataPart("Partner", 4, List.of(record("Naam partner", partner.details().fullName())))));
        Map<UserId, String> names = users.displayNames(ClientViews.userIds(client));
        if (!client.benefitPeriods().isEmpty()) {
            parts.add(new PersonalDataPart("Uitkering", 5, client.benefitPeriods().stream()
                    .map(p -> record("Status", text("benefit." + p.status().name()), "Vanaf", p.from(), "Tot", p.to(),
                            "Vastgelegd op", p.recordedAt(), "Vastgelegd door", p.recordedBy() == null ? null : names.get(p.recordedBy())))
                    .toList()));
        }
        if (!client.caseworkerHistory().isEmpty()) {
            parts.add(new PersonalDataPart("Klantmanager", 6, client.caseworkerHistory().stream()
                    .map(a -> record("Klantmanager", names.getOrDefault(a.caseworker(), "onbekend"), "Vanaf", a.from(), "Tot", a.to()))
                    .toList()));
        }
        return parts;
    }

    private Map<String, @Nullable Object> person(ClientRef ref, Client client) {
        ClientDetails d = client.details();
        String street = d.street() == null ? null
                : d.street() + (d.houseNumber() == null ? "" : " " + d.houseNumber()) + (d.houseNumberSuffix() == null ? "" : " " + d.houseNumberSuffix());
        return record("Voornamen", d.firstNames(), "Tussenvoegsel", d.infix(), "Achternaam", d.lastName(), "BSN", client.anonymised() ? null : client.bsn().digits(),
                "Geboortedatum", d.dateOfBirth(), "Geslacht", text("gender." + d.gender().name()), "Adres", street,
                "Postcode", formats.postcode(d.postcode()), "Woonplaats", d.city(), "Gemeente", ref.municipalityName(), "Telefoonnummer", d.phone(),
                "E-mailadres", d.email());
    }

    private Map<String, @Nullable Object> education(ClientDetails d) {
        TargetGroupMarkers m = d.markers();
        return record("Opleidingsniveau", d.educationLevel() == null ? null : text("education." + d.educationLevel().name()),
                "Taalniveau Nederlands", m.languageLevel() == null ? null : text("language." + m.languageLevel().name()),
                "Statushouder", m.refugeeStatus(), "Inburgeringsplichtig", m.civicIntegrationRequired(),
                "Arbeidsbeperking", m.workLimitation(), "In het doelgroepregister", m.targetGroupRegister(),
                "Schoolverlater praktijkonderwijs of voortgezet speciaal onderwijs", m.specialEducationLeaver(),
                "Voorheen Wajong", m.formerWajong());
    }

    private Map<String, @Nullable Object> availability(MatchingFacts f) {
        return record("Uren per week", f.hoursPerWeek(), "Beschikbaar vanaf", f.availableFrom(), "Rijbewijs", f.drivingLicence(),
                "Eigen vervoer", f.ownTransport(), "Reisafstand (km)", f.maxTravelKm(),
                "Lichamelijk belastbaar", f.physicalLoad() == null ? null : text("load." + f.physicalLoad().name()),
                "Geestelijk belastbaar", f.mentalLoad() == null ? null : text("load." + f.mentalLoad().name()),
                "Interesses", f.interests());
    }


    private String text(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
