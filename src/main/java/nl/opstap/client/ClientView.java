package nl.opstap.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Everything the client page (and the API's resource) shows, with names resolved. */
record ClientView(ClientId id, int version, String municipalityName, ClientDetails details, @Nullable String bsn,
                  String bsnMasked, int age, @Nullable Boolean startQualification, @Nullable BenefitStatus benefitStatus,
                  List<Period> benefitHistory, @Nullable Named caseworker, List<Period> caseworkerHistory,
                  @Nullable Named partner, Instant createdAt) {

    /** A person referred to by id and name. */
    record Named(UUID id, String name) {}

    /**
     * One entry of a history: what held from when until when, and who recorded it. {@code labelKey}
     * names the screen text for a coded value (e.g. "benefit.RECIPIENT"); {@code value} is the API's code or a name.
     */
    record Period(String value, @Nullable String labelKey, LocalDate from, @Nullable LocalDate to, Instant recordedAt,
                  @Nullable String recordedBy) {}

    public String fullName() {
        return details.fullName();
    }
}
