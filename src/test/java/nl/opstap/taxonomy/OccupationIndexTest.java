package nl.opstap.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccupationIndexTest {

    static final List<Occupation> SAMPLE = List.of(
            new Occupation("u:1", "kok", List.of("chef-kok", "keukenkok"), "5120", "5120.1"),
            new Occupation("u:2", "zelfstandig werkend kok", List.of(), "5120", "5120.2"),
            new Occupation("u:3", "medewerker bakkerij", List.of("bakker"), "7512", "7512.1"),
            new Occupation("u:4", "inspiciënt", List.of("toneelmeester"), "2654", "2654.1"));

    @Test
    void prefixOfThePreferredLabelComesFirstThenAnyWordThenAlternativeLabels() {
        OccupationIndex index = new OccupationIndex(SAMPLE);
        assertThat(index.search("kok", 10)).extracting(h -> h.occupation().uri()).containsExactly("u:1", "u:2");
        assertThat(index.search("bakker", 10)).extracting(h -> h.occupation().uri()).containsExactly("u:3");
        assertThat(index.search("bakker", 10).getFirst().matchedLabel()).isEqualTo("bakker");
        assertThat(index.search("bakkerij", 10).getFirst().matchedLabel()).isEqualTo("medewerker bakkerij");
        assertThat(index.search("toneel", 10).getFirst().matchedLabel()).isEqualTo("toneelmeester");
        assertThat(index.search("werk kok", 10)).extracting(h -> h.occupation().uri()).containsExactly("u:2");
    }

    @Test
    void ignoresCaseAndDiacriticsAndLimits() {
        OccupationIndex index = new OccupationIndex(SAMPLE);
        assertThat(index.search("INSPICIENT", 10)).extracting(h -> h.occupation().uri()).containsExactly("u:4");
        assertThat(index.search("kok", 1)).hasSize(1);
        assertThat(index.search(" ", 10)).isEmpty();
        assertThat(index.find("u:3")).isPresent();
        assertThat(index.find("u:9")).isEmpty();
    }

    @Test
    void readsTheEscoCsvWithMultiLineAlternativeLabels() throws Exception {
        String csv = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,code\n"
                + "Occupation,u:1,2654,inspiciënt,\"toneelmeester\ninspiciënte\",,released,2654.1\n";
        List<Occupation> read = Occupations.load(new StringReader(csv));
        assertThat(read).singleElement().satisfies(o -> {
            assertThat(o.altLabels()).containsExactly("toneelmeester", "inspiciënte");
            assertThat(o.code()).isEqualTo("2654.1");
        });
    }

    @Test
    void theShippedListHasAllOccupationsAndSearchesFast() {
        Occupations occupations = new Occupations(new EscoTables(null, null) {
            @Override
            List<Occupation> occupations() {
                return List.of(); // nothing imported: the shipped list applies
            }
        });
        assertThat(occupations.size()).isEqualTo(3007);
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertThat(occupations.search("kok", 10)).isNotEmpty();
        }
        assertThat((System.nanoTime() - start) / 20 / 1_000_000).isLessThan(100);
    }

    @Test
    void sectorCodesComeFromNames() {
        assertThat(SectorCode.fromName("Zorg & welzijn (één)")).isEqualTo("ZORG_WELZIJN_EEN");
    }
}
