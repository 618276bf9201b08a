package io.coachline.platform.control;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
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
        transactional = true)
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

    public boolean isDone() {
        return done;
    }

    public int appliedAtStart() {
        return appliedAtStart;
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
