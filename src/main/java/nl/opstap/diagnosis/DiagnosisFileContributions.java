package nl.opstap.diagnosis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opstap.access.Access;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientRef;
import nl.opstap.client.FileSection;
import nl.opstap.client.FileSectionContributor;
import nl.opstap.client.FileTab;
import nl.opstap.client.FileTabContributor;
import nl.opstap.client.TimelineContributor;
import nl.opstap.client.TimelineEntry;
import nl.opstap.taxonomy.Occupation;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sectors;
import nl.opstap.shared.web.Formats;
import org.springframework.stereotype.Component;

/** The diagnosis in the client's file: its tab, the block "at a glance" on the overview, and every fact on the timeline. */
@Component
class DiagnosisFileContributions implements FileTabContributor, FileSectionContributor, TimelineContributor {


    private final Diagnoses diagnoses;
    private final Sectors sectors;
    private final Occupations occupations;
    private final Clock clock;

    private final DiagnosisCharts charts;

    DiagnosisFileContributions(Diagnoses diagnoses, Sectors sectors, Occupations occupations, Clock clock, DiagnosisCharts charts) {
        this.charts = charts;
        this.diagnoses = diagnoses;
        this.sectors = sectors;
        this.occupations = occupations;
        this.clock = clock;
    }

    @Override
    public Optional<FileTab> tabFor(CurrentUser user) {
        return user.can(Permission.CLIENT_READ) ? Optional.of(new FileTab("file.tab.diagnosis", "diagnose", 20)) : Optional.empty();
    }

    @Override
    public Optional<FileSection> sectionFor(Access access, ClientRef client) {
        LocalDate today = LocalDate.now(clock);
        List<DiagnosisFact> history = diagnoses.history(access, client.id());
        DiagnosisSnapshot snapshot = DiagnosisSnapshot.of(client.id(), today, history.stream()
                .filter(f -> f.kind() == FactKind.TEST ? !f.corrected() && !f.from().isAfter(today) : f.holdsOn(today)).toList());
        Map<String, String> sectorNames = sectorNames(client);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("snapshot", snapshot);
        data.put("sectors", DiagnosisTexts.sectors(snapshot.sectors(), sectorNames));
        data.put("lowest", String.join(", ", snapshot.zrmLowest().stream().map(ZrmDomain::label).toList()));
        data.put("mayReadZrm", ZrmReadRule.mayRead(access.user(), client.municipality()));
        data.put("charts", charts.of(history));
        data.put("lastTest", snapshot.lastTest() == null ? "" : snapshot.lastTest().value().summary());
        data.put("href", "/werkzoekenden/" + client.id().value() + "/diagnose");
        return Optional.of(new FileSection("diagnosis/glance", "glance", 10, data));
    }

    @Override
    public List<TimelineEntry> entriesFor(Access access, ClientRef client) {
        List<DiagnosisFact> history = diagnoses.history(access, client.id());
        Map<String, String> sectorNames = sectorNames(client);
        Map<String, String> occupationNames = new LinkedHashMap<>();
        history.stream().filter(f -> f.value() instanceof FactRecord.OccupationFact).map(f -> ((FactRecord.OccupationFact) f.value()).uri())
                .forEach(uri -> occupationNames.put(uri, occupations.find(uri).map(Occupation::preferredLabel).orElse(uri)));
        String href = "/werkzoekenden/" + client.id().value() + "/diagnose#";
        return history.stream().map(f -> new TimelineEntry(f.from(), f.recordedAt(), f.kind().categoryKey(),
                DiagnosisTexts.of(f.value(), sectorNames, occupationNames), detail(f), f.recordedBy(), href + f.kind().screenPath(),
                f.corrected())).toList();
    }

    private static String detail(DiagnosisFact f) {
        if (f.corrected()) {
            return "Gecorrigeerd door " + f.correctedBy() + ": " + f.correctionReason();
        }
        return f.to() != null ? "Gold tot " + Formats.DATE.format(f.to()) : null;
    }

    private Map<String, String> sectorNames(ClientRef client) {
        Map<String, String> names = new LinkedHashMap<>();
        sectors.forMunicipality(client.municipality()).forEach(s -> names.put(s.code(), s.name()));
        return names;
    }
}
