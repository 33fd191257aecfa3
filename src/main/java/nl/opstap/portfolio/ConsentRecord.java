package nl.opstap.portfolio;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import nl.opstap.employer.EmployerId;
import org.jspecify.annotations.Nullable;

/** One line of a job seeker's consent history: given or revoked, by whom and when. Never changed afterwards. */
record ConsentRecord(@JsonProperty("soort") ConsentKind kind, @JsonIgnore @Nullable EmployerId employer,
                     @JsonProperty("gegeven") boolean given, @JsonIgnore UUID recordedBy,
                     @JsonProperty("op") Instant at, @JsonIgnore long seq) {

    /** The employer's id for the API (null for the publish consent). */
    @JsonProperty("werkgeverId")
    @Nullable UUID employerId() {
        return employer == null ? null : employer.value();
    }
}
