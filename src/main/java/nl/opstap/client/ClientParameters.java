package nl.opstap.client;

import static nl.opstap.shared.jdbc.SqlValues.timestamp;

import java.time.Instant;
import nl.opstap.access.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The named SQL parameters of a client row, shared by insert and update. */
final class ClientParameters {

    private ClientParameters() {}

    static MapSqlParameterSource of(Client client, BsnProtection bsns, UserId by, Instant now) {
        ClientDetails d = client.details();
        TargetGroupMarkers m = d.markers();
        MatchingFacts f = d.matchingFacts();
        boolean anonymised = client.anonymised();
        return new MapSqlParameterSource()
                .addValue("id", client.id().value())
                .addValue("municipality", d.municipality())
                .addValue("bsnIndex", anonymised ? ClientAnonymisation.indexOf(client.id()) : bsns.index(client.bsn()))
                .addValue("bsnCipher", anonymised ? "" : bsns.encrypt(client.bsn()))
                .addValue("firstNames", d.firstNames())
                .addValue("infix", d.infix())
                .addValue("lastName", d.lastName())
                .addValue("searchName", SearchName.of(d.firstNames(), d.infix(), d.lastName()))
                .addValue("dateOfBirth", d.dateOfBirth())
                .addValue("gender", d.gender().name())
                .addValue("street", d.street())
                .addValue("houseNumber", d.houseNumber())
                .addValue("houseNumberSuffix", d.houseNumberSuffix())
                .addValue("postcode", d.postcode())
                .addValue("city", d.city())
                .addValue("phone", d.phone())
                .addValue("email", d.email())
                .addValue("partner", client.partnerId() == null ? null : client.partnerId().value())
                .addValue("education", name(d.educationLevel()))
                .addValue("refugee", m.refugeeStatus())
                .addValue("civic", m.civicIntegrationRequired())
                .addValue("limitation", m.workLimitation())
                .addValue("register", m.targetGroupRegister())
                .addValue("specialEducation", m.specialEducationLeaver())
                .addValue("wajong", m.formerWajong())
                .addValue("language", name(m.languageLevel()))
                .addValue("hours", f.hoursPerWeek())
                .addValue("availableFrom", f.availableFrom())
                .addValue("licence", f.drivingLicence())
                .addValue("transport", f.ownTransport())
                .addValue("travel", f.maxTravelKm())
                .addValue("physical", name(f.physicalLoad()))
                .addValue("mental", name(f.mentalLoad()))
                .addValue("interests", f.interests())
                .addValue("caseworker", client.caseworkerId() == null ? null : client.caseworkerId().value())
                .addValue("now", timestamp(now))
                .addValue("by", by.value());
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
