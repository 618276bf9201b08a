package io.coachline.tenancy.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * The public keys tokens are verified with, as MicroProfile JWT reads them: inline
 * ({@code mp.jwt.verify.publickey}, read once) or from a location ({@code mp.jwt.verify.publickey.location}: a
 * URL or a class-path resource), each a PEM public key, a JWK or a JWKS, plain or Base64. A location is re-read
 * when its copy is older than the refresh interval (or the HTTP answer's {@code Cache-Control: max-age}), and
 * sooner when a token names a key id the copy lacks (a rotation), at most once per {@link #MIN_REFRESH}; a failed
 * read keeps the keys read before. Parsed once per read, never per request.
 */
public final class TrustedKeys {

    /** The shortest time between two reads of a location, whatever the tokens' key ids ask for. */
    public static final Duration MIN_REFRESH = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(TrustedKeys.class.getName());
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");
    private static final Pattern MAX_AGE = Pattern.compile("max-age\\s*=\\s*(\\d+)");

    /** One read of the keys: which, when, for how long, and a counter that changes when the keys do. */
    record Snapshot(List<JWK> keys, String text, long readAtMillis, long ttlMillis, long version, String problem) {
    }

    private record Read(String text, Duration maxAge) {
    }

    private final String location;
    private final ClassLoader classPath;
    private final Duration refresh;
    private final LongSupplier clock;
    private volatile Snapshot current;

    /** Exactly one of {@code inline} and {@code location} may be given; with neither, no token verifies. */
    public TrustedKeys(String inline, String location, ClassLoader classPath, Duration refresh, LongSupplier clockMillis) {
        this.location = location;
        this.classPath = classPath;
        this.refresh = refresh;
        this.clock = clockMillis;
        if (inline != null && location != null) {
            current = failed(null, "set mp.jwt.verify.publickey or mp.jwt.verify.publickey.location, not both");
        } else if (inline != null) {
            Snapshot parsed = parsed(inline, Long.MAX_VALUE, 1);
            current = parsed;
        } else if (location == null) {
            current = failed(null, "neither mp.jwt.verify.publickey nor mp.jwt.verify.publickey.location is set");
        } else {
            current = read(null);
        }
    }

    /** The current keys, re-read first when the copy is older than its time to live. */
    Snapshot snapshot() {
        Snapshot snapshot = current;
        if (location != null && clock.getAsLong() - snapshot.readAtMillis() >= snapshot.ttlMillis()) {
            snapshot = reread(snapshot.readAtMillis());
        }
        return snapshot;
    }

    /** The key for a token's key id (any key when the token names none, or when the keys carry no ids). */
    JWK select(String keyId) {
        Snapshot snapshot = snapshot();
        JWK key = find(snapshot, keyId);
        if (key == null && keyId != null && location != null
                && clock.getAsLong() - snapshot.readAtMillis() >= MIN_REFRESH.toMillis()) {
            key = find(reread(snapshot.readAtMillis()), keyId); // a key id we do not know: perhaps the keys rotated
        }
        return key;
    }

    /** Why no key can be read, or null. */
    public String problem() {
        return snapshot().problem();
    }

    private static JWK find(Snapshot snapshot, String keyId) {
        for (JWK key : snapshot.keys()) {
            if (keyId == null || key.getKeyID() == null || keyId.equals(key.getKeyID())) {
                return key;
            }
        }
        return null;
    }

    // One thread reads; the others use the copy it replaces (or, when it is the first, wait for it).
    private synchronized Snapshot reread(long seenReadAt) {
        Snapshot snapshot = current;
        if (snapshot.readAtMillis() != seenReadAt) {
            return snapshot; // another thread has just read
        }
        current = read(snapshot);
        return current;
    }

    private Snapshot read(Snapshot previous) {
        long version = previous == null ? 1 : previous.version();
        try {
            Read read = fetch();
            long ttl = (read.maxAge() != null ? read.maxAge() : refresh).toMillis();
            if (previous != null && read.text().equals(previous.text())) {
                return new Snapshot(previous.keys(), previous.text(), clock.getAsLong(), ttl, version, null);
            }
            return parsed(read.text(), ttl, version + 1);
        } catch (IOException | RuntimeException e) {
            String problem = "cannot read the key at " + location + ": " + e.getMessage();
            if (previous != null && !previous.keys().isEmpty()) {
                LOG.warning(problem + "; the keys read before stay trusted");
                return new Snapshot(previous.keys(), previous.text(), clock.getAsLong(), MIN_REFRESH.toMillis(), version, null);
            }
            LOG.warning(problem);
            return failed(previous, problem);
        }
    }

    private Snapshot parsed(String text, long ttlMillis, long version) {
        try {
            return new Snapshot(parse(text), text, clock.getAsLong(), ttlMillis, version, null);
        } catch (Exception e) {
            String problem = "the key is neither a PEM public key, a JWK nor a JWKS: " + e.getMessage();
            LOG.warning(problem);
            return new Snapshot(List.of(), text, clock.getAsLong(), Math.min(ttlMillis, MIN_REFRESH.toMillis()), version, problem);
        }
    }

    private Snapshot failed(Snapshot previous, String problem) {
        return new Snapshot(List.of(), null, clock.getAsLong(), MIN_REFRESH.toMillis(),
                previous == null ? 1 : previous.version() + 1, problem);
    }

    private Read fetch() throws IOException {
        URL url = URL_SCHEME.matcher(location).find() ? URI.create(location).toURL()
                : classPath.getResource(location.startsWith("/") ? location.substring(1) : location);
        if (url == null) {
            throw new IOException("no such class-path resource");
        }
        URLConnection connection = url.openConnection();
        connection.setConnectTimeout((int) FETCH_TIMEOUT.toMillis());
        connection.setReadTimeout((int) FETCH_TIMEOUT.toMillis());
        try (InputStream in = connection.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Duration maxAge = null;
            if (connection instanceof HttpURLConnection http) {
                if (http.getResponseCode() != 200) {
                    throw new IOException("HTTP " + http.getResponseCode());
                }
                String cacheControl = http.getHeaderField("Cache-Control");
                Matcher m = cacheControl == null ? null : MAX_AGE.matcher(cacheControl);
                if (m != null && m.find()) {
                    maxAge = Duration.ofSeconds(Math.max(MIN_REFRESH.toSeconds(), Long.parseLong(m.group(1))));
                }
            }
            return new Read(text, maxAge);
        }
    }

    /** The keys in a PEM public key, a JWK, a JWKS, or either of the last two Base64-encoded. */
    static List<JWK> parse(String text) throws Exception {
        String key = text.strip();
        if (key.startsWith("{")) {
            Map<String, Object> json = JSONObjectUtils.parse(key);
            return json.containsKey("keys") ? JWKSet.parse(json).getKeys() : List.of(JWK.parse(json));
        }
        String base64 = key.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (!key.startsWith("-----") && bytes.length > 0 && bytes[0] == '{') {
            return parse(new String(bytes, StandardCharsets.UTF_8));
        }
        return List.of(jwk(bytes));
    }

    private static JWK jwk(byte[] subjectPublicKeyInfo) throws Exception {
        X509EncodedKeySpec spec = new X509EncodedKeySpec(subjectPublicKeyInfo);
        PublicKey key;
        try {
            key = KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (InvalidKeySpecException notRsa) {
            key = KeyFactory.getInstance("EC").generatePublic(spec);
        }
        if (key instanceof RSAPublicKey rsa) {
            return new RSAKey.Builder(rsa).build();
        }
        ECPublicKey ec = (ECPublicKey) key;
        return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec).build();
    }
}
