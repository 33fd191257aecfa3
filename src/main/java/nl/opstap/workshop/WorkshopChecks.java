package nl.opstap.workshop;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.employer.EmployerId;
import nl.opstap.employer.EmployerSummary;
import nl.opstap.employer.Employers;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.Municipality;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.taxonomy.Sector;
import nl.opstap.taxonomy.Sectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks a form's municipality, sector and employer against the caller's scope, the sector list and the CRM; names them for display. */
@Component
class WorkshopChecks {

    static final int SUGGESTIONS = 12;

    private final Employers employers;
    private final Sectors sectors;
    private final Municipalities municipalities;

    WorkshopChecks(Employers employers, Sectors sectors, Municipalities municipalities) {
        this.employers = employers;
        this.sectors = sectors;
        this.municipalities = municipalities;
    }

    /** A municipality the caller works for, or a violation on the form's {@code municipality} field. */
    Municipality municipality(Access access, Class<?> form, @Nullable String code) {
        String value = code == null ? "" : code.strip();
        return municipalities.all().stream().filter(m -> m.code().value().equals(value) && access.scope().contains(m.code())).findFirst()
                .orElseThrow(() -> RuleViolation.of(form, "municipality", "scope", "Kies een gemeente waarvoor u werkgevers beheert."));
    }

    /** An active sector of the municipality's organisation; a workshop keeps its sector even when it was deactivated since. */
    String sector(MunicipalityCode municipality, @Nullable String code, @Nullable String current) {
        String value = WorkshopForm.clean(code);
        if (value.equals(current) || active(municipality).stream().anyMatch(s -> s.code().equals(value))) {
            return value;
        }
        throw RuleViolation.of(WorkshopForm.class, "sector", "unknown", "Onbekende sector: kies een actieve sector van uw organisatie.");
    }

    List<Sector> active(MunicipalityCode municipality) {
        return sectors.forMunicipality(municipality).stream().filter(Sector::active).toList();
    }

    /** The sectors to choose from: the active ones, and the workshop's own when it was deactivated since. */
    List<Sector> choosable(MunicipalityCode municipality, @Nullable String current) {
        List<Sector> all = sectors.forMunicipality(municipality);
        return all.stream().filter(s -> s.active() || s.code().equals(current)).toList();
    }

    String sectorName(MunicipalityCode municipality, String code) {
        return sectors.forMunicipality(municipality).stream().filter(s -> s.code().equals(code)).map(Sector::name).findFirst().orElse(code);
    }

    /** An employer of the CRM in the caller's scope and in the given municipality, or a violation on {@code field}. */
    EmployerSummary employer(Access access, Class<?> form, String field, UUID id, MunicipalityCode municipality) {
        return employers.find(access, new EmployerId(id)).filter(e -> e.municipality().equals(municipality)).orElseThrow(() ->
                RuleViolation.of(form, field, "unknown", "Onbekende werkgever of geen werkgever in deze gemeente: kies een werkgever uit het CRM."));
    }

    /** The employers' names, each looked up once. */
    Map<EmployerId, String> employerNames(Access access, List<EmployerId> ids) {
        return employers.names(access, ids);
    }

    /** Employers to choose from (name, KvK number or postcode), for the pickers. */
    List<EmployerSummary> employerHits(Access access, @Nullable String text) {
        String value = Objects.requireNonNullElse(text, "").strip();
        return value.length() < 2 ? List.of() : employers.search(access, value, SUGGESTIONS);
    }

    String municipalityName(MunicipalityCode code) {
        return municipalities.nameOf(code);
    }

    List<Municipality> municipalitiesOf(Access access) {
        return municipalities.of(access.scope().municipalities());
    }
}
