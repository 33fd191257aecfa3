package nl.opstap.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An ESCO set imported through another instance reaches this instance's autocomplete through the change table (ADR
 * 0025). The other instance is played by writing to the database as its import would: the set, then the change record.
 */
@OpstapIntegrationTest
class RemoteEscoImportIT {

    @Autowired JdbcClient jdbc;
    @Autowired Occupations occupations;
    @Autowired Skills skills;

    @AfterEach
    void restoreShippedSet() {
        EscoTestSupport.restoreShippedSet(jdbc, occupations, skills);
    }

    @Test
    void anOccupationImportedElsewhereIsFoundHereWithinASecond() throws Exception {
        String label = "Kwelderonderzoeker op afstand";
        jdbc.sql("INSERT INTO esco_occupation (uri, preferred_label, alt_labels, isco_group, code) VALUES (?, ?, ?, ?, ?)")
                .params("http://data.europa.eu/esco/occupation/opstap-test-remote", label, "", "2133", "2133.9").update();
        Thread.sleep(600);
        assertThat(occupations.search("Kwelderonderzoeker", 5)).as("nothing told this instance yet").isEmpty();

        jdbc.sql("INSERT INTO instance_change (topic, subject, instance_id) VALUES (?, NULL, ?)")
                .params(TaxonomyBroadcast.TOPIC, "andere-instantie").update();

        long start = System.nanoTime();
        while (occupations.search("Kwelderonderzoeker", 5).isEmpty() && System.nanoTime() - start < 5_000_000_000L) {
            Thread.sleep(20);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
        assertThat(occupations.search("Kwelderonderzoeker", 5)).singleElement()
                .satisfies(o -> assertThat(o.preferredLabel()).isEqualTo(label));
    }
}
