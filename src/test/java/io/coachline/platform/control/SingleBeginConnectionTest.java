package io.coachline.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConfig;
import org.sqlite.jdbc4.JDBC4Connection;

/** What the servers' pools do around every transaction (commit or rollback, then auto-commit), with a second writer waiting. */
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

    /** Ends a write transaction with {@code end} (commit or rollback), then reports whether another writer can begin at once. */
    private boolean otherWriterCanBeginRightAfter(Connection writer, SqlAction end) throws SQLException {
        try (writer) {
            writer.setAutoCommit(false);
            try (Statement statement = writer.createStatement()) {
                statement.execute("INSERT INTO t VALUES (1)");
            }
            end.run(writer);
            try {
                return otherCanBegin();
            } finally {
                writer.setAutoCommit(true);
            }
        }
    }

    /** Whether a second connection can begin a write transaction right now (no busy wait). */
    private boolean otherCanBegin() throws SQLException {
        try (Connection other = plain()) {
            other.setAutoCommit(false);  // BEGIN IMMEDIATE
            other.rollback();
            other.setAutoCommit(true);
            return true;
        } catch (SQLException busy) {
            assertTrue(busy.getMessage().contains("SQLITE_BUSY"), busy.getMessage());
            return false;
        }
    }

    private interface SqlAction {
        void run(Connection connection) throws SQLException;
    }

    private String values() throws SQLException {
        try (Connection check = plain(); ResultSet rs = check.createStatement().executeQuery("SELECT group_concat(v) FROM t")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void plainSqliteJdbcHoldsTheWriteLockAfterCommit() throws Exception {
        assertEquals(false, otherWriterCanBeginRightAfter(plain(), Connection::commit));
    }

    @Test
    void commitReleasesTheWriteLock() throws Exception {
        assertEquals(true, otherWriterCanBeginRightAfter(singleBegin(), Connection::commit));
    }

    @Test
    void rollbackReleasesTheWriteLock() throws Exception {
        assertEquals(false, otherWriterCanBeginRightAfter(plain(), Connection::rollback));
        assertEquals(true, otherWriterCanBeginRightAfter(singleBegin(), Connection::rollback));
    }

    /** The JDBC contract the pools rely on: commit() and rollback() leave the connection in manual-commit mode. */
    @Test
    void commitAndRollbackKeepManualCommitMode() throws Exception {
        try (Connection connection = singleBegin()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("INSERT INTO t VALUES (1)");
            connection.commit();
            assertFalse(connection.getAutoCommit());
            connection.createStatement().execute("INSERT INTO t VALUES (2)");
            connection.rollback();
            assertFalse(connection.getAutoCommit());
            connection.commit();   // nothing done since: still a valid commit
            connection.rollback();
            connection.createStatement().execute("INSERT INTO t VALUES (3)");
            connection.commit();
            connection.setAutoCommit(true);   // what the pool does when the connection comes back
            assertTrue(connection.getAutoCommit());
            assertThrows(SQLException.class, connection::commit, "commit in auto-commit mode");
            assertThrows(SQLException.class, connection::rollback, "rollback in auto-commit mode");
        }
        assertEquals("1,3", values());
    }

    /** The transaction after commit() is the configured IMMEDIATE one: a first read already holds the write lock. */
    @Test
    void theNextTransactionIsImmediateFromItsFirstStatement() throws Exception {
        try (Connection connection = singleBegin()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("INSERT INTO t VALUES (1)");
            connection.commit();
            assertTrue(otherCanBegin(), "no lock between transactions");
            try (ResultSet rs = connection.createStatement().executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
            assertFalse(otherCanBegin(), "the read began an IMMEDIATE transaction");
            connection.createStatement().execute("INSERT INTO t VALUES (2)");
            connection.rollback();
        }
        assertEquals("1", values());
    }

    /** A batch runs without sqlite-jdbc's per-statement hook: it must still belong to the transaction. */
    @Test
    void aBatchAfterCommitStaysInTheTransaction() throws Exception {
        try (Connection connection = singleBegin()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("INSERT INTO t VALUES (1)");
            connection.commit();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?)")) {
                insert.setInt(1, 2);
                insert.addBatch();
                insert.setInt(1, 3);
                insert.addBatch();
                insert.executeBatch();
            }
            connection.createStatement().execute("INSERT INTO t VALUES (4)");
            connection.rollback();
            connection.setAutoCommit(true);
        }
        assertEquals("1", values());
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
