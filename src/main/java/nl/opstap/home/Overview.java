package nl.opstap.home;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import nl.opstap.client.MunicipalityFigures;
import nl.opstap.organisation.Municipalities;

/** The analyst's overview: one row per figure, one column per municipality, plus a total column. */
record Overview(List<String> columns, List<Row> rows) {

    /** A figure (its label's message key) with its value per column. */
    record Row(String labelKey, List<Long> values) {}

    private record Figure(String key, ToLongFunction<MunicipalityFigures> value) {}

    private static final List<Figure> FIGURES = List.of(
            new Figure("clients", MunicipalityFigures::clients),
            new Figure("recipients", MunicipalityFigures::recipients),
            new Figure("partners", MunicipalityFigures::partners),
            new Figure("nonRecipients", MunicipalityFigures::nonRecipients),
            new Figure("withoutStatus", MunicipalityFigures::withoutStatus),
            new Figure("refugees", MunicipalityFigures::refugees),
            new Figure("workLimitation", MunicipalityFigures::workLimitation),
            new Figure("targetGroupRegister", MunicipalityFigures::targetGroupRegister),
            new Figure("withoutStartQualification", MunicipalityFigures::withoutStartQualification),
            new Figure("educationUnknown", MunicipalityFigures::educationUnknown),
            new Figure("withoutCaseworker", MunicipalityFigures::withoutCaseworker));

    static Overview of(List<MunicipalityFigures> figures, Municipalities municipalities) {
        List<String> columns = new ArrayList<>(figures.stream().map(f -> municipalities.nameOf(f.municipality())).toList());
        boolean withTotal = figures.size() > 1;
        if (withTotal) {
            columns.add("Totaal");
        }
        List<Row> rows = FIGURES.stream().map(figure -> {
            List<Long> values = new ArrayList<>(figures.stream().map(f -> figure.value().applyAsLong(f)).toList());
            if (withTotal) {
                values.add(values.stream().mapToLong(Long::longValue).sum());
            }
            return new Row("home.overview." + figure.key(), values);
        }).toList();
        return new Overview(columns, rows);
    }
}
