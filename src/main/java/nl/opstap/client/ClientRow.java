package nl.opstap.client;

import java.time.LocalDate;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/** One client in a list: enough to recognise them, nothing more. */
record ClientRow(ClientId id, MunicipalityCode municipality, String firstNames, @Nullable String infix, String lastName,
                 LocalDate dateOfBirth, String postcode, @Nullable String city, @Nullable UserId caseworker,
                 @Nullable BenefitStatus benefitStatus) {

    /** "Jansen, Anna van" — how lists sorted by surname show a name. */
    public String sortName() {
        return lastName + ", " + firstNames + (infix == null ? "" : " " + infix);
    }

    public String fullName() {
        return ClientDetails.fullName(firstNames, infix, lastName);
    }
}
