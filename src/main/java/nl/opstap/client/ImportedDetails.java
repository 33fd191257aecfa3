package nl.opstap.client;

import java.util.Set;
import java.util.function.Function;

/**
 * An imported row's details laid over a file's current ones: a field the import's column mapping does not
 * cover keeps its current value, so importing a list of names and addresses never blanks a phone number. The
 * target-group markers and matching facts are not imported and always stay as they are.
 */
final class ImportedDetails {

    private ImportedDetails() {}

    static ClientDetails merge(ClientDetails current, ClientDetails imported, Set<String> present) {
        return new ClientDetails(pick("municipality", current, imported, present, ClientDetails::municipality),
                pick("bsn", current, imported, present, ClientDetails::bsn),
                pick("firstNames", current, imported, present, ClientDetails::firstNames),
                pick("infix", current, imported, present, ClientDetails::infix),
                pick("lastName", current, imported, present, ClientDetails::lastName),
                pick("dateOfBirth", current, imported, present, ClientDetails::dateOfBirth),
                pick("gender", current, imported, present, ClientDetails::gender),
                pick("street", current, imported, present, ClientDetails::street),
                pick("houseNumber", current, imported, present, ClientDetails::houseNumber),
                pick("houseNumberSuffix", current, imported, present, ClientDetails::houseNumberSuffix),
                pick("postcode", current, imported, present, ClientDetails::postcode),
                pick("city", current, imported, present, ClientDetails::city),
                pick("phone", current, imported, present, ClientDetails::phone),
                pick("email", current, imported, present, ClientDetails::email),
                pick("educationLevel", current, imported, present, ClientDetails::educationLevel),
                current.markers(), current.matchingFacts());
    }

    private static <T> T pick(String field, ClientDetails current, ClientDetails imported, Set<String> present,
                              Function<ClientDetails, T> value) {
        return present.contains(field) ? value.apply(imported) : value.apply(current);
    }
}
