package nl.opstap.shared.web;

import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A request that waited the pool's whole connection timeout for a database connection (every connection busy, or the
 * database unreachable) failed through no fault of its own and before anything was written: it is answered 503 with
 * Retry-After, not as an unexpected error, so that clients and load balancers retry instead of reporting a bug.
 */
final class Overload {

    static final String RETRY_AFTER_SECONDS = "5";

    private Overload() {}

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
