package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A client's consent as recorded by a caseworker: to be proposed by matching, and to have personal data shared
 * with employers (without it nobody can be put forward). The date is when the client gave it.
 */
record Consent(@JsonProperty("matching") boolean matching, @JsonProperty("delenMetWerkgevers") boolean shareWithEmployers,
               @JsonProperty("gegevenOp") LocalDate givenOn, @JsonProperty("vastgelegdDoor") UUID recordedBy,
               @JsonProperty("versie") int version) {}
