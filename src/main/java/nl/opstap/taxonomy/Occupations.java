package nl.opstap.taxonomy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * ESCO occupations (v1.1, Dutch labels), read once at start-up from the shipped CSV into memory. The CSV
 * has the columns of the official ESCO download, so an importer of newer ESCO releases can feed the same
 * {@link #load(Reader)} and swap the index.
 */
@Service
public class Occupations {

    static final String RESOURCE = "reference/esco/occupations_nl.csv";

    private volatile OccupationIndex index;

    Occupations() {
        try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            this.index = new OccupationIndex(load(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses an ESCO occupations CSV (columns conceptUri, preferredLabel, altLabels, iscoGroup, code). */
    static List<Occupation> load(Reader reader) throws IOException {
        List<Occupation> result = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord row : format.parse(reader)) {
            String alt = row.get("altLabels");
            List<String> altLabels = alt == null || alt.isBlank() ? List.of()
                    : Arrays.stream(alt.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            result.add(new Occupation(row.get("conceptUri"), row.get("preferredLabel").strip(), altLabels,
                    row.get("iscoGroup"), row.get("code")));
        }
        return result;
    }

    /** The number of occupations known. */
    public int size() {
        return index.size();
    }

    /** The occupation with this ESCO concept URI. */
    public Optional<Occupation> find(String uri) {
        return index.find(uri);
    }

    /** Dutch autocomplete on preferred and alternative labels; see {@link OccupationIndex} for the order. */
    public List<Occupation> search(String text, int limit) {
        return index.search(text, limit).stream().map(OccupationIndex.Hit::occupation).toList();
    }

    /** Like {@link #search} but with the label that matched (an alternative label when that one matched). */
    public List<OccupationHit> hits(String text, int limit) {
        return index.search(text, limit).stream().map(h -> new OccupationHit(h.occupation(), h.matchedLabel())).toList();
    }
}
