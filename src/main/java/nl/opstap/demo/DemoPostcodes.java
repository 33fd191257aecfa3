package nl.opstap.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real 4-digit postcodes of a municipality, from the shipped GeoNames-based reference data. */
final class DemoPostcodes {

    private final JsonNode byMunicipality;

    DemoPostcodes(JsonMapper json) {
        try (InputStream in = new ClassPathResource("reference/geo/municipality_postcodes.json").getInputStream()) {
            this.byMunicipality = json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("reference/geo/municipality_postcodes.json missing", e);
        }
    }

    List<String> of(String geoKey) {
        List<String> codes = new ArrayList<>();
        byMunicipality.path(geoKey).path("postalCodes").forEach(node -> codes.add(node.asString()));
        if (codes.isEmpty()) {
            throw new IllegalStateException("no postcodes for " + geoKey);
        }
        return codes;
    }
}
