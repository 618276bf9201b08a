package io.coachline.tenancy.control;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Lets {@code mp.jwt.verify.publickey.location} be a plain absolute file path, as operators write it.
 * Payara's MicroProfile JWT takes only a URL or a class-path resource: a bare {@code /etc/coachline/key.pem}
 * is looked up on the class path, never found, and every request is 401 while the server looks healthy.
 * This source sits above every other, reads the value the others give and presents such a path as its
 * {@code file:} URL; any other value (URLs, class-path resources) is left as it is.
 */
public class KeyLocationConfigSource implements ConfigSource {

    public static final String LOCATION_KEY = DevIssuerConfigSource.LOCATION_KEY;

    // A URL scheme has at least two characters, which tells "file:/x" and "https://x" from "C:\\keys\\key.pem".
    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    // Reading the other sources goes through Config, which may ask this source again: answer nothing meanwhile.
    private static final ThreadLocal<Boolean> READING = ThreadLocal.withInitial(() -> false);

    /** The location as MicroProfile JWT understands it: an absolute file path becomes its file: URL. */
    static String asUrl(String location) {
        if (location == null || location.isBlank() || URL_SCHEME.matcher(location).find()) {
            return location;
        }
        try {
            Path path = Path.of(location.strip());
            return path.isAbsolute() ? path.toUri().toString() : location;
        } catch (InvalidPathException e) {
            return location;
        }
    }

    /**
     * Why MicroProfile JWT cannot read a key at this location (as {@link #asUrl} presents it), or null when it can
     * or only a request would tell (http and https URLs are not fetched here).
     */
    public static String problem(String location, ClassLoader classPath) {
        if (location.startsWith("file:")) {
            try {
                Path file = Path.of(URI.create(location));
                return Files.isRegularFile(file) && Files.isReadable(file) ? null
                        : "no readable file at " + file;
            } catch (IllegalArgumentException e) {
                return "not a valid file URL";
            }
        }
        if (URL_SCHEME.matcher(location).find()) {
            return null;
        }
        return classPath.getResource(location) != null ? null
                : "neither a URL, an absolute file path nor a class-path resource";
    }

    @Override
    public String getValue(String propertyName) {
        if (!LOCATION_KEY.equals(propertyName) || READING.get()) {
            return null;
        }
        READING.set(true);
        try {
            for (ConfigSource source : ConfigProvider.getConfig(KeyLocationConfigSource.class.getClassLoader())
                    .getConfigSources()) { // highest ordinal first
                if (source != this && !(source instanceof KeyLocationConfigSource)) {
                    String value = source.getValue(LOCATION_KEY);
                    if (value != null) {
                        String url = asUrl(value);
                        return url.equals(value) ? null : url;
                    }
                }
            }
            return null;
        } finally {
            READING.set(false);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        String value = getValue(LOCATION_KEY);
        return value == null ? Map.of() : Map.of(LOCATION_KEY, value);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(LOCATION_KEY);
    }

    @Override
    public int getOrdinal() {
        return 10_000; // above every server source (system properties are 400): it only rewrites what they say
    }

    @Override
    public String getName() {
        return "coachline-key-location";
    }
}
