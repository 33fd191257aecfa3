package nl.opstap.reporting;

import java.util.HashMap;
import java.util.Map;

/**
 * The counted rows of an indicator: per municipality code and category, how many rows, the sum of their measure and
 * how many of them name a client.
 */
record Figures(Map<String, Map<String, Cell>> byMunicipality) {

    record Cell(long count, double sum, long clients) {
        static final Cell EMPTY = new Cell(0, 0, 0);

        Cell plus(Cell other) {
            return new Cell(count + other.count, sum + other.sum, clients + other.clients);
        }
    }

    Cell of(String municipality, String category) {
        return byMunicipality.getOrDefault(municipality, Map.of()).getOrDefault(category, Cell.EMPTY);
    }

    /** The category over the given municipalities together. */
    Cell total(Iterable<String> municipalities, String category) {
        Cell total = Cell.EMPTY;
        for (String m : municipalities) {
            total = total.plus(of(m, category));
        }
        return total;
    }

    static Figures empty() {
        return new Figures(new HashMap<>());
    }
}
