package io.coachline.tenancy.boundary;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.coachline.tenancy.control.KeyLocationConfigSource;

/**
 * Not ready while the key that verifies tokens cannot be read: a mistyped file or class-path location makes
 * every request 401, and MicroProfile JWT only says so in the log, one request at a time.
 */
@Readiness
@ApplicationScoped
public class SigningKeyCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        // Health checks run on the server's thread: the application's configuration is the one of its class loader.
        ClassLoader application = SigningKeyCheck.class.getClassLoader();
        Optional<String> location = ConfigProvider.getConfig(application)
                .getOptionalValue(KeyLocationConfigSource.LOCATION_KEY, String.class);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("token-key");
        if (location.isEmpty()) {
            return response.up().build(); // the key is given inline (mp.jwt.verify.publickey) or by the development issuer
        }
        response.withData(KeyLocationConfigSource.LOCATION_KEY, location.get());
        String problem = KeyLocationConfigSource.problem(location.get(), application);
        return problem == null ? response.up().build() : response.down().withData("problem", problem).build();
    }
}
