package nl.opstap.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import org.jspecify.annotations.Nullable;

/**
 * A client's file in the register. Its details, benefit status, caseworker and partner link change
 * only through the methods below, which enforce the rules; every change raises the version.
 */
final class Client {

    static final int MIN_AGE = 15;
    static final int MAX_AGE = 120;

    private final ClientId id;
    private ClientDetails details;
    private @Nullable ClientId partnerId;
    private @Nullable UserId caseworkerId;
    private final BenefitHistory benefits;
    private final List<CaseworkerAssignment> caseworkers;
    private final int version;
    private final Instant createdAt;

    Client(ClientId id, ClientDetails details, @Nullable ClientId partnerId, @Nullable UserId caseworkerId,
           List<BenefitPeriod> benefits, List<CaseworkerAssignment> caseworkers, int version, Instant createdAt) {
        this.id = id;
        this.details = details;
        this.partnerId = partnerId;
        this.caseworkerId = caseworkerId;
        this.benefits = new BenefitHistory(benefits);
        this.caseworkers = new ArrayList<>(caseworkers);
        this.version = version;
        this.createdAt = createdAt;
    }

    static Client register(ClientDetails details, LocalDate today, Instant now) {
        checkBirthDate(details.dateOfBirth(), today);
        return new Client(ClientId.random(), details, null, null, List.of(), List.of(), -1, now);
    }

    void change(ClientDetails newDetails, int expectedVersion, LocalDate today) {
        if (expectedVersion != version) {
            throw new StaleVersionException("Deze werkzoekende", version);
        }
        checkBirthDate(newDetails.dateOfBirth(), today);
        if (partnerId != null && !newDetails.municipality().equals(details.municipality())) {
            throw RuleViolation.of(ClientDetails.class, "municipality", "partner",
                    "Ontkoppel eerst de partner: partners horen bij dezelfde gemeente.");
        }
        this.details = newDetails;
    }

    void startBenefitStatus(BenefitStatus status, LocalDate from, Instant now, UserId by) {
        benefits.start(status, from, now, by);
    }

    void endBenefit(LocalDate on) {
        benefits.end(on);
    }

    void assignCaseworker(UserId caseworker, LocalDate from, Instant now, UserId by) {
        if (caseworker.equals(caseworkerId)) {
            throw RuleViolation.of(CaseworkerChange.class, "caseworkerId", "unchanged",
                    "Deze klantmanager is al toegewezen.");
        }
        currentAssignment().ifPresent(current -> caseworkers.set(caseworkers.indexOf(current), current.endingOn(from)));
        caseworkers.add(new CaseworkerAssignment(null, caseworker, from, null, now, by));
        caseworkerId = caseworker;
    }

    /** Ends the current caseworker assignment without a successor (e.g. after a move to another municipality). */
    void endCaseworkerAssignment(LocalDate on) {
        currentAssignment().ifPresent(current -> caseworkers.set(caseworkers.indexOf(current), current.endingOn(on)));
        caseworkerId = null;
    }

    /** Links this client and another as partners of one household. */
    void linkPartner(Client other) {
        if (other.id.equals(id)) {
            throw RuleViolation.of(PartnerChange.class, "partnerId", "self", "Iemand kan niet zijn eigen partner zijn.");
        }
        if (!other.municipality().equals(municipality())) {
            throw RuleViolation.of(PartnerChange.class, "partnerId", "municipality",
                    "Partners horen bij dezelfde gemeente.");
        }
        if (partnerId != null || other.partnerId != null) {
            throw RuleViolation.conflict(PartnerChange.class, "partnerId", "taken",
                    "Een van beiden heeft al een partner; ontkoppel die eerst.");
        }
        partnerId = other.id;
        other.partnerId = id;
    }

    void unlinkPartner(Client other) {
        if (!other.id.equals(partnerId)) {
            throw RuleViolation.of(PartnerChange.class, "partnerId", "notPartner", "Dit is niet de partner.");
        }
        partnerId = null;
        other.partnerId = null;
    }

    private static void checkBirthDate(LocalDate birth, LocalDate today) {
        String problem = birthDateProblem(birth, today);
        if (problem != null) {
            throw RuleViolation.of(ClientDetails.class, "dateOfBirth", "range", problem);
        }
    }

    /** Why this birth date cannot be a client's today, or null when it can. */
    static @Nullable String birthDateProblem(LocalDate birth, LocalDate today) {
        int age = Period.between(birth, today).getYears();
        return birth.isAfter(today) || age < MIN_AGE || age > MAX_AGE
                ? "Controleer de geboortedatum: een werkzoekende is " + MIN_AGE + " tot " + MAX_AGE + " jaar oud." : null;
    }

    Optional<CaseworkerAssignment> currentAssignment() {
        return caseworkers.stream().filter(a -> a.to() == null).findFirst();
    }

    int ageOn(LocalDate date) {
        return Period.between(details.dateOfBirth(), date).getYears();
    }

    Optional<BenefitStatus> benefitStatusOn(LocalDate date) {
        return benefits.statusOn(date);
    }

    ClientId id() { return id; }
    ClientDetails details() { return details; }
    MunicipalityCode municipality() { return new MunicipalityCode(details.municipality()); }
    Bsn bsn() { return Bsn.parse(details.bsn()); }
    /** An anonymised file keeps no BSN (retention, ADR 0021). */
    boolean anonymised() { return details.bsn().isEmpty(); }
    @Nullable ClientId partnerId() { return partnerId; }
    @Nullable UserId caseworkerId() { return caseworkerId; }
    List<BenefitPeriod> benefitPeriods() { return benefits.periods(); }
    List<CaseworkerAssignment> caseworkerHistory() { return List.copyOf(caseworkers); }
    int version() { return version; }
    boolean isNew() { return version < 0; }
    Instant createdAt() { return createdAt; }
}
