package nl.opstap.client;

import java.util.Arrays;
import java.util.Optional;

/** The orders a client list can be sorted in; the API names them in Dutch ("sorteer=-geboortedatum"). */
enum ClientSort {
    NAME("naam", "c.last_name %s, c.first_names %s, c.id"),
    BIRTH_DATE("geboortedatum", "c.date_of_birth %s, c.last_name, c.id"),
    POSTCODE("postcode", "c.postcode %s, c.last_name, c.id"),
    MUNICIPALITY("gemeente", "c.municipality_code %s, c.last_name, c.id"),
    CHANGED("gewijzigd", "c.updated_at %s, c.id");

    private final String code;
    private final String orderBy;

    ClientSort(String code, String orderBy) {
        this.code = code;
        this.orderBy = orderBy;
    }

    public String code() {
        return code;
    }

    String orderBy(boolean descending) {
        String direction = descending ? "DESC" : "ASC";
        return orderBy.formatted(direction, direction);
    }

    /** Parses "naam" or "-naam"; unknown values are refused rather than guessed. */
    static Optional<Order> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(new Order(NAME, false));
        }
        boolean descending = value.startsWith("-");
        String code = descending ? value.substring(1) : value;
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().map(s -> new Order(s, descending));
    }

    record Order(ClientSort sort, boolean descending) {
        String sql() {
            return sort.orderBy(descending);
        }

        String code() {
            return (descending ? "-" : "") + sort.code;
        }
    }
}
