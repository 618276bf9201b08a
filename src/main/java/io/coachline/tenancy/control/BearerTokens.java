package io.coachline.tenancy.control;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's token verification, set up from the standard MicroProfile JWT keys
 * ({@code mp.jwt.verify.publickey} or {@code mp.jwt.verify.publickey.location}, {@code mp.jwt.verify.issuer},
 * {@code mp.jwt.verify.audiences}, {@code mp.jwt.verify.clock.skew}) so a configuration written for the
 * server's MicroProfile JWT means the same here, on every server. The application verifies tokens itself
 * because no server remembers a verified token (see {@link TokenVerifier}).
 */
@ApplicationScoped
public class BearerTokens {

    public static final String ISSUER_KEY = DevIssuerConfigSource.ISSUER_KEY;
    public static final String AUDIENCES_KEY = "mp.jwt.verify.audiences";
    public static final String SKEW_KEY = "mp.jwt.verify.clock.skew";

    // How many verified tokens are remembered (about 1 KB each); 0 verifies the signature on every request.
    static final String CACHE_SIZE_KEY = "coachline.token.cache-size";
    static final long CACHE_SIZE_DEFAULT = 10_000;

    // How long a key read from mp.jwt.verify.publickey.location is used before it is read again (an HTTP
    // answer's Cache-Control max-age wins); a token naming an unknown key id makes it read sooner.
    static final String KEY_REFRESH_KEY = "coachline.token.key-refresh-seconds";
    static final long KEY_REFRESH_DEFAULT = 300;

    private TrustedKeys keys;
    private TokenVerifier verifier;

    @PostConstruct
    void init() {
        // The readiness check may create this bean on a server thread, whose injected Config would lack the
        // application's own sources (the development issuer's key): ask for the application's configuration.
        Config config = ConfigProvider.getConfig(BearerTokens.class.getClassLoader());
        long cacheSize = config.getOptionalValue(CACHE_SIZE_KEY, Long.class).orElse(CACHE_SIZE_DEFAULT);
        long keyRefreshSeconds = config.getOptionalValue(KEY_REFRESH_KEY, Long.class).orElse(KEY_REFRESH_DEFAULT);
        Duration refresh = Duration.ofSeconds(Math.max(1, keyRefreshSeconds));
        keys = new TrustedKeys(config.getOptionalValue(DevIssuerConfigSource.PUBLIC_KEY, String.class).orElse(null),
                config.getOptionalValue(KeyLocationConfigSource.LOCATION_KEY, String.class).orElse(null),
                BearerTokens.class.getClassLoader(), refresh, System::currentTimeMillis);
        List<String> audiences = config.getOptionalValue(AUDIENCES_KEY, String.class)
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList())
                .orElse(List.of());
        verifier = new TokenVerifier(keys, config.getOptionalValue(ISSUER_KEY, String.class).orElse(null), audiences,
                config.getOptionalValue(SKEW_KEY, Long.class).orElse(0L), Math.max(0, cacheSize), refresh,
                System::currentTimeMillis);
    }

    /** The verified token's claims, or {@link ClaimRules.Rejected}. */
    public JsonObject verify(String rawToken) {
        return verifier.verify(rawToken);
    }

    /** Why no token can verify (the keys cannot be read or parsed), or null. */
    public String keyProblem() {
        return keys.problem();
    }
}
