package nl.opstap.employer;

import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A stored employer. The quotum indicator is derived from the number of employees, never stored. */
public record Employer(EmployerId id, OrganisationId organisation, MunicipalityCode municipality, String kvkNumber, String name,
                       SbiSection sbi, String street, String houseNumber, String postcode, String city, int employees,
                       boolean interestJobs, boolean interestCarving, @Nullable UserId managerWi, @Nullable UserId managerEz,
                       int version) {

    public boolean quotum() {
        return EmployerRules.quotum(employees);
    }

    /** "8331 AB" as people write it. */
    public String postcodeShown() {
        return postcode.length() == 6 ? postcode.substring(0, 4) + " " + postcode.substring(4) : postcode;
    }
}
