package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainExplanationTest {

    private static final String LOGGED = "Score 61,5 | Beroep: het beroep is een van de interesses (20,0 van 20,0)"
            + " | Vereiste vaardigheden: 2 van de 3 vereiste vaardigheden aanwezig (13,3 van 20,0)"
            + " | Gewenste vaardigheden: geen vaardigheden gewenst (0,0 van 5,0)"
            + " | Sector: de sector is geen voorkeurssector (0,0 van 10,0)"
            + " | Opleidingsniveau: één niveau onder het gevraagde (5,0 van 10,0)"
            + " | Werkervaring: geen werkervaring in dit beroep (0,0 van 10,0)"
            + " | Testuitslag: geen praktijk- of sectorassessment met categorie (0,0 van 5,0)"
            + " | Trede participatieladder: trede 4 van 6 (6,0 van 10,0)"
            + " | Afstand: 12,5 km (7,2 van 10,0)";

    @Test
    void tellsWhatFitsAndWhatFitsLessInPlainWords() {
        PlainExplanation.Told told = PlainExplanation.of(LOGGED);
        assertThat(told.fits()).containsExactly("Dit beroep past bij wat u graag wilt doen.",
                "U heeft 2 van de 3 vaardigheden die de werkgever vraagt.",
                "Uw opleiding is één niveau lager dan de werkgever vraagt.", "Het werk is 12,5 km van uw huis.");
        assertThat(told.fitsLess()).containsExactly("Het werk is niet in een sector die u koos.",
                "U heeft nog niet in dit beroep gewerkt.");
    }

    @Test
    void leavesOutJargonPointsAndWhatItCannotRead() {
        PlainExplanation.Told told = PlainExplanation.of(LOGGED);
        assertThat(String.join(" ", told.fits()) + String.join(" ", told.fitsLess())).doesNotContain("trede", "Score", "van 20,0");
        assertThat(PlainExplanation.of("Niet meer in de matching (vacature niet open of gegevens gewijzigd).").fits()).isEmpty();
        assertThat(PlainExplanation.of("").fitsLess()).isEmpty();
    }
}
