package nl.opstap.employer;

import nl.opstap.organisation.MunicipalityCode;

/** An employer as other modules need it (vacancies, matching): who and where. */
public record EmployerSummary(EmployerId id, String name, MunicipalityCode municipality, String postcode, SbiSection sbi) {

    static EmployerSummary of(Employer e) {
        return new EmployerSummary(e.id(), e.name(), e.municipality(), e.postcode(), e.sbi());
    }
}
