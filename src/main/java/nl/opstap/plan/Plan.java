package nl.opstap.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A client's Plan van Perspectief with all its versions. It guards its own status: a concept may be
 * edited and fixed; a fixed plan only changes by a revision, which adds a version; a closed plan
 * changes no more. Every version but a concept in progress stays as it was.
 */
final class Plan {

    static final int MAX_REASON = 1000;

    private final PlanId id;
    private final ClientId client;
    private final MunicipalityCode municipality;
    private final LocalDate startedOn;
    private final List<PlanVersion> versions;
    private final int lockVersion;
    private int storedVersions;
    private boolean conceptChanged;

    Plan(PlanId id, ClientId client, MunicipalityCode municipality, LocalDate startedOn, List<PlanVersion> versions,
         int lockVersion) {
        this.id = id;
        this.client = client;
        this.municipality = municipality;
        this.startedOn = startedOn;
        this.versions = new ArrayList<>(versions);
        this.lockVersion = lockVersion;
        this.storedVersions = versions.size();
    }

    /** A new plan in concept, drawn up on {@code on}. */
    static Plan start(ClientId client, MunicipalityCode municipality, PlanContent content, LocalDate on, LocalDate today,
                      Actor by) {
        if (on.isAfter(today)) {
            throw RuleViolation.of(null, "startedOn", "future", "De datum van opstellen kan niet in de toekomst liggen.");
        }
        PlanRules.check(content, on, today);
        Plan plan = new Plan(new PlanId(UUID.randomUUID()), client, municipality, on, List.of(), -1);
        plan.versions.add(new PlanVersion(1, PlanStatus.CONCEPT, content, on, null, by.at(), by.id(), by.name()));
        return plan;
    }

    /** Changes the concept in place; a fixed plan must be revised instead. */
    void edit(PlanContent content, LocalDate today, Actor by) {
        if (status() != PlanStatus.CONCEPT) {
            throw RuleViolation.conflict(null, "", "status", status() == PlanStatus.AFGESLOTEN
                    ? "Dit plan is afgesloten en kan niet meer worden gewijzigd."
                    : "Een vastgesteld plan wijzigt u door het te herzien, met een reden; de vastgestelde versie blijft bewaard.");
        }
        PlanRules.check(content, startedOn, today);
        PlanVersion concept = current();
        versions.set(versions.size() - 1, new PlanVersion(concept.number(), PlanStatus.CONCEPT, content, concept.effectiveOn(),
                null, by.at(), by.id(), by.name()));
        conceptChanged = true;
    }

    /** Fixes the concept as agreed with the client on {@code on}. */
    void approve(LocalDate on, LocalDate today, Actor by) {
        if (status() != PlanStatus.CONCEPT) {
            throw RuleViolation.conflict(null, "", "status", "Alleen een concept kan worden vastgesteld; dit plan is "
                    + status().code() + ".");
        }
        if (current().content().goals().isEmpty()) {
            throw RuleViolation.of(PlanContent.class, "goals", "required", "Een plan heeft minstens één doel voordat het wordt vastgesteld.");
        }
        checkDate(on, today, "vastgesteld");
        reviewAfter(current().content(), on);
        append(PlanStatus.VASTGESTELD, current().content(), on, null, by);
    }

    /** Records a revised content of a fixed plan as a new version; the earlier one is kept as it was. */
    void revise(PlanContent content, @Nullable String reason, LocalDate on, LocalDate today, Actor by) {
        if (status() != PlanStatus.VASTGESTELD && status() != PlanStatus.HERZIEN) {
            throw RuleViolation.conflict(null, "", "status", status() == PlanStatus.CONCEPT
                    ? "Een concept wijzigt u gewoon; herzien kan pas als het plan is vastgesteld."
                    : "Dit plan is afgesloten en kan niet meer worden herzien.");
        }
        String why = PlanRules.reason(reason, "reden", "Geef de reden van de herziening.");
        PlanRules.check(content, startedOn, today);
        if (content.goals().isEmpty()) {
            throw RuleViolation.of(PlanContent.class, "goals", "required", "Een vastgesteld plan houdt minstens één doel.");
        }
        checkDate(on, today, "herzien");
        reviewAfter(content, on);
        append(PlanStatus.HERZIEN, content, on, why, by);
    }

    /** Closes the plan; nothing can be changed afterwards. */
    void close(@Nullable String reason, LocalDate on, LocalDate today, Actor by) {
        if (status() == PlanStatus.AFGESLOTEN) {
            throw RuleViolation.conflict(null, "", "status", "Dit plan is al afgesloten.");
        }
        String why = PlanRules.reason(reason, "reden", "Geef de reden van het afsluiten.");
        checkDate(on, today, "afgesloten");
        append(PlanStatus.AFGESLOTEN, current().content(), on, why, by);
    }

    /** A fixed or revised plan is reviewed later, not before the day it was agreed. */
    private static void reviewAfter(PlanContent content, LocalDate on) {
        if (content.reviewDate() != null && content.reviewDate().isBefore(on)) {
            throw RuleViolation.of(PlanContent.class, "reviewDate", "beforeVersion",
                    "De herbeoordelingsdatum ligt vóór de datum waarop het plan wordt vastgesteld of herzien.");
        }
    }

    private void checkDate(LocalDate on, LocalDate today, String what) {
        if (on.isAfter(today)) {
            throw RuleViolation.of(null, "datum", "future", "Een plan kan niet in de toekomst worden " + what + ".");
        }
        if (on.isBefore(current().effectiveOn())) {
            throw RuleViolation.of(null, "datum", "beforePrevious", "De datum ligt vóór die van de vorige versie ("
                    + nl.opstap.shared.web.Formats.DATE.format(current().effectiveOn()) + ").");
        }
    }

    private void append(PlanStatus status, PlanContent content, LocalDate on, @Nullable String reason, Actor by) {
        versions.add(new PlanVersion(current().number() + 1, status, content, on, reason, by.at(), by.id(), by.name()));
    }

    PlanId id() {
        return id;
    }

    ClientId client() {
        return client;
    }

    MunicipalityCode municipality() {
        return municipality;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    PlanStatus status() {
        return current().status();
    }

    PlanVersion current() {
        return versions.getLast();
    }

    List<PlanVersion> versions() {
        return List.copyOf(versions);
    }

    int lockVersion() {
        return lockVersion;
    }

    boolean isNew() {
        return lockVersion < 0;
    }

    /** Versions added since loading (to insert) and whether the stored concept changed (to update). */
    List<PlanVersion> addedVersions() {
        return versions.subList(Math.min(storedVersions, versions.size()), versions.size());
    }

    /** The stored concept row, when it was edited since loading (to update in place). */
    java.util.Optional<PlanVersion> editedStoredConcept() {
        return conceptChanged && storedVersions > 0 ? java.util.Optional.of(versions.get(storedVersions - 1))
                : java.util.Optional.empty();
    }

    PlanVersion version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new nl.opstap.shared.domain.NotFoundException("Versie"));
    }
}
