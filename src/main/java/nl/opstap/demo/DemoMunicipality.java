package nl.opstap.demo;

import java.util.List;
import java.util.Map;

/**
 * A demo municipality: CBS code, name, the key in municipality_postcodes.json, how many clients it
 * gets, its main town and the towns of postcodes we can name with confidence.
 */
record DemoMunicipality(String code, String name, String geoKey, int clients, String caseworkerSuffix,
                        int caseworkers, String mainTown, Map<String, String> towns) {

    static final List<DemoMunicipality> IGSD = List.of(
            new DemoMunicipality("GM1708", "Steenwijkerland", "STEENWIJKERLAND", 900, "steenwijkerland", 10, "Steenwijk",
                    Map.of("8325", "Vollenhove", "8355", "Giethoorn", "8356", "Blokzijl", "7946", "Wanneperveen")),
            new DemoMunicipality("GM1701", "Westerveld", "WESTERVELD", 289, "westerveld", 4, "Diever",
                    Map.of("7991", "Dwingeloo", "8381", "Vledder", "7971", "Havelte")));

    static final List<DemoMunicipality> TDC = List.of(
            new DemoMunicipality("GM0037", "Stadskanaal", "STADSKANAAL", 1000, "stadskanaal", 12, "Stadskanaal",
                    Map.of("9581", "Musselkanaal", "9591", "Onstwedde")),
            new DemoMunicipality("GM0047", "Veendam", "VEENDAM", 800, "veendam", 10, "Veendam", Map.of()));

    String townOf(String pc4) {
        if (mainTown.equals("Steenwijk") && pc4.startsWith("833")) {
            return mainTown;
        }
        return towns.getOrDefault(pc4, mainTown);
    }
}
