package nl.opstap.activity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientRef;
import nl.opstap.client.PersonalDataContributor;
import nl.opstap.client.PersonalDataPart;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The activities' part of the AVG download: every participation (cancelled ones too) with provider, dates and how it ended. */
@Component
class ActivityPersonalData implements PersonalDataContributor {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Participations participations;
    private final Activities activities;
    private final ProcessingLog log;
    private final MessageSource messages;

    ActivityPersonalData(Participations participations, Activities activities, ProcessingLog log, MessageSource messages) {
        this.participations = participations;
        this.activities = activities;
        this.log = log;
        this.messages = messages;
    }

    @Override
    @Transactional
    public List<PersonalDataPart> partsFor(Access access, ClientRef client) {
        List<Participation> all = participations.ofClient(client.id());
        if (all.isEmpty()) {
            return List.of();
        }
        log.record(access, ProcessingActivity.PARTICIPATION, ProcessingAction.READ, Outcome.SUCCESS,
                List.of(new LogSubject(client.id().value(), client.municipality())));
        Map<ActivityId, @Nullable String> providers = new HashMap<>();
        all.forEach(p -> providers.computeIfAbsent(p.activity(), id -> activities.find(id).map(Activity::provider).orElse(null)));
        return List.of(new PersonalDataPart("Activiteiten", 30, all.stream().map(p -> PersonalDataPart.record(
                "Activiteit", p.activityName(), "Soort", text("activity.kind." + p.activityKind().name()),
                "Aanbieder", providers.get(p.activity()), "Startdatum", p.startDate(), "Geplande einddatum", p.plannedEnd(),
                "Einddatum", p.actualEnd(), "Resultaat", p.result() == null ? null : text("participation.result." + p.result().name()),
                "Reden van uitval", p.dropoutReasonName(), "Praktijkverklaring", p.certificate() ? p.certificateDescription() : null,
                "Datum praktijkverklaring", p.certificateDate(), "Toelichting", p.notes())).toList()));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
