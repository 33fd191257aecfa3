package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The client's consent and recorded skills as a caseworker enters them (screen and API). Competences are the
 * organisation's own; ESCO skills by concept URI.
 */
record ConsentForm(@JsonProperty("matching") @Nullable Boolean matching,
                   @JsonProperty("delenMetWerkgevers") @Nullable Boolean shareWithEmployers,
                   @JsonProperty("gegevenOp") @Nullable LocalDate givenOn,
                   @JsonProperty("competenties") @Nullable List<UUID> competences,
                   @JsonProperty("escoVaardigheden") @Nullable List<String> escoSkills,
                   @JsonProperty("versie") @Nullable Integer version) {

    ConsentForm {
        matching = Boolean.TRUE.equals(matching);
        shareWithEmployers = Boolean.TRUE.equals(shareWithEmployers);
        competences = competences == null ? List.of() : List.copyOf(competences);
        escoSkills = escoSkills == null ? List.of() : escoSkills.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }
}
