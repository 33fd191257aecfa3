package nl.opstap.client;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The search form's current values, to show them back and to build page links. */
record ClientListQuery(@Nullable String naam, @Nullable LocalDate geboortedatum, @Nullable String postcode,
                       @Nullable String gemeente, boolean mijn, String sorteer) {

    /** The query as URL parameters, for paging links. */
    public java.util.Map<String, Object> asParameters() {
        java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        parameters.put("naam", naam);
        parameters.put("geboortedatum", geboortedatum);
        parameters.put("postcode", postcode);
        parameters.put("gemeente", gemeente);
        parameters.put("mijn", mijn);
        parameters.put("sorteer", sorteer);
        return parameters;
    }
}
