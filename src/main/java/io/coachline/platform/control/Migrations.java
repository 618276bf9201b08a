package io.coachline.platform.control;

import java.util.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the SQL migrations of the top-level {@code migrations/} folder before any request is served.
 * Bean-managed transactions: Flyway handles its own per-migration transactions.
 */
@DataSourceDefinition(
        name = Migrations.DATASOURCE,
        className = "io.coachline.platform.control.SqliteDataSource",
        minPoolSize = 1,
        maxPoolSize = 16,
        transactional = true,
        // WildFly's IronJacamar refuses a data source class without any property (IJ031103); this one repeats
        // what SqliteDataSource.settings() sets anyway, so it changes nothing on either server.
        properties = "journalMode=" + SqliteDataSource.JOURNAL_MODE)
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

    public static final String DATASOURCE = "java:app/jdbc/coachline";
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    private volatile boolean done;
    private volatile int appliedAtStart;
    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        appliedAtStart = result.migrationsExecuted;
        schemaVersion = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Database " + SqliteDataSource.databaseFile().toAbsolutePath() + ": applied "
                + appliedAtStart + " migration(s), schema version " + schemaVersion);
        done = true;
    }

    /**
     * Successful migrations recorded in the database: asks the database itself. Here rather than in the
     * readiness check because WildFly calls health checks on a management thread, where the application's
     * {@code java:app} names are not bound; an EJB call brings its own naming context on both servers.
     */
    @Lock(LockType.READ)
    public long appliedInDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Lock(LockType.READ)
    public boolean isDone() {
        return done;
    }

    @Lock(LockType.READ)
    public int appliedAtStart() {
        return appliedAtStart;
    }

    @Lock(LockType.READ)
    public String schemaVersion() {
        return schemaVersion;
    }
}
