package io.coachline.platform.control;

import java.sql.SQLException;
import java.util.Properties;

import org.sqlite.jdbc4.JDBC4Connection;

/**
 * A SQLite connection whose {@code commit()} and {@code rollback()} do not take the write lock again.
 * sqlite-jdbc begins the next transaction right after COMMIT/ROLLBACK; with IMMEDIATE transactions that
 * takes the database's write lock at once, only for the server's pool to end it (it returns a connection to
 * auto-commit after every transaction), so each write transaction queued twice for the one write lock.
 *
 * <p>Here the next transaction begins DEFERRED, which takes no lock, and becomes the configured IMMEDIATE one
 * when its first statement runs; returning to auto-commit just ends it. The JDBC contract holds: after
 * {@code commit()} and {@code rollback()} the connection is still in manual-commit mode (the pools cache that
 * state: WildFly's IronJacamar fails, e.g. Flyway at start, when the connection changes it behind its back).
 */
final class SingleBeginConnection extends JDBC4Connection {

    /** A DEFERRED transaction begun by commit()/rollback(), to be made IMMEDIATE by its first statement. */
    private boolean deferredBegun;
    /** total_changes() when that transaction began: a batch (which skips the hook below) changes it. */
    private long changesAtBegin;

    SingleBeginConnection(String url, String fileName, Properties properties) throws SQLException {
        super(url, fileName, properties);
    }

    @Override
    public void commit() throws SQLException {
        end("commit;");
    }

    @Override
    public void rollback() throws SQLException {
        end("rollback;");
    }

    private void end(String sql) throws SQLException {
        checkOpen();
        if (getAutoCommit()) {
            throw new SQLException("database in auto-commit mode");
        }
        getDatabase().exec(sql, false);
        getDatabase().exec("begin deferred;", false);
        deferredBegun = true;
        changesAtBegin = getDatabase().total_changes();
        setFirstStatementExecuted(false);
    }

    /** sqlite-jdbc calls this before each statement runs (batches excepted). */
    @Override
    public void tryEnforceTransactionMode() throws SQLException {
        if (deferredBegun) {
            deferredBegun = false;
            // Nothing ran in the deferred transaction yet, so ending it loses nothing.
            if (!getAutoCommit() && !isFirstStatementExecuted() && getDatabase().total_changes() == changesAtBegin) {
                getDatabase().exec("commit;", false);
                getDatabase().exec(transactionPrefix(), false);
            }
        }
        super.tryEnforceTransactionMode();
    }

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        deferredBegun = false;
        super.setAutoCommit(autoCommit);
    }
}
