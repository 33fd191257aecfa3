package nl.opstap.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Managing the catalogue and the dropout reasons of the organisations an administrator works for. */
@Service
class CatalogueService {

    private final Activities activities;
    private final DropoutReasons reasons;
    private final Organisations organisations;
    private final Clock clock;

    CatalogueService(Activities activities, DropoutReasons reasons, Organisations organisations, Clock clock) {
        this.activities = activities;
        this.reasons = reasons;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<CatalogueRow> rows(Access access, List<OrganisationId> orgs) {
        orgs.forEach(o -> organisations.require(access.scope(), o));
        LocalDate today = LocalDate.now(clock);
        Map<ActivityId, Integer> current = activities.currentParticipants(orgs, today);
        return activities.of(orgs).stream().map(a -> {
            int n = current.getOrDefault(a.id(), 0);
            return new CatalogueRow(a, n, CapacityRule.free(a.capacity(), n));
        }).toList();
    }

    @Transactional(readOnly = true)
    Activity activity(Access access, ActivityId id) {
        Activity activity = activities.find(id).orElseThrow(() -> new NotFoundException("Activiteit"));
        organisations.require(access.scope(), activity.organisation());
        return activity;
    }

    @Transactional
    ActivityId create(Access access, OrganisationId organisation, ActivityForm form) {
        organisations.require(access.scope(), organisation);
        ActivityId id = ActivityId.random();
        if (activities.nameTaken(organisation, form.trimmedName(), id)) {
            throw nameTaken();
        }
        activities.insert(id, organisation, form, clock.instant());
        return id;
    }

    @Transactional
    void update(Access access, ActivityId id, ActivityForm form) {
        Activity activity = activities.lock(id).orElseThrow(() -> new NotFoundException("Activiteit"));
        organisations.require(access.scope(), activity.organisation());
        if (activities.nameTaken(activity.organisation(), form.trimmedName(), id)) {
            throw nameTaken();
        }
        int current = activities.currentParticipants(List.of(activity.organisation()), LocalDate.now(clock)).getOrDefault(id, 0);
        CapacityRule.checkNewCapacity(ActivityForm.class, form.capacity(), current);
        activities.update(id, form, clock.instant());
    }

    @Transactional
    void setActive(Access access, ActivityId id, boolean active) {
        Activity activity = activities.lock(id).orElseThrow(() -> new NotFoundException("Activiteit"));
        organisations.require(access.scope(), activity.organisation());
        activities.setActive(id, active, clock.instant());
    }

    @Transactional
    List<DropoutReason> reasons(Access access, List<OrganisationId> orgs) {
        orgs.forEach(o -> {
            organisations.require(access.scope(), o);
            reasons.ensureDefaults(o, clock.instant());
        });
        return reasons.of(orgs);
    }

    @Transactional
    DropoutReasonId addReason(Access access, OrganisationId organisation, ReasonForm form) {
        organisations.require(access.scope(), organisation);
        reasons.ensureDefaults(organisation, clock.instant());
        DropoutReasonId id = DropoutReasonId.random();
        if (reasons.nameTaken(organisation, form.name().strip(), id)) {
            throw reasonTaken();
        }
        reasons.insert(id, organisation, form.name().strip(), clock.instant());
        return id;
    }

    @Transactional
    void renameReason(Access access, DropoutReasonId id, ReasonForm form) {
        DropoutReason reason = reason(access, id);
        if (reasons.nameTaken(reason.organisation(), form.name().strip(), id)) {
            throw reasonTaken();
        }
        reasons.rename(id, form.name().strip());
    }

    @Transactional
    void setReasonActive(Access access, DropoutReasonId id, boolean active) {
        reason(access, id);
        reasons.setActive(id, active);
    }

    @Transactional(readOnly = true)
    OrganisationId reasonOrganisation(Access access, DropoutReasonId id) {
        return reason(access, id).organisation();
    }

    private DropoutReason reason(Access access, DropoutReasonId id) {
        DropoutReason reason = reasons.find(id).orElseThrow(() -> new NotFoundException("Reden van uitval"));
        organisations.require(access.scope(), reason.organisation());
        return reason;
    }

    private static RuleViolation nameTaken() {
        return RuleViolation.of(ActivityForm.class, "name", "taken", "Er is al een activiteit met deze naam in de catalogus.");
    }

    private static RuleViolation reasonTaken() {
        return RuleViolation.of(ReasonForm.class, "name", "taken", "Deze reden staat al in de lijst.");
    }
}
