package io.coachline.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
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
    /** The tenant every test deployment names as {@code coachline.platform-tenant}: its super-admins are the operator's. */
    public static final String PLATFORM_TENANT = "platform-ops";

    /** Where a key made before the test JVM is read from (a server started by Maven trusts it: WildFlyConfig). */
    public static final String SIGNING_KEY_PROPERTY = "coachline.it.signing-key";

    private static final RSAKey KEY = trustedKey();
    private static final RSAKey OTHER_KEY = generate();
    // The key an identity provider rotates to (KeyRotationIT): trusted only where a deployment's key set lists it.
    private static final RSAKey NEXT_KEY = generate();

    private TestTokens() {
    }

    private static RSAKey trustedKey() {
        String file = System.getProperty(SIGNING_KEY_PROPERTY);
        if (file == null) {
            return generate();
        }
        try {
            return RSAKey.parse(java.nio.file.Files.readString(java.nio.file.Path.of(file)));
        } catch (java.io.IOException | java.text.ParseException e) {
            throw new IllegalStateException("cannot read " + SIGNING_KEY_PROPERTY + "=" + file, e);
        }
    }

    /** The trusted key pair as a private JWK, for {@link #SIGNING_KEY_PROPERTY}. */
    static String signingKeyJson() {
        return KEY.toJSONString();
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

    /** A key set as an identity provider publishes it during a rotation: the current key, the next one, or both. */
    public static String jwks(boolean current, boolean next) {
        List<com.nimbusds.jose.jwk.JWK> keys = new java.util.ArrayList<>();
        if (current) {
            keys.add(KEY.toPublicJWK());
        }
        if (next) {
            keys.add(NEXT_KEY.toPublicJWK());
        }
        return new JWKSet(keys).toString();
    }

    /** A user's token signed by the next key, under its own key id. */
    public static String userByNextKey(String tenant, String sub) {
        return sign(NEXT_KEY, claims(ISSUER, AUDIENCE, tenant, sub, List.of("user"), Instant.now().plusSeconds(3600)));
    }

    public static String user(String tenant, String sub) {
        return token(tenant, sub, List.of("user"));
    }

    public static String admin(String tenant, String sub) {
        return token(tenant, sub, List.of("user", "admin"));
    }

    /** A token of {@code tenant} carrying super-admin: platform-wide only when the tenant is {@link #PLATFORM_TENANT}. */
    public static String superAdmin(String tenant, String sub) {
        return token(tenant, sub, List.of("user", "super-admin"));
    }

    /** A super-admin of the platform tenant: the operator. */
    public static String platformAdmin(String sub) {
        return superAdmin(PLATFORM_TENANT, sub);
    }

    /** A valid token's claims as JSON, for tests that replace one claim with any JSON value or remove it. */
    public static JsonObjectBuilder payload(String tenant, String sub) {
        Instant now = Instant.now();
        return Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("aud", AUDIENCE)
                .add("sub", sub)
                .add("upn", sub)
                .add("jti", UUID.randomUUID().toString())
                .add("iat", now.getEpochSecond())
                .add("exp", now.plusSeconds(3600).getEpochSecond())
                .add("groups", Json.createArrayBuilder().add("user"))
                .add("tenant_id", tenant);
    }

    /** Signs exactly this payload with the trusted key. */
    public static String signed(JsonObject payload) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID())
                    .type(JOSEObjectType.JWT).build(), new Payload(payload.toString()));
            jws.sign(new RSASSASigner(KEY));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The trusted public key as PEM (X.509 SubjectPublicKeyInfo), for deployments that read it from a file. */
    public static String publicKeyPem() {
        try {
            return "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(KEY.toRSAPublicKey().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
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
