package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/matching/eerlijkheid: the fairness report of a period as counts and ratios, never per person. */
@RestController
@Tag(name = "Matching", description = "Kandidaten voor een vacature, vacatures voor een werkzoekende, koppelingen en hun stappen")
class FairnessApiController {

    record Report(@JsonProperty("van") LocalDate from, @JsonProperty("tot") LocalDate to,
                  @JsonProperty("gemeenten") List<String> municipalities, @JsonProperty("aantalToplijsten") int lists,
                  @JsonProperty("minimaleGroepsgrootte") int minGroup, @JsonProperty("grensImpactratio") double threshold,
                  @JsonProperty("dimensies") List<Dimension> dimensions) {}

    record Dimension(@JsonProperty("dimensie") String code, @JsonProperty("groepen") List<Group> groups) {}

    /** A group; when minderDan5 is true every figure is null. Shares and ratios are fractions, rounded to 3 decimals. */
    record Group(@JsonProperty("groep") String group, @JsonProperty("minderDan5") boolean small,
                 @JsonProperty("kandidaten") @Nullable Long candidates, @JsonProperty("voorgesteld") @Nullable Long proposed,
                 @JsonProperty("geselecteerd") @Nullable Long selected,
                 @JsonProperty("aandeelVoorgesteld") @Nullable Double proposalRate,
                 @JsonProperty("aandeelGeselecteerd") @Nullable Double selectionRate,
                 @JsonProperty("impactratioVoorgesteld") @Nullable Double proposalImpact,
                 @JsonProperty("impactratioGeselecteerd") @Nullable Double selectionImpact,
                 @JsonProperty("onderGrens") boolean flagged,
                 @JsonProperty("aandeelTop10") @Nullable Double exposureShare,
                 @JsonProperty("aandeelKandidaten") @Nullable Double candidateShare,
                 @JsonProperty("blootstellingsratio") @Nullable Double exposureRatio) {

        static Group of(FairnessFigures.Row row) {
            FairnessReport.Group g = row.figures();
            if (g == null) {
                return new Group(row.group(), true, null, null, null, null, null, null, null, false, null, null, null);
            }
            return new Group(row.group(), false, g.candidates(), g.proposed(), g.selected(), round(g.proposalRate()),
                    round(g.selectionRate()), round(g.proposalImpact()), round(g.selectionImpact()), g.flagged(),
                    round(row.exposureShare()), round(g.candidateShare()), round(row.exposureRatio()));
        }
    }

    private final AccessGuard guard;
    private final FairnessReports reports;

    FairnessApiController(AccessGuard guard, FairnessReports reports) {
        this.guard = guard;
        this.reports = reports;
    }

    @GetMapping(path = "/api/v1/matching/eerlijkheid", produces = "application/json")
    @Operation(summary = "Eerlijkheid van de matching in een periode", description = "van en tot (jjjj-mm-dd, beide verplicht, hoogstens "
            + "2 jaar). Per dimensie (geslacht, leeftijdsgroep op de einddatum) en groep: kandidaten (werkzoekenden van uw gemeenten met "
            + "toestemming voor matching op de einddatum, plus wie in de periode is voorgesteld), voorgesteld (een koppeling voorgesteld in "
            + "de periode), geselecteerd (zo'n koppeling bereikte voorgedragen, uitgenodigd of aangenomen, ook als daarna afgewezen), de "
            + "aandelen, de impactratio's tegen de groep met het hoogste aandeel (onderGrens: een ratio onder 0,8) en de gewogen "
            + "blootstelling in de top 10 van de getoonde kandidatenlijsten. Groepen met minder dan 5 kandidaten hebben geen cijfers en "
            + "tellen nergens mee. Alleen aantallen, nooit personen.")
    Report report(@RequestParam(name = "van", required = false) @Nullable String from,
                  @RequestParam(name = "tot", required = false) @Nullable String to) {
        Access access = guard.require(Permission.OVERVIEW);
        FairnessReports.Report r = reports.of(access, ReportPeriod.of(from, to));
        return new Report(r.period().from(), r.period().to(), r.municipalities(), r.lists(), FairnessFigures.MIN_GROUP,
                FairnessReport.FOUR_FIFTHS, r.dimensions().stream().map(d -> new Dimension(d.code(),
                        d.rows().stream().map(Group::of).toList())).toList());
    }

    private static @Nullable Double round(@Nullable Double value) {
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }
}
