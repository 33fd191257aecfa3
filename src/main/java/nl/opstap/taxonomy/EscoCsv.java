package nl.opstap.taxonomy;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the official ESCO CSV downloads (occupations, skills, occupation–skill relations; language nl) by
 * header name, ignoring unknown columns and a byte-order mark, and reports every row problem in Dutch.
 * Cross-file checks (a relation to an unknown occupation or skill) are done by {@link EscoImportCheck}.
 */
final class EscoCsv {

    static final String OCCUPATIONS = "beroepen";
    static final String SKILLS = "vaardigheden";
    static final String RELATIONS = "relaties";
    static final String OCCUPATION_PREFIX = "http://data.europa.eu/esco/occupation/";
    static final String SKILL_PREFIX = "http://data.europa.eu/esco/skill/";

    private EscoCsv() {}

    static EscoFile<Occupation> occupations(Reader reader) {
        List<Occupation> rows = new ArrayList<>();
        return read(OCCUPATIONS, reader, List.of("conceptType", "conceptUri", "preferredLabel", "altLabels"), rows, (row, problems) -> {
            String uri = conceptUri(row, OCCUPATION_PREFIX, "Occupation", problems);
            String label = required(row, "preferredLabel", problems);
            if (uri != null && label != null) {
                rows.add(new Occupation(uri, label, altLabels(row), optional(row, "iscoGroup"), optional(row, "code")));
            }
        });
    }

    static EscoFile<Skill> skills(Reader reader) {
        List<Skill> rows = new ArrayList<>();
        return read(SKILLS, reader, List.of("conceptType", "conceptUri", "preferredLabel", "altLabels"), rows, (row, problems) -> {
            String uri = conceptUri(row, SKILL_PREFIX, "KnowledgeSkillCompetence", problems);
            String label = required(row, "preferredLabel", problems);
            if (uri != null && label != null) {
                rows.add(new Skill(uri, label, altLabels(row), optional(row, "skillType"), optional(row, "reuseLevel")));
            }
        });
    }

    static EscoFile<SkillRelation> relations(Reader reader) {
        List<SkillRelation> rows = new ArrayList<>();
        return read(RELATIONS, reader, List.of("occupationUri", "relationType", "skillUri"), rows, (row, problems) -> {
            String occupation = uri(row, "occupationUri", OCCUPATION_PREFIX, problems);
            String skill = uri(row, "skillUri", SKILL_PREFIX, problems);
            String type = required(row, "relationType", problems);
            if (type != null && !type.equals("essential") && !type.equals("optional")) {
                problems.add(problem(row, "relationType", "Onbekend relatietype '" + type + "'; verwacht 'essential' of 'optional'."));
                type = null;
            }
            if (occupation != null && skill != null && type != null) {
                rows.add(new SkillRelation(occupation, skill, type.equals("essential")));
            }
        });
    }

    private record Row(String file, CSVRecord record) {}

    private static <T> EscoFile<T> read(String file, Reader reader, List<String> columns, List<T> rows,
                                        BiConsumer<Row, List<EscoProblem>> each) {
        List<EscoProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(withoutBom(reader))) {
            for (String column : columns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.add(new EscoProblem(file, 1, column, "De kolom '" + column + "' ontbreekt in de kopregel; is dit het juiste ESCO-bestand?"));
                }
            }
            if (!problems.isEmpty()) {
                return new EscoFile<>(List.of(), problems);
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                Row row = new Row(file, record);
                int before = rows.size();
                each.accept(row, problems);
                if (rows.size() > before && !file.equals(RELATIONS) && !seen.add(key(rows.getLast()))) {
                    problems.add(problem(row, "conceptUri", "Deze conceptUri staat al eerder in het bestand."));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new EscoProblem(file, 1, "", "Het bestand is geen leesbaar CSV-bestand (UTF-8, komma's, kopregel)."));
        }
        return new EscoFile<>(problems.isEmpty() ? List.copyOf(rows) : List.of(), problems);
    }

    private static String key(Object row) {
        return row instanceof Occupation o ? o.uri() : row instanceof Skill s ? s.uri() : row.toString();
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private static String conceptUri(Row row, String prefix, String conceptType, List<EscoProblem> problems) {
        String type = value(row, "conceptType");
        if (!type.isEmpty() && !type.equals(conceptType)) {
            problems.add(problem(row, "conceptType", "Onbekend concepttype '" + type + "'; verwacht '" + conceptType + "'."));
        }
        return uri(row, "conceptUri", prefix, problems);
    }

    private static String uri(Row row, String column, String prefix, List<EscoProblem> problems) {
        String uri = required(row, column, problems);
        if (uri != null && (!uri.startsWith(prefix) || uri.length() == prefix.length() || uri.length() > 200)) {
            problems.add(problem(row, column, "Onbekende ESCO-code '" + abbreviate(uri) + "'; verwacht een URI die begint met " + prefix + "."));
            return null;
        }
        return uri;
    }

    private static String required(Row row, String column, List<EscoProblem> problems) {
        String value = value(row, column);
        if (value.isEmpty()) {
            problems.add(problem(row, column, "Deze kolom is leeg; vul een waarde in."));
            return null;
        }
        return value;
    }

    private static String optional(Row row, String column) {
        return value(row, column);
    }

    private static String value(Row row, String column) {
        return row.record().isMapped(column) && row.record().isSet(column) ? row.record().get(column).strip() : "";
    }

    private static List<String> altLabels(Row row) {
        String alt = value(row, "altLabels");
        return alt.isEmpty() ? List.of() : Arrays.stream(alt.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static EscoProblem problem(Row row, String column, String message) {
        return new EscoProblem(row.file(), row.record().getRecordNumber() + 1, column, message);
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
