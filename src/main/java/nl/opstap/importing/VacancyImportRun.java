package nl.opstap.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.client.EducationLevel;
import nl.opstap.employer.EmployerId;
import nl.opstap.employer.Employers;
import nl.opstap.taxonomy.Occupation;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.vacancy.VacancyForm;
import nl.opstap.vacancy.VacancyImports;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Vacancies, whose employer is named by KvK number and which are matched on the employer and the vacancy number. */
@Component
class VacancyImportRun extends SmallImportRun<VacancyImports.Row> {

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("employer", "werkgeverKvk"), Map.entry("reference", "referentie"),
            Map.entry("title", "titel"), Map.entry("occupation", "beroep"), Map.entry("sector", "sector"), Map.entry("postcode", "postcode"),
            Map.entry("hoursMin", "urenMin"), Map.entry("hoursMax", "urenMax"), Map.entry("startDate", "startdatum"),
            Map.entry("closingDate", "sluitingsdatum"), Map.entry("positions", "aantalPlaatsen"));

    private final VacancyImports vacancies;
    private final Employers employers;
    private final Occupations occupations;
    private final ImportLookups lookups;

    VacancyImportRun(VacancyImports vacancies, Employers employers, Occupations occupations, ImportLookups lookups) {
        this.vacancies = vacancies;
        this.employers = employers;
        this.occupations = occupations;
        this.lookups = lookups;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.VACANCIES;
    }

    record Lookup(Map<String, EmployerId> byKvk, ImportLookups.Lookup names, String municipality) implements Context {}

    @Override
    Context context(Access access) {
        // The organisation's sector list is the same in each of its municipalities; any one in scope will do.
        String municipality = access.scope().codes().isEmpty() ? "" : access.scope().codes().getFirst();
        return new Lookup(employers.byKvk(access), lookups.forAccess(access), municipality);
    }

    @Override
    VacancyImports.@Nullable Row read(RowCells.Reading r, SourceTable.SourceRow row, Access access, ImportSettings settings, Context context) {
        Lookup lookup = (Lookup) context;
        EmployerId employer = r.value("werkgeverKvk", t -> {
            EmployerId found = lookup.byKvk().get(t.replaceAll("[\\s.]", ""));
            if (found == null) {
                throw new IllegalArgumentException("Geen werkgever met dit KvK-nummer in uw gemeenten. Importeer eerst de werkgevers.");
            }
            return found;
        });
        String occupation = r.value("beroep", this::occupation);
        String sector = r.value("sector", t -> {
            String code = lookup.names().sector(t, lookup.municipality());
            if (code == null) {
                throw new IllegalArgumentException("Onbekende sector. Gebruik een naam of code uit de sectorlijst van uw organisatie.");
            }
            return code;
        });
        Integer hoursMin = r.value("urenMin", DutchValues::whole);
        Integer hoursMax = r.value("urenMax", DutchValues::whole);
        VacancyForm form = new VacancyForm(employer == null ? null : employer.value(), r.text("titel"), occupation == null ? "" : occupation,
                sector == null ? "" : sector, r.text("postcode"), hoursMin, hoursMax == null ? hoursMin : hoursMax,
                r.value("startdatum", DutchValues::date), r.value("sluitingsdatum", DutchValues::date),
                r.value("opleidingsniveau", t -> DutchValues.coded(EducationLevel.class, t, EducationLevel::code)), List.of(), List.of(),
                List.of(), List.of(), r.value("rijbewijs", DutchValues::yesNo), null, r.value("afspraakbaan", DutchValues::yesNo),
                r.value("aantalPlaatsen", DutchValues::whole));
        String reference = r.text("referentie");
        return r.clean() ? new VacancyImports.Row(row.number(), form, reference) : null;
    }

    /** An ESCO occupation by its URI or its Dutch name. */
    private String occupation(String text) {
        if (text.startsWith("http")) {
            return occupations.find(text).map(Occupation::uri).orElseThrow(() -> new IllegalArgumentException("Dit beroep staat niet in de ESCO-beroepenlijst."));
        }
        String wanted = text.toLowerCase(Locale.ROOT);
        return occupations.search(text, 20).stream().filter(o -> o.preferredLabel().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .map(Occupation::uri).orElseThrow(() -> new IllegalArgumentException(
                        "Geen ESCO-beroep met precies deze naam. Gebruik de naam uit de beroepenlijst of de ESCO-URI."));
    }

    @Override
    List<Verdict> plan(Access access, List<VacancyImports.Row> rows) {
        return verdicts(vacancies.plan(access, rows));
    }

    @Override
    List<Verdict> apply(Access access, List<VacancyImports.Row> rows) {
        return verdicts(vacancies.apply(access, rows));
    }

    private static List<Verdict> verdicts(List<VacancyImports.Result> results) {
        return results.stream().map(r -> new Verdict(r.row(), r.change() == null ? "" : r.change().name(),
                r.problems().stream().map(p -> Map.entry(p.field(), p.message())).toList())).toList();
    }

    @Override
    Map<String, String> fields() {
        return FIELDS;
    }

    @Override
    int number(VacancyImports.Row row) {
        return row.number();
    }
}
