package io.coachline.tenancy.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * When the development issuer is on, tells MicroProfile JWT to trust it: its issuer and its public key;
 * and makes the demo tenant the platform tenant, so a demo token may carry {@code super-admin}. The
 * ordinal is low, so anything an operator configures wins; the key is not offered when an operator has
 * set a key location, because the two settings exclude each other.
 */
public class DevIssuerConfigSource implements ConfigSource {

    static final String ISSUER_KEY = "mp.jwt.verify.issuer";
    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String LOCATION_KEY = "mp.jwt.verify.publickey.location";

    private static final Set<String> NAMES = Set.of(ISSUER_KEY, PUBLIC_KEY, Caller.PLATFORM_TENANT_KEY);

    // Reading other keys goes through Config, which asks this source again: answer nothing meanwhile.
    private static final ThreadLocal<Boolean> READING = ThreadLocal.withInitial(() -> false);

    @Override
    public String getValue(String propertyName) {
        if (!getPropertyNames().contains(propertyName)) {
            return null;
        }
        if (READING.get()) {
            return null;
        }
        READING.set(true);
        try {
            Config config = ConfigProvider.getConfig(DevIssuerConfigSource.class.getClassLoader());
            if (!DevIssuer.enabled(config)) {
                return null;
            }
            if (ISSUER_KEY.equals(propertyName)) {
                return DevIssuer.ISSUER;
            }
            if (Caller.PLATFORM_TENANT_KEY.equals(propertyName)) {
                return DemoData.TENANT;
            }
            return config.getOptionalValue(LOCATION_KEY, String.class).isPresent() ? null : DevIssuer.jwks();
        } finally {
            READING.set(false);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        for (String name : getPropertyNames()) {
            String value = getValue(name);
            if (value != null) {
                properties.put(name, value);
            }
        }
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return NAMES;
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "coachline-dev-issuer";
    }
}
