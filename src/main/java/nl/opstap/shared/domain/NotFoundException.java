package nl.opstap.shared.domain;

/**
 * The requested thing does not exist, or not within the caller's municipalities. Deliberately the
 * same answer in both cases, so a user cannot probe for files outside their scope.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " niet gevonden");
    }
}
