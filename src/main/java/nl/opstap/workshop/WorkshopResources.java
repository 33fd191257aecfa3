package nl.opstap.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.employer.EmployerId;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.web.ApiPage;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the workshop and session API (Dutch names). Candidates appear only for users who may read the clients. */
final class WorkshopResources {

    private WorkshopResources() {}

    @Schema(name = "WorkshopCandidate")
    record CandidateResource(@JsonProperty("werkzoekendeId") UUID client, @JsonProperty("naam") String name,
                             @JsonProperty("categorie") int category, @JsonProperty("datum") LocalDate added,
                             @JsonProperty("status") CandidateStatus status, @JsonProperty("statusSinds") LocalDate since) {

        static CandidateResource of(WorkshopService.Shown s) {
            Candidate c = s.candidate();
            return new CandidateResource(c.client().value(), s.client().fullName(), c.category().number(), c.added(), c.status(), c.since());
        }
    }

    record WorkshopResource(@JsonProperty("id") UUID id, @JsonProperty("gemeente") String municipality, @JsonProperty("naam") String name,
                            @JsonProperty("sector") String sector, @JsonProperty("partnerId") UUID partner,
                            @JsonProperty("partner") @Nullable String partnerName, @JsonProperty("aantalPlaatsen") int seats,
                            @JsonProperty("geplaatst") int placed, @JsonProperty("aantalKandidaten") int candidates,
                            @JsonProperty("begindatum") LocalDate start, @JsonProperty("einddatum") @Nullable LocalDate end,
                            @JsonProperty("kandidaten") @Nullable List<CandidateResource> shown) {

        static WorkshopResource of(Workshop w, Map<EmployerId, String> names, @Nullable List<WorkshopService.Shown> shown) {
            return new WorkshopResource(w.id().value(), w.municipality().value(), w.name(), w.sector(), w.partner().value(),
                    names.get(w.partner()), w.seats(), w.placed(), w.candidates(), w.start(), w.end(),
                    shown == null ? null : shown.stream().map(CandidateResource::of).toList());
        }
    }

    record WorkshopPage(@JsonProperty("werkplaatsen") List<WorkshopResource> workshops, @JsonProperty("pagina") ApiPage.Info page,
                        @JsonProperty("_links") Map<String, ApiPage.Link> links) {

        static WorkshopPage of(PageResult<Workshop> result, Map<EmployerId, String> names, Map<String, ApiPage.Link> links) {
            return new WorkshopPage(result.content().stream().map(w -> WorkshopResource.of(w, names, null)).toList(), ApiPage.info(result), links);
        }
    }

    record SessionCandidateResource(@JsonProperty("werkzoekendeId") UUID client, @JsonProperty("naam") String name,
                                    @JsonProperty("resultaat") @Nullable AgencyOutcome outcome) {

        static SessionCandidateResource of(SessionService.Shown s) {
            return new SessionCandidateResource(s.candidate().client().value(), s.client().fullName(), s.candidate().outcome());
        }
    }

    record SessionResource(@JsonProperty("id") UUID id, @JsonProperty("gemeente") String municipality, @JsonProperty("datum") LocalDate date,
                           @JsonProperty("uitzendbureauId") UUID agency, @JsonProperty("uitzendbureau") @Nullable String agencyName,
                           @JsonProperty("omschrijving") @Nullable String description, @JsonProperty("toelichting") @Nullable String note,
                           @JsonProperty("uitkomstVastgelegd") boolean outcomeRecorded, @JsonProperty("aantalKandidaten") int candidates,
                           @JsonProperty("kandidaten") @Nullable List<SessionCandidateResource> shown) {

        static SessionResource of(Session s, Map<EmployerId, String> names, @Nullable List<SessionService.Shown> shown) {
            return new SessionResource(s.id().value(), s.municipality().value(), s.date(), s.agency().value(), names.get(s.agency()),
                    s.description(), s.outcomeNote(), s.outcomeRecorded(), s.candidates(),
                    shown == null ? null : shown.stream().map(SessionCandidateResource::of).toList());
        }
    }

    record SessionPage(@JsonProperty("uitzendsessies") List<SessionResource> sessions, @JsonProperty("pagina") ApiPage.Info page,
                       @JsonProperty("_links") Map<String, ApiPage.Link> links) {

        static SessionPage of(PageResult<Session> result, Map<EmployerId, String> names, Map<String, ApiPage.Link> links) {
            return new SessionPage(result.content().stream().map(s -> SessionResource.of(s, names, null)).toList(), ApiPage.info(result), links);
        }
    }
}
