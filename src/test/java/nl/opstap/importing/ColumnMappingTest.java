package nl.opstap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void guessesFieldsFromHeadingsAsExportsWriteThem() {
        List<String> headers = List.of("BSN-nummer", "Voornaam", "Achternaam", "Geb. datum", "Postcode", "Consulent", "Huidige situatie", "Trede");
        ColumnMapping mapping = ColumnMapping.guess(ImportKind.CLIENTS, headers);
        assertThat(mapping.columns()).containsEntry("bsn", "BSN-nummer").containsEntry("voornamen", "Voornaam")
                .containsEntry("geboortedatum", "Geb. datum").containsEntry("klantmanager", "Consulent")
                .containsEntry("situatie", "Huidige situatie").containsEntry("trede", "Trede");
        assertThat(mapping.columns()).doesNotContainKey("straat");
    }

    @Test
    void namesEveryProblemWithTheMappingPerField() {
        List<String> headers = List.of("BSN", "Naam", "Geboren", "Postcode");
        ColumnMapping mapping = new ColumnMapping(Map.of("bsn", "BSN", "voornamen", "Naam", "achternaam", "Naam", "geboortedatum", "Weg"));
        Map<String, String> problems = mapping.problems(ImportKind.CLIENTS, headers, false);
        assertThat(problems.get("achternaam")).contains("al gekozen voor Voornamen");
        assertThat(problems.get("geboortedatum")).contains("staat niet in het bestand");
        assertThat(problems.get("postcode")).contains("Kies de kolom voor Postcode");
        assertThat(problems.get("gemeente")).contains("kies hieronder één gemeente");
        assertThat(mapping.problems(ImportKind.CLIENTS, headers, true)).doesNotContainKey("gemeente");
    }
}
