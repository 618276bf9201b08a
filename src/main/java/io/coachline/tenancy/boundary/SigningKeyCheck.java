package io.coachline.tenancy.boundary;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.coachline.tenancy.control.BearerTokens;
import io.coachline.tenancy.control.KeyLocationConfigSource;

/**
 * Not ready while the key that verifies tokens cannot be read or parsed: a mistyped file or class-path
 * location, or a key that is not one, makes every request 401, and the log says so one request at a time.
 */
@Readiness
@ApplicationScoped
public class SigningKeyCheck implements HealthCheck {

    @Inject
    BearerTokens tokens;

    @Override
    public HealthCheckResponse call() {
        // Health checks run on the server's thread: the application's configuration is the one of its class loader.
        ClassLoader application = SigningKeyCheck.class.getClassLoader();
        Optional<String> location = ConfigProvider.getConfig(application)
                .getOptionalValue(KeyLocationConfigSource.LOCATION_KEY, String.class);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("token-key");
        boolean inline = ConfigProvider.getConfig(application).getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent();
        if (location.isEmpty() && !inline) {
            return response.up().build(); // no key configured at all: every token is refused, the log says why
        }
        String problem = null;
        if (location.isPresent()) {
            response.withData(KeyLocationConfigSource.LOCATION_KEY, location.get());
            problem = KeyLocationConfigSource.problem(location.get(), application);
        }
        if (problem == null) {
            problem = tokens.keyProblem();
        }
        return problem == null ? response.up().build() : response.down().withData("problem", problem).build();
    }
}
