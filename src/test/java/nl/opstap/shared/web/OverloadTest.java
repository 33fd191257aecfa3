package nl.opstap.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class OverloadTest {

    @Test
    void aConnectionThatDidNotComeInTimeIsOverloadHoweverDeepItIsWrapped() {
        var timedOut = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        assertThat(Overload.causedBy(new CannotCreateTransactionException("no transaction", timedOut))).isTrue();
        assertThat(Overload.causedBy(new IllegalStateException(new jakarta.servlet.ServletException(
                new CannotGetJdbcConnectionException("no connection", new SQLException("refused")))))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(Overload.causedBy(new DataIntegrityViolationException("duplicate", new SQLException("23505")))).isFalse();
        assertThat(Overload.causedBy(new IllegalStateException())).isFalse();
        assertThat(Overload.causedBy(null)).isFalse();
    }
}
