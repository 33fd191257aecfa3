package nl.opstap.taxonomy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * ESCO occupations with Dutch labels, searched in memory. The shipped CSV (ESCO v1.1) applies until an
 * administrator imports occupations ({@link EscoImports}); from then on the imported set does. Every
 * instance rebuilds its index from the database at start-up and after an import on that instance.
 * An occupation of the shipped set that a newer import dropped can still be found by URI, so earlier
 * choices keep their name.
 */
@Service
public class Occupations {

    static final String RESOURCE = "reference/esco/occupations_nl.csv";

    private final OccupationIndex shipped;
    private final EscoTables tables;
    private volatile OccupationIndex index;
    private volatile Map<String, Occupation> byKey = Map.of();

    Occupations(EscoTables tables) {
        this.tables = tables;
        try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            this.shipped = new OccupationIndex(load(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        this.index = shipped;
        reload();
    }

    /** Rebuilds the index from the imported set, or the shipped one when nothing has been imported. */
    final void reload() {
        List<Occupation> imported = tables.occupations();
        OccupationIndex next = imported.isEmpty() ? shipped : new OccupationIndex(imported);
        Map<String, Occupation> keys = new HashMap<>();
        for (Occupation o : next.all()) {
            keys.put(o.uri().substring(o.uri().lastIndexOf('/') + 1), o);
            if (!o.code().isBlank()) {
                keys.putIfAbsent(o.code(), o);
            }
        }
        this.index = next;
        this.byKey = Map.copyOf(keys);
    }

    /**
     * The occupation with this path key: the last segment of its ESCO concept URI (a UUID) or its ESCO
     * code (e.g. 2654.1.7), as used in API paths.
     */
    public Optional<Occupation> findByKey(String key) {
        return Optional.ofNullable(byKey.get(key));
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
        return index.find(uri).or(() -> shipped.find(uri));
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
