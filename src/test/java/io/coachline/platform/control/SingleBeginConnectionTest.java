package io.coachline.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConfig;
import org.sqlite.jdbc4.JDBC4Connection;

/** What the server's pool does after every transaction (commit, then auto-commit), with a second writer waiting. */
class SingleBeginConnectionTest {

    private String file;

    @BeforeEach
    void database() throws Exception {
        file = Files.createTempDirectory("single-begin").resolve("test.db").toString();
        try (Connection setup = plain(); Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE t (v INTEGER)");
        }
    }

    private Properties settings(int busyTimeoutMillis) {
        SQLiteConfig config = SqliteDataSource.settings();
        config.setBusyTimeout(busyTimeoutMillis);
        return config.toProperties();
    }

    private Connection plain() throws SQLException {
        return new JDBC4Connection("jdbc:sqlite:" + file, file, settings(0));
    }

    private Connection singleBegin() throws SQLException {
        return new SingleBeginConnection("jdbc:sqlite:" + file, file, settings(0));
    }

    /** Commits a write the way the pool does, then reports whether another writer can begin at once. */
    private boolean otherWriterCanBeginRightAfterCommit(Connection writer) throws SQLException {
        try (writer; Connection other = plain()) {
            writer.setAutoCommit(false);
            try (Statement statement = writer.createStatement()) {
                statement.execute("INSERT INTO t VALUES (1)");
            }
            writer.commit();
            try {
                other.setAutoCommit(false);  // BEGIN IMMEDIATE, with no busy wait
                other.rollback();
                return true;
            } catch (SQLException busy) {
                assertTrue(busy.getMessage().contains("SQLITE_BUSY"), busy.getMessage());
                return false;
            } finally {
                writer.setAutoCommit(true);
            }
        }
    }

    @Test
    void plainSqliteJdbcHoldsTheWriteLockAfterCommit() throws Exception {
        assertEquals(false, otherWriterCanBeginRightAfterCommit(plain()));
    }

    @Test
    void commitReleasesTheWriteLock() throws Exception {
        assertEquals(true, otherWriterCanBeginRightAfterCommit(singleBegin()));
    }

    @Test
    void commitIsDurableAndTheNextTransactionBeginsOnDemand() throws Exception {
        try (Connection connection = singleBegin()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("INSERT INTO t VALUES (1)");
            connection.commit();
            assertTrue(connection.getAutoCommit());
            connection.setAutoCommit(false);
            connection.createStatement().execute("INSERT INTO t VALUES (2)");
            connection.rollback();
            connection.setAutoCommit(true);
            assertThrows(SQLException.class, connection::commit, "commit in auto-commit mode");
        }
        try (Connection check = plain(); ResultSet rs = check.createStatement().executeQuery("SELECT group_concat(v) FROM t")) {
            rs.next();
            assertEquals("1", rs.getString(1));
        }
    }

    @Test
    void settingsAreApplied() throws Exception {
        try (Connection connection = singleBegin(); ResultSet rs = connection.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertEquals("wal", rs.getString(1));
        }
        assertTrue(Files.exists(Path.of(file)));
    }
}
