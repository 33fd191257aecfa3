package nl.opstap.diagnosis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientFile;
import nl.opstap.client.ClientRef;
import nl.opstap.taxonomy.Occupation;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sector;
import nl.opstap.taxonomy.Sectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Builds the model of the diagnosis tab: current values, histories, forms, choices and chart data. */
@Component
class DiagnosisPage {

    static final String[] FORMS = {"situationForm", "perspectiveForm", "ladderForm", "sectorForm", "zrmForm", "testForm", "occupationForm"};

    private final ClientFile clientFile;
    private final Sectors sectors;
    private final Occupations occupations;
    private final DiagnosisCharts charts;
    private final Clock clock;

    DiagnosisPage(ClientFile clientFile, Sectors sectors, Occupations occupations, DiagnosisCharts charts, Clock clock) {
        this.clientFile = clientFile;
        this.sectors = sectors;
        this.occupations = occupations;
        this.charts = charts;
        this.clock = clock;
    }

    void fill(Access access, ClientRef ref, List<DiagnosisFact> history, @Nullable UUID correcting, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("file", clientFile.header(access, ref, "diagnose"));
        model.addAttribute("today", today);
        model.addAttribute("snapshot", DiagnosisSnapshot.of(ref.id(), today, history.stream()
                .filter(f -> f.kind() == FactKind.TEST ? !f.corrected() && !f.from().isAfter(today) : f.holdsOn(today)).toList()));
        Map<FactKind, List<DiagnosisFact>> byKind = new LinkedHashMap<>();
        for (FactKind kind : FactKind.values()) {
            byKind.put(kind, history.stream().filter(f -> f.kind() == kind)
                    .sorted(Comparator.comparing(DiagnosisFact::from).thenComparing(DiagnosisFact::recordedAt).reversed()).toList());
        }
        Map<String, List<DiagnosisFact>> byName = new LinkedHashMap<>();
        byKind.forEach((kind, facts) -> byName.put(kind.name(), facts));
        model.addAttribute("histories", byName);
        List<Sector> sectorList = sectors.forMunicipality(ref.municipality());
        Map<String, String> sectorNames = new LinkedHashMap<>();
        sectorList.forEach(s -> sectorNames.put(s.code(), s.name()));
        model.addAttribute("sectorNames", sectorNames);
        model.addAttribute("sectorChoices", sectorList.stream().filter(Sector::active).toList());
        Map<String, String> occupationNames = new LinkedHashMap<>();
        history.stream().filter(f -> f.value() instanceof FactRecord.OccupationFact).map(f -> ((FactRecord.OccupationFact) f.value()).uri())
                .forEach(uri -> occupationNames.put(uri, occupations.find(uri).map(Occupation::preferredLabel).orElse(uri)));
        model.addAttribute("occupationNames", occupationNames);
        Map<UUID, String> texts = new LinkedHashMap<>();
        history.forEach(f -> texts.put(f.id(), DiagnosisTexts.of(f.value(), sectorNames, occupationNames)));
        model.addAttribute("texts", texts);
        model.addAttribute("canWrite", access.user().scopeFor(Permission.CLIENT_WRITE).contains(ref.municipality()));
        model.addAttribute("mayReadZrm", ZrmReadRule.mayRead(access.user(), ref.municipality()));
        model.addAttribute("situations", CurrentSituation.values());
        model.addAttribute("perspectives", Perspective.values());
        model.addAttribute("ladderSteps", LadderStep.values());
        model.addAttribute("zrmDomains", ZrmDomain.values());
        model.addAttribute("zrmScores", ZrmScore.values());
        model.addAttribute("testTypes", TestType.values());
        model.addAttribute("categories", AssessmentCategory.values());
        model.addAttribute("occupationKinds", OccupationKind.values());
        DiagnosisFact corrected = correcting == null ? null
                : history.stream().filter(f -> f.id().equals(correcting) && !f.corrected()).findFirst().orElse(null);
        model.addAttribute("correcting", corrected);
        addForms(corrected, model);
        Map<String, String> zrmFields = new LinkedHashMap<>();
        Map<String, @Nullable Integer> zrmValues = new LinkedHashMap<>();
        Map<ZrmDomain, @Nullable Integer> raw = ((DiagnosisCommands.ZrmChange) model.getAttribute("zrmForm")).raw();
        for (ZrmDomain d : ZrmDomain.values()) {
            zrmFields.put(d.name(), ZrmAssessment.fieldOf(d));
            zrmValues.put(d.name(), raw.get(d));
        }
        model.addAttribute("zrmFields", zrmFields);
        model.addAttribute("zrmValues", zrmValues);
        model.addAttribute("charts", charts.of(history));
        if (!model.containsAttribute("hits")) {
            model.addAttribute("hits", List.of());
            model.addAttribute("zoek", "");
        }
        model.addAttribute("field", "uri");
    }

    private void addForms(@Nullable DiagnosisFact corrected, Model model) {
        Object[] empty = {new DiagnosisCommands.SituationChange(null, null, null), new DiagnosisCommands.PerspectiveChange(null, null, null),
                new DiagnosisCommands.LadderChange(null, null, null), new DiagnosisCommands.SectorChange(List.of(), null, null),
                DiagnosisCommands.ZrmChange.empty(), new DiagnosisCommands.TestChange(null, null, null, null, null, null),
                new DiagnosisCommands.OccupationChange(null, OccupationKind.INTEREST, null, null, null)};
        if (corrected != null) {
            FactRecord v = corrected.value();
            switch (v) {
                case FactRecord.SituationFact s -> empty[0] = new DiagnosisCommands.SituationChange(s.situation(), s.from(), null);
                case FactRecord.PerspectiveFact p -> empty[1] = new DiagnosisCommands.PerspectiveChange(p.perspective(), p.from(), null);
                case FactRecord.LadderFact l -> empty[2] = new DiagnosisCommands.LadderChange(l.step().number(), l.from(), null);
                case FactRecord.SectorsFact s -> empty[3] = new DiagnosisCommands.SectorChange(s.sectors(), s.from(), null);
                case FactRecord.ZrmFact z -> {
                    List<Integer> n = ZrmAssessment.numbers(z.scores());
                    empty[4] = new DiagnosisCommands.ZrmChange(z.version(), z.from(), n.get(0), n.get(1), n.get(2), n.get(3), n.get(4),
                            n.get(5), n.get(6), n.get(7), n.get(8), n.get(9), n.get(10), n.get(11), n.get(12), null);
                }
                case FactRecord.TestFact t -> empty[5] = new DiagnosisCommands.TestChange(t.type(), t.provider(), t.from(), t.result(),
                        t.category() == null ? null : t.category().number(), null);
                case FactRecord.OccupationFact o -> empty[6] = new DiagnosisCommands.OccupationChange(o.uri(), o.occupationKind(), o.from(),
                        o.to(), null);
            }
        }
        for (int i = 0; i < FORMS.length; i++) {
            if (!model.containsAttribute(FORMS[i])) {
                model.addAttribute(FORMS[i], empty[i]);
            }
        }
    }

}
