package nl.opstap.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientRef;
import nl.opstap.client.PersonalDataContributor;
import nl.opstap.client.PersonalDataPart;
import nl.opstap.employer.EmployerId;
import nl.opstap.employer.Employers;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.VacancyId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placement's part of the AVG download: placements (with employer, vacancy and jobcoach by name), the follow-up
 * contacts after each, outflows from the benefit and returns to it.
 */
@Component
class PlacementPersonalData implements PersonalDataContributor {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String PLACEMENT = "Plaatsing gestart op";

    private final Placements placements;
    private final FollowUps followUps;
    private final Outflows outflows;
    private final Employers employers;
    private final Vacancies vacancies;
    private final UserDirectory users;
    private final ProcessingLog log;
    private final MessageSource messages;

    PlacementPersonalData(Placements placements, FollowUps followUps, Outflows outflows, Employers employers, Vacancies vacancies,
                          UserDirectory users, ProcessingLog log, MessageSource messages) {
        this.placements = placements;
        this.followUps = followUps;
        this.outflows = outflows;
        this.employers = employers;
        this.vacancies = vacancies;
        this.users = users;
        this.log = log;
        this.messages = messages;
    }

    @Override
    @Transactional
    public List<PersonalDataPart> partsFor(Access access, ClientRef client) {
        UUID id = client.id().value();
        List<Placement> own = placements.ofClient(id);
        List<Outflow> outs = outflows.ofClient(id);
        List<ReEntry> returns = outflows.reEntriesOf(id);
        if (own.isEmpty() && outs.isEmpty() && returns.isEmpty()) {
            return List.of();
        }
        log.record(access, ProcessingActivity.PLACEMENT, ProcessingAction.READ, Outcome.SUCCESS, List.of(new LogSubject(id, client.municipality())));
        List<PersonalDataPart> parts = new ArrayList<>();
        if (!own.isEmpty()) {
            parts.add(new PersonalDataPart("Plaatsingen", 70, placementRecords(access, own)));
            List<Map<String, @Nullable Object>> contacts = new ArrayList<>();
            own.forEach(p -> followUps.ofPlacement(p.id()).forEach(f -> contacts.add(PersonalDataPart.record(PLACEMENT, p.start(),
                    "Maanden na de start", f.months(), "Met", text("placement.party." + f.party()), "Gepland op", f.due(),
                    "Gehouden op", f.held(), "Uitkomst", f.outcome(), "Zorgpunt gemeld", f.signal()))));
            if (!contacts.isEmpty()) {
                parts.add(new PersonalDataPart("Nazorg na plaatsing", 71, contacts));
            }
        }
        if (!outs.isEmpty()) {
            parts.add(new PersonalDataPart("Uitstroom uit de uitkering", 72, outs.stream().map(o -> PersonalDataPart.record(
                    "Datum", o.date(), "Reden", o.reason().label(), "Omvang", o.extent().label())).toList()));
        }
        if (!returns.isEmpty()) {
            Map<UUID, LocalDate> outDates = outs.stream().collect(Collectors.toMap(Outflow::id, Outflow::date));
            parts.add(new PersonalDataPart("Terug in de uitkering", 73, returns.stream().map(r -> PersonalDataPart.record(
                    "Datum", r.date(), "Na uitstroom op", outDates.get(r.outflow()),
                    "Binnen " + r.windowMonths() + " maanden na de uitstroom", r.revolvingDoor())).toList()));
        }
        return parts;
    }

    private List<Map<String, @Nullable Object>> placementRecords(Access access, List<Placement> own) {
        Set<EmployerId> employerIds = own.stream().map(Placement::employer).filter(Objects::nonNull).map(EmployerId::new)
                .collect(Collectors.toSet());
        Map<EmployerId, String> employerNames = employerIds.isEmpty() ? Map.of() : employers.names(access, employerIds);
        Map<UserId, String> coaches = users.displayNames(own.stream().map(Placement::jobcoach).filter(Objects::nonNull)
                .map(UserId::new).collect(Collectors.toSet()));
        return own.stream().map(p -> PersonalDataPart.record("Soort", p.type().label(),
                "Werkgever", p.employer() == null ? null : employerNames.get(new EmployerId(p.employer())),
                "Vacature", p.vacancy() == null ? null : vacancies.find(access, new VacancyId(p.vacancy())).map(v -> v.title()).orElse(null),
                "Startdatum", p.start(), "Einddatum", p.end(), "Reden van het einde", p.endReason(), "Uren per week", p.hours(),
                "Soort contract", p.contract() == null ? null : p.contract().label(), "Loonkostensubsidie", p.wageSubsidy(),
                "No-riskpolis", p.noRisk(), "Jobcoach", p.jobcoach() == null ? null : coaches.get(new UserId(p.jobcoach())),
                "Waarom geen hogere soort plaatsing", p.whyNotHigher())).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
