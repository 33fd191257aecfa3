package nl.opstap.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/** The contact details the job seeker chose to show on their CV (each may be left empty); never BSN or birth date. */
public record CvContact(@JsonProperty("email") @Nullable String email, @JsonProperty("telefoon") @Nullable String phone,
                        @JsonProperty("woonplaats") @Nullable String place, @JsonProperty("versie") @Nullable Integer version) {

    static CvContact none() {
        return new CvContact("", "", "", 0);
    }

    /** Rule: cleaned, short, and an e-mail address and phone number that look like one. */
    CvContact checked() {
        String e = PortfolioEntryRules.clean(email);
        String p = PortfolioEntryRules.clean(phone);
        String w = PortfolioEntryRules.clean(place);
        List<RuleViolation.Violation> problems = new ArrayList<>();
        if (e.length() > 200 || !e.isEmpty() && !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new RuleViolation.Violation("email", "format", "Vul een e-mailadres in zoals naam@voorbeeld.nl."));
        }
        if (p.length() > 30 || !p.isEmpty() && !p.matches("[+0-9() -]{6,30}")) {
            problems.add(new RuleViolation.Violation("phone", "format", "Vul een telefoonnummer in met alleen cijfers, bijvoorbeeld 0612345678."));
        }
        if (w.length() > 100) {
            problems.add(new RuleViolation.Violation("place", "length", "Dit is te lang: gebruik ten hoogste 100 tekens."));
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.all(CvContact.class, problems);
        }
        return new CvContact(e, p, w, version);
    }
}
