package nl.opstap.portfolio;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's counterpart of the PostgreSQL trigger on {@code profile_consent}: a recorded consent or withdrawal is proof
 * (AVG art. 7(1)) and is never changed. Rows may still be deleted, with the whole file, when it is erased.
 */
public class ConsentUnchangeableTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("profile_consent rows are never changed");
    }
}
