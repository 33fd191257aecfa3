package nl.opstap.importing;

import java.util.List;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.employer.EmployerForm;
import nl.opstap.employer.EmployerImports;
import nl.opstap.employer.SbiSection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Employers, matched on KvK number by the employer module. */
@Component
class EmployerImportRun extends SmallImportRun<EmployerImports.Row> {

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("kvkNumber", "kvkNummer"), Map.entry("name", "naam"),
            Map.entry("sbi", "sbiSectie"), Map.entry("street", "straat"), Map.entry("houseNumber", "huisnummer"), Map.entry("postcode", "postcode"),
            Map.entry("city", "plaats"), Map.entry("municipality", "gemeente"), Map.entry("employees", "aantalWerknemers"));

    private final EmployerImports employers;
    private final ImportLookups lookups;

    EmployerImportRun(EmployerImports employers, ImportLookups lookups) {
        this.employers = employers;
        this.lookups = lookups;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.EMPLOYERS;
    }

    record Lookup(ImportLookups.Lookup names) implements Context {}

    @Override
    Context context(Access access) {
        return new Lookup(lookups.forAccess(access));
    }

    @Override
    EmployerImports.@Nullable Row read(RowCells.Reading r, SourceTable.SourceRow row, Access access, ImportSettings settings, Context context) {
        ImportLookups.Lookup names = ((Lookup) context).names();
        String municipality = r.text("gemeente").isEmpty() && settings.municipality() != null ? settings.municipality()
                : r.value("gemeente", t -> {
                    String found = names.municipality(t);
                    if (found == null) {
                        throw new IllegalArgumentException("Onbekende gemeente, of een gemeente waarvoor u niet mag importeren.");
                    }
                    return found;
                });
        SbiSection sbi = r.value("sbiSectie", t -> {
            for (SbiSection s : SbiSection.values()) {
                if (DutchValues.normalise(s.code()).equals(DutchValues.normalise(t)) || DutchValues.normalise(s.name()).equals(DutchValues.normalise(t))) {
                    return s;
                }
            }
            throw new IllegalArgumentException("Onbekende SBI-sectie. Gebruik de letter van de sectie, A tot en met U.");
        });
        EmployerForm form = new EmployerForm(r.text("kvkNummer").replace(" ", "").replace(".", ""), r.text("naam"), sbi, r.text("straat"),
                r.text("huisnummer"), r.text("postcode"), r.text("plaats"), municipality == null ? "" : municipality,
                r.value("aantalWerknemers", DutchValues::whole), r.value("interesseAfspraakbanen", DutchValues::yesNo),
                r.value("interesseJobcarving", DutchValues::yesNo), null, null);
        return r.clean() ? new EmployerImports.Row(row.number(), form) : null;
    }

    @Override
    List<Verdict> plan(Access access, List<EmployerImports.Row> rows) {
        return verdicts(employers.plan(access, rows));
    }

    @Override
    List<Verdict> apply(Access access, List<EmployerImports.Row> rows) {
        return verdicts(employers.apply(access, rows));
    }

    private static List<Verdict> verdicts(List<EmployerImports.Result> results) {
        return results.stream().map(r -> new Verdict(r.row(), r.change() == null ? "" : r.change().name(),
                r.problems().stream().map(p -> Map.entry(p.field(), p.message())).toList())).toList();
    }

    @Override
    Map<String, String> fields() {
        return FIELDS;
    }

    @Override
    int number(EmployerImports.Row row) {
        return row.number();
    }
}
