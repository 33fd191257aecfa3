package nl.opstap.matching;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** One COPY ... FROM STDIN (text format) on its own connection, so that four tables load in one pass. */
final class CopyStream implements AutoCloseable {

    private final Connection connection;
    private final CopyIn in;
    private final StringBuilder buffer = new StringBuilder(1 << 17);

    CopyStream(String url, String table) throws SQLException {
        connection = SqlBaseline.connect(url);
        in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN");
    }

    /** The buffer, positioned at the start of a new row. */
    StringBuilder row() {
        if (buffer.length() > 0) {
            buffer.append('\n');
        }
        if (buffer.length() > 1 << 16) {
            flush();
        }
        return buffer;
    }

    private void flush() {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        try {
            if (buffer.length() > 0) {
                buffer.append('\n');
                flush();
            }
            in.endCopy();
        } finally {
            connection.close();
        }
    }
}
