package io.coachline.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.coachline.platform.control.Migrations;

/**
 * Ready once the migrations have run and the database answers a query. Payara serves it at /health/ready on
 * the HTTP port, WildFly on its management port (9990 by default), see the README.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        if (!migrations.isDone()) {
            return response.down().withData("migrations", "pending").build();
        }
        response.withData("schema_version", migrations.schemaVersion())
                .withData("migrations_applied_at_start", migrations.appliedAtStart());
        try {
            return response.up().withData("migrations_applied_total", migrations.appliedInDatabase()).build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
