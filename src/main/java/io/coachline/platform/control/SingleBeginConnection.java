package io.coachline.platform.control;

import java.sql.SQLException;
import java.util.Properties;

import org.sqlite.jdbc4.JDBC4Connection;

/**
 * A SQLite connection whose {@code commit()} ends the transaction and begins no other. sqlite-jdbc begins
 * the next transaction right after COMMIT; with IMMEDIATE transactions that takes the database's write
 * lock again, only for the server's pool to end it at once (it returns a connection to auto-commit after
 * every transaction), so each write transaction queued twice for the one write lock. Here commit()
 * returns to auto-commit, which commits; the next {@code setAutoCommit(false)} begins the next transaction.
 * Unlike plain JDBC, the connection is in auto-commit mode after commit().
 */
final class SingleBeginConnection extends JDBC4Connection {

    SingleBeginConnection(String url, String fileName, Properties properties) throws SQLException {
        super(url, fileName, properties);
    }

    @Override
    public void commit() throws SQLException {
        if (getAutoCommit()) {
            throw new SQLException("database in auto-commit mode");
        }
        setAutoCommit(true);
    }
}
