package nl.opstap.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.shared.web.ApiPage;
import org.jspecify.annotations.Nullable;

/** The API's representation of a client (werkzoekende). */
record ClientResource(
        @JsonProperty("id") UUID id,
        @JsonProperty("versie") int version,
        @JsonProperty("bsn") @Nullable String bsn,
        @JsonProperty("bsnGemaskeerd") String bsnMasked,
        @JsonUnwrapped ClientDetails details,
        @JsonProperty("gemeente") String municipalityName,
        @JsonProperty("leeftijd") int age,
        @JsonProperty("startkwalificatie") @Nullable Boolean startQualification,
        @JsonProperty("uitkeringsstatus") @Nullable BenefitStatus benefitStatus,
        @JsonProperty("klantmanager") @Nullable Person caseworker,
        @JsonProperty("partner") @Nullable Person partner,
        @JsonProperty("_links") Map<String, ApiPage.Link> links) {

    record Person(@JsonProperty("id") UUID id, @JsonProperty("naam") String name) {}

    static ClientResource of(ClientView view) {
        return new ClientResource(view.id().value(), view.version(), view.bsn(), view.bsnMasked(), view.details(),
                view.municipalityName(), view.age(), view.startQualification(), view.benefitStatus(),
                person(view.caseworker()), person(view.partner()), links(view.id()));
    }

    static Map<String, ApiPage.Link> links(ClientId id) {
        String self = "/api/v1/werkzoekenden/" + id;
        return Map.of("self", new ApiPage.Link(self),
                "uitkeringsstatussen", new ApiPage.Link(self + "/uitkeringsstatussen"),
                "klantmanagers", new ApiPage.Link(self + "/klantmanagers"));
    }

    private static @Nullable Person person(ClientView.@Nullable Named named) {
        return named == null ? null : new Person(named.id(), named.name());
    }

    /** One client in a list. */
    record Summary(@JsonProperty("id") UUID id, @JsonProperty("gemeenteCode") String municipality,
                   @JsonProperty("gemeente") String municipalityName, @JsonProperty("voornamen") String firstNames,
                   @JsonProperty("tussenvoegsel") @Nullable String infix, @JsonProperty("achternaam") String lastName,
                   @JsonProperty("geboortedatum") LocalDate dateOfBirth, @JsonProperty("postcode") String postcode,
                   @JsonProperty("woonplaats") @Nullable String city,
                   @JsonProperty("uitkeringsstatus") @Nullable BenefitStatus benefitStatus,
                   @JsonProperty("klantmanager") @Nullable String caseworkerName,
                   @JsonProperty("_links") Map<String, ApiPage.Link> links) {

        static Summary of(ClientForms.ListItem item) {
            ClientRow r = item.row();
            return new Summary(r.id().value(), r.municipality().value(), item.municipalityName(), r.firstNames(), r.infix(),
                    r.lastName(), r.dateOfBirth(), r.postcode(), r.city(), r.benefitStatus(), item.caseworkerName(),
                    Map.of("self", new ApiPage.Link("/api/v1/werkzoekenden/" + r.id())));
        }
    }

    /** A page of clients. */
    @Schema(name = "ClientPage")
    record Page(@JsonProperty("werkzoekenden") List<Summary> clients, @JsonProperty("pagina") ApiPage.Info page,
                @JsonProperty("_links") Map<String, ApiPage.Link> links) {}

    /** One entry of a history (benefit status or caseworker). */
    record HistoryEntry(@JsonProperty("waarde") String value, @JsonProperty("vanaf") LocalDate from,
                        @JsonProperty("tot") @Nullable LocalDate to, @JsonProperty("geregistreerdOp") Instant recordedAt,
                        @JsonProperty("geregistreerdDoor") @Nullable String recordedBy) {

        static HistoryEntry of(ClientView.Period period) {
            return new HistoryEntry(period.value(), period.from(), period.to(), period.recordedAt(), period.recordedBy());
        }
    }

    /** A BSN to look up, in the body so it never appears in a URL or access log. */
    record BsnQuery(@JsonProperty("bsn") @ValidBsn String bsn) {}
}
