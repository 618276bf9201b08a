package io.coachline.tenancy.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.eclipse.microprofile.config.Config;

/**
 * The development issuer: an RSA key pair made at start, its JWKS, and short-lived tokens for demo
 * users. Off unless {@code coachline.dev-issuer.enabled=true}. Static because MicroProfile JWT reads the
 * public key through {@link DevIssuerConfigSource} before any CDI bean exists.
 */
public final class DevIssuer {

    public static final String ENABLED_KEY = "coachline.dev-issuer.enabled";
    public static final String ISSUER = "coachline-dev";
    public static final String AUDIENCE = "coachline";
    public static final long DEFAULT_TTL_SECONDS = 3600;

    private DevIssuer() {
    }

    private static final class KeyHolder {
        static final RSAKey KEY = generate();

        private static RSAKey generate() {
            try {
                return new RSAKeyGenerator(2048).keyID("dev-" + UUID.randomUUID()).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException("cannot generate the development issuer's key pair", e);
            }
        }
    }

    /**
     * The address the HTTP listener is bound to, as the one-command run binds it (pom.xml passes the same value to
     * Payara Micro's listener and here). Unset, the address is unknown and the issuer behaves as before this check.
     */
    public static final String BIND_ADDRESS_KEY = "coachline.bind-address";
    /** An operator's explicit consent to run the development issuer on an address others can reach. */
    public static final String ALLOW_NON_LOOPBACK_KEY = "coachline.dev-issuer.allow-non-loopback";

    /** On when asked for, unless it would listen on an address others can reach (see {@link #refusal}). */
    public static boolean enabled(Config config) {
        return requested(config) && refusal(config).isEmpty();
    }

    private static boolean requested(Config config) {
        return config.getOptionalValue(ENABLED_KEY, Boolean.class).orElse(false);
    }

    /** Why the development issuer stays off although it was asked for, or empty. */
    public static Optional<String> refusal(Config config) {
        if (!requested(config)) {
            return Optional.empty();
        }
        return refusal(config.getOptionalValue(BIND_ADDRESS_KEY, String.class).orElse(null),
                config.getOptionalValue(ALLOW_NON_LOOPBACK_KEY, Boolean.class).orElse(false));
    }

    /**
     * The issuer hands out admin tokens to anyone who can reach /dev/token, so it refuses a bind address that is not
     * loopback (a wildcard such as 0.0.0.0 or :: is every interface) unless the operator explicitly allows it.
     */
    static Optional<String> refusal(String bindAddress, boolean allowed) {
        if (bindAddress == null || bindAddress.isBlank() || allowed || isLoopback(bindAddress.trim())) {
            return Optional.empty();
        }
        return Optional.of("The development issuer stays OFF: " + ENABLED_KEY + "=true, but the server listens on "
                + bindAddress.trim() + " (" + BIND_ADDRESS_KEY + "), which is not a loopback address, and the issuer "
                + "gives any caller tokens for any user, admins included. Listen on 127.0.0.1, or set "
                + ALLOW_NON_LOOPBACK_KEY + "=true if the network around this server is yours alone.");
    }

    /** Only literal addresses and "localhost" count: a host name is never resolved for this decision. */
    static boolean isLoopback(String address) {
        if ("localhost".equalsIgnoreCase(address)) {
            return true;
        }
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!literal.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The public key set, as served at /dev/jwks and given to MicroProfile JWT. */
    public static String jwks() {
        return new JWKSet(KeyHolder.KEY.toPublicJWK()).toString();
    }

    public static String mint(String subject, String tenantClaim, String tenant, List<String> roles,
                              String name, String email, long ttlSeconds) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(ttlSeconds)))
                .claim("upn", subject)
                .claim(tenantClaim, tenant)
                .claim("groups", roles);
        if (name != null) {
            claims.claim("name", name);
        }
        if (email != null) {
            claims.claim("email", email);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(KeyHolder.KEY.getKeyID()).type(JOSEObjectType.JWT).build(), claims.build());
            jwt.sign(new RSASSASigner(KeyHolder.KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
    }
}
