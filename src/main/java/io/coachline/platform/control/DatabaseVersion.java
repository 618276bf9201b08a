package io.coachline.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A number that changes whenever anything is committed to the database, by this server or by any other process
 * (SQLite's {@code PRAGMA data_version}, read on a query-only connection of its own that never writes). Caches of
 * query results keep it with each entry and trust an entry only while it is unchanged.
 *
 * <p>Chosen over triggers that count changes to the cached tables: those made every write statement on them compile
 * and run one more statement, which cost about a seventh of the coach API's write throughput. Through the container's
 * pool and the persistence provider, even this one-row read cost as much as the rest of a cached call, hence the
 * dedicated connection with the statement prepared once.
 */
@ApplicationScoped
public class DatabaseVersion {

    /** Returned when the version cannot be read: callers then neither use nor fill a cache. */
    public static final long UNKNOWN = -1;

    private static final Logger LOG = Logger.getLogger(DatabaseVersion.class.getName());

    private Connection connection;
    private PreparedStatement read;
    // data_version counts per connection: a reopened connection starts a new epoch, so no old value comes back.
    private long epoch;

    public synchronized long current() {
        try {
            if (read == null) {
                open();
            }
            try (ResultSet rs = read.executeQuery()) {
                return rs.next() ? (epoch << 40) + rs.getLong(1) : UNKNOWN;
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "cannot read the database's data_version; query results are not cached until it can be read", e);
            close();
            return UNKNOWN;
        }
    }

    private void open() throws SQLException {
        connection = new SqliteDataSource().getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA query_only = 1");
        }
        read = connection.prepareStatement("PRAGMA data_version");
        epoch++;
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "closing the data version connection", e);
        } finally {
            connection = null;
            read = null;
        }
    }
}
