package io.coachline.testsupport;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The test suite's identity provider: a key pair made per test JVM, whose public half each test
 * deployment is configured to trust, and tokens signed with it (or deliberately wrong).
 */
public final class TestTokens {

    public static final String ISSUER = "https://idp.test.coachline";
    public static final String AUDIENCE = "coachline";

    private static final RSAKey KEY = generate();
    private static final RSAKey OTHER_KEY = generate();

    private TestTokens() {
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWKS a test deployment trusts. */
    public static String jwks() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    public static String user(String tenant, String sub) {
        return token(tenant, sub, List.of("user"));
    }

    public static String admin(String tenant, String sub) {
        return token(tenant, sub, List.of("user", "admin"));
    }

    public static String superAdmin(String tenant, String sub) {
        return token(tenant, sub, List.of("user", "super-admin"));
    }

    public static String token(String tenant, String sub, List<String> roles) {
        return sign(KEY, claims(ISSUER, AUDIENCE, tenant, sub, roles, Instant.now().plusSeconds(3600)));
    }

    /** Signed by another key under the trusted key's id: the signature does not verify. */
    public static String forged(String tenant, String sub) {
        return sign(OTHER_KEY, KEY.getKeyID(),
                claims(ISSUER, AUDIENCE, tenant, sub, List.of("user"), Instant.now().plusSeconds(3600)));
    }

    public static String expired(String tenant, String sub) {
        return sign(KEY, claims(ISSUER, AUDIENCE, tenant, sub, List.of("user"), Instant.now().minusSeconds(3600)));
    }

    public static String wrongIssuer(String tenant, String sub) {
        return sign(KEY, claims("https://evil.example", AUDIENCE, tenant, sub, List.of("user"), Instant.now().plusSeconds(3600)));
    }

    public static String wrongAudience(String tenant, String sub) {
        return sign(KEY, claims(ISSUER, "someone-else", tenant, sub, List.of("user"), Instant.now().plusSeconds(3600)));
    }

    public static String withoutTenant(String sub) {
        return sign(KEY, claims(ISSUER, AUDIENCE, null, sub, List.of("user"), Instant.now().plusSeconds(3600)));
    }

    public static String withClaims(JWTClaimsSet claims) {
        return sign(KEY, claims);
    }

    public static JWTClaimsSet.Builder claimsBuilder(String tenant, String sub, List<String> roles) {
        return new JWTClaimsSet.Builder(claims(ISSUER, AUDIENCE, tenant, sub, roles, Instant.now().plusSeconds(3600)));
    }

    private static JWTClaimsSet claims(String issuer, String audience, String tenant, String sub, List<String> roles,
                                       Instant expiry) {
        Instant issued = expiry.minusSeconds(3600);
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(sub)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(expiry))
                .claim("upn", sub)
                .claim("groups", roles)
                .claim("name", "Name of " + sub)
                .claim("email", sub + "@" + (tenant == null ? "none" : tenant) + ".test");
        if (tenant != null) {
            builder.claim("tenant_id", tenant);
        }
        return builder.build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        return sign(key, key.getKeyID(), claims);
    }

    private static String sign(RSAKey key, String keyId, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId)
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
