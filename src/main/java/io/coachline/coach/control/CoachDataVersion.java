package io.coachline.coach.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.coachline.platform.control.SqliteDataSource;

/**
 * The current value of {@code coach_data_version}, which triggers move forward with every change to what a coach
 * listing shows. Read on a connection of its own with the statement prepared once: through the container's pool and
 * the persistence provider this one-row read cost as much as the rest of a cached list_coaches call. The connection
 * is query-only and each read in auto-commit sees the latest commit (WAL).
 */
@ApplicationScoped
public class CoachDataVersion {

    /** Returned when the version cannot be read: callers then neither use nor fill a cache. */
    public static final long UNKNOWN = -1;

    private static final Logger LOG = Logger.getLogger(CoachDataVersion.class.getName());

    private Connection connection;
    private PreparedStatement read;

    public synchronized long current() {
        try {
            if (read == null) {
                open();
            }
            try (ResultSet rs = read.executeQuery()) {
                return rs.next() ? rs.getLong(1) : UNKNOWN;
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "cannot read coach_data_version; coach listings are not cached until it can be read", e);
            close();
            return UNKNOWN;
        }
    }

    private void open() throws SQLException {
        connection = new SqliteDataSource().getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA query_only = 1");
        }
        read = connection.prepareStatement("SELECT version FROM coach_data_version WHERE id = 1");
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "closing the coach data version connection", e);
        } finally {
            connection = null;
            read = null;
        }
    }
}
