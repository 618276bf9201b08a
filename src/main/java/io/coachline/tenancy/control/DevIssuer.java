package io.coachline.tenancy.control;

import java.time.Instant;
import java.util.Date;
import java.util.List;
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

    public static boolean enabled(Config config) {
        return config.getOptionalValue(ENABLED_KEY, Boolean.class).orElse(false);
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
