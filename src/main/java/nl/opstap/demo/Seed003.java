package nl.opstap.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of seed 003 ("Bestandsanalyse", IGSD, reference date 15-11-2018) that the demo data must
 * reproduce exactly: Tabel I (current situation) and Tabel II (perspective) per municipality, the young
 * people (18–26) and how many of them have work capacity, and the most named potential sectors.
 * Codes are the diagnosis module's codes.
 */
record Seed003(String municipality, Map<String, Integer> situations, Map<String, Integer> perspectives, int young,
               int youngWithWorkCapacity) {

    static final List<Seed003> MUNICIPALITIES = List.of(
            new Seed003("GM1708",
                    ordered("TALENT_IN_KAART", 34, "ONDERZOEK_ZORG", 69, "LEREN_ONTWIKKELEN", 556, "WERKEN_ERVAREN", 101,
                            "DIRECT_WERK", 52, "PARTTIME_WERK", 88),
                    ordered("PARTTIME_WERK", 98, "WERK", 473, "PARTICIPATIE", 228, "ZORG", 74, "NOG_NIET_BEKEND", 27),
                    108, 97),
            new Seed003("GM1701",
                    ordered("TALENT_IN_KAART", 3, "ONDERZOEK_ZORG", 60, "LEREN_ONTWIKKELEN", 159, "WERKEN_ERVAREN", 25,
                            "DIRECT_WERK", 19, "PARTTIME_WERK", 23),
                    ordered("PARTTIME_WERK", 35, "WERK", 133, "PARTICIPATIE", 49, "ZORG", 60, "NOG_NIET_BEKEND", 12),
                    34, 30));

    /** Mentions per sector over both municipalities (each of a client's up to three sectors counts once). */
    static final Map<String, Integer> SECTORS = ordered("PRODUCTIE", 182, "DIENSTVERLENING", 151, "DETAILHANDEL", 96,
            "HORECA", 94, "ZORG", 84, "LOGISTIEK", 71, "TECHNIEK", 52, "GROEN", 45, "BOUW", 38, "FACILITAIR", 29);

    static Seed003 of(String municipality) {
        return MUNICIPALITIES.stream().filter(s -> s.municipality.equals(municipality)).findFirst().orElseThrow();
    }

    static boolean covers(String municipality) {
        return MUNICIPALITIES.stream().anyMatch(s -> s.municipality.equals(municipality));
    }

    int total() {
        return situations.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<String, Integer> ordered(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
