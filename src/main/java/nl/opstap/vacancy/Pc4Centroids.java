package nl.opstap.vacancy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The centre of every four-digit postcode area (PC4) of the shipped reference file, for distances. */
@Component
class Pc4Centroids {

    static final String RESOURCE = "reference/geo/pc4_centroids.json";

    private final Map<String, GeoDistance.Point> points;

    Pc4Centroids() {
        Map<String, GeoDistance.Point> read = new HashMap<>();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            for (var entry : root.properties()) {
                read.put(entry.getKey(), new GeoDistance.Point(Double.parseDouble(entry.getValue().get("lat").asString()),
                        Double.parseDouble(entry.getValue().get("lon").asString())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        this.points = Map.copyOf(read);
    }

    /** The centre of the postcode's PC4 area, if known. */
    Optional<GeoDistance.Point> of(String postcode) {
        return Optional.ofNullable(points.get(VacancyRules.pc4(postcode)));
    }
}
