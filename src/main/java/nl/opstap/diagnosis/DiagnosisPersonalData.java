package nl.opstap.diagnosis;


import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import nl.opstap.taxonomy.Occupation;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagnosis part of the AVG download: every fact of every kind with its period and who recorded it, corrected
 * facts included and marked as such. ZRM scores are shown too: the staff-side ZRM read rule does not bind the person
 * the scores are about.
 */
@Component
class DiagnosisPersonalData implements PersonalDataContributor {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final FactStore store;
    private final Sectors sectors;
    private final Occupations occupations;
    private final ProcessingLog log;
    private final MessageSource messages;

    DiagnosisPersonalData(FactStore store, Sectors sectors, Occupations occupations, ProcessingLog log, MessageSource messages) {
        this.store = store;
        this.sectors = sectors;
        this.occupations = occupations;
        this.log = log;
        this.messages = messages;
    }

    @Override
    @Transactional
    public List<PersonalDataPart> partsFor(Access access, ClientRef client) {
        List<DiagnosisFact> history = store.history(client.id());
        if (history.isEmpty()) {
            return List.of();
        }
        log.record(access, ProcessingActivity.DIAGNOSIS, ProcessingAction.READ, Outcome.SUCCESS,
                List.of(new LogSubject(client.id().value(), client.municipality())));
        Map<String, String> sectorNames = new LinkedHashMap<>();
        sectors.forMunicipality(client.municipality()).forEach(s -> sectorNames.put(s.code(), s.name()));
        Map<String, String> occupationNames = new LinkedHashMap<>();
        history.stream().filter(f -> f.value() instanceof FactRecord.OccupationFact).map(f -> ((FactRecord.OccupationFact) f.value()).uri())
                .forEach(uri -> occupationNames.put(uri, occupations.find(uri).map(Occupation::preferredLabel).orElse(uri)));
        List<PersonalDataPart> parts = new ArrayList<>();
        for (FactKind kind : FactKind.values()) {
            List<Map<String, @Nullable Object>> records = history.stream().filter(f -> f.kind() == kind)
                    .sorted(java.util.Comparator.comparing(DiagnosisFact::from).thenComparing(DiagnosisFact::recordedAt))
                    .map(f -> record(f, DiagnosisTexts.of(f.value(), sectorNames, occupationNames))).toList();
            if (!records.isEmpty()) {
                String title = "Diagnose: " + messages.getMessage(kind.categoryKey(), null, DUTCH).toLowerCase(DUTCH);
                parts.add(new PersonalDataPart(title, 10 + kind.ordinal(), records));
            }
        }
        return parts;
    }

    private static Map<String, @Nullable Object> record(DiagnosisFact f, String value) {
        Map<String, @Nullable Object> map = PersonalDataPart.record("Wat is vastgelegd", value,
                f.kind() == FactKind.TEST ? "Datum" : "Geldig vanaf", f.from());
        if (f.kind() != FactKind.TEST) {
            map.put("Geldig tot", f.to());
        }
        map.putAll(PersonalDataPart.record("Vastgelegd op", f.recordedAt(), "Vastgelegd door", f.recordedBy(),
                "Gecorrigeerd", f.corrected()));
        if (f.corrected()) {
            map.putAll(PersonalDataPart.record("Gecorrigeerd op", f.correctedAt(), "Gecorrigeerd door", f.correctedBy(),
                    "Reden van de correctie", f.correctionReason()));
        }
        return map;
    }
}
