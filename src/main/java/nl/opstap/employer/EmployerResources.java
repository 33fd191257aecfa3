package nl.opstap.employer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.web.ApiPage;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the employer API (Dutch names). */
final class EmployerResources {

    private EmployerResources() {}

    record EmployerResource(@JsonProperty("id") UUID id, @JsonProperty("kvkNummer") String kvkNumber, @JsonProperty("naam") String name,
                            @JsonProperty("sbiSectie") SbiSection sbi, @JsonProperty("straat") String street,
                            @JsonProperty("huisnummer") String houseNumber, @JsonProperty("postcode") String postcode,
                            @JsonProperty("plaats") String city, @JsonProperty("gemeente") String municipality,
                            @JsonProperty("aantalWerknemers") int employees, @JsonProperty("quotumplichtig") boolean quotum,
                            @JsonProperty("interesseAfspraakbanen") boolean interestJobs,
                            @JsonProperty("interesseJobcarving") boolean interestCarving,
                            @JsonProperty("accountmanagerWi") @Nullable UUID managerWi, @JsonProperty("accountmanagerEz") @Nullable UUID managerEz,
                            @JsonProperty("versie") int version) {

        static EmployerResource of(Employer e) {
            return new EmployerResource(e.id().value(), e.kvkNumber(), e.name(), e.sbi(), e.street(), e.houseNumber(), e.postcode(), e.city(),
                    e.municipality().value(), e.employees(), e.quotum(), e.interestJobs(), e.interestCarving(),
                    e.managerWi() == null ? null : e.managerWi().value(), e.managerEz() == null ? null : e.managerEz().value(), e.version());
        }
    }

    record EmployerPage(@JsonProperty("werkgevers") List<EmployerResource> employers, @JsonProperty("pagina") ApiPage.Info page,
                        @JsonProperty("_links") Map<String, ApiPage.Link> links) {

        static EmployerPage of(PageResult<Employer> result, Map<String, ApiPage.Link> links) {
            return new EmployerPage(result.content().stream().map(EmployerResource::of).toList(), ApiPage.info(result), links);
        }
    }

    record ContactResource(@JsonProperty("id") UUID id, @JsonProperty("naam") String name, @JsonProperty("functie") @Nullable String role,
                           @JsonProperty("telefoonnummer") @Nullable String phone, @JsonProperty("emailadres") @Nullable String email,
                           @JsonProperty("actief") boolean active, @JsonProperty("versie") int version) {

        static ContactResource of(Views.Contact c) {
            return new ContactResource(c.id(), c.name(), c.role(), c.phone(), c.email(), c.active(), c.version());
        }
    }

    record MomentResource(@JsonProperty("id") UUID id, @JsonProperty("datum") LocalDate date, @JsonProperty("kanaal") ContactChannel channel,
                          @JsonProperty("onderwerp") String subject, @JsonProperty("vastgelegdDoor") String recordedBy,
                          @JsonProperty("soortAccountmanager") ManagerKind kind, @JsonProperty("uitkomst") @Nullable String outcome,
                          @JsonProperty("vervolgactie") @Nullable String nextAction,
                          @JsonProperty("vervolgactieDatum") @Nullable LocalDate dueDate, @JsonProperty("bemiddeling") boolean mediation,
                          @JsonProperty("werkzoekendeGekoppeld") boolean clientLinked,
                          @JsonProperty("bemiddeldeWerkzoekende") @Nullable UUID mediationClient,
                          @JsonProperty("bemiddeldeWerkzoekendeNaam") @Nullable String mediationClientName,
                          @JsonProperty("contactpersoon") @Nullable UUID contact, @JsonProperty("versie") int version) {

        /** The linked client's id and name only for a caller who may read that client ({@code names} holds them). */
        static MomentResource of(Views.Moment m, Map<UUID, String> names) {
            String name = m.mediationClient() == null ? null : names.get(m.mediationClient());
            return new MomentResource(m.id(), m.date(), m.channel(), m.subject(), m.recordedByName(), m.managerKind(), m.outcome(),
                    m.nextAction(), m.dueDate(), m.mediation(), m.mediationClient() != null, name == null ? null : m.mediationClient(), name,
                    m.contact(), m.version());
        }
    }

    record AgreementResource(@JsonProperty("id") UUID id, @JsonProperty("organisatieId") UUID organisation,
                             @JsonProperty("partner") String partner, @JsonProperty("soortPartner") PartnerKind kind,
                             @JsonProperty("onderwerp") String subject, @JsonProperty("begindatum") LocalDate start,
                             @JsonProperty("einddatum") @Nullable LocalDate end) {

        static AgreementResource of(Views.Agreement a) {
            return new AgreementResource(a.id(), a.organisation().value(), a.partner(), a.kind(), a.subject(), a.start(), a.end());
        }
    }

    record DueResource(@JsonProperty("werkgeverId") UUID employer, @JsonProperty("werkgever") String name,
                       @JsonProperty("vervolgactie") @Nullable String action, @JsonProperty("vervolgactieDatum") @Nullable LocalDate due,
                       @JsonProperty("laatsteContact") @Nullable LocalDate lastContact) {

        static DueResource of(Views.Due d) {
            return new DueResource(d.employer().value(), d.employerName(), d.action(), d.due(), d.lastContact());
        }
    }

    record WorklistResource(@JsonProperty("peildatum") LocalDate today, @JsonProperty("maanden") int months,
                            @JsonProperty("vervolgacties") List<DueResource> actions,
                            @JsonProperty("nietGesproken") List<DueResource> silent) {

        static WorklistResource of(EmployerWork.Worklist w) {
            return new WorklistResource(w.today(), w.months(), w.actions().stream().map(DueResource::of).toList(),
                    w.silent().stream().map(DueResource::of).toList());
        }
    }
}
