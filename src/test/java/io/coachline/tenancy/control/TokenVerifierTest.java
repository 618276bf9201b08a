package io.coachline.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verification rules MicroProfile JWT applied, the verified-token memory, and key rotation. */
class TokenVerifierTest {

    private static final String ISSUER = "https://idp.test";
    private static final Duration REFRESH = Duration.ofSeconds(300);
    private static final RSAKey KEY = rsa();
    private static final RSAKey OTHER = rsa();

    private final AtomicLong clock = new AtomicLong(1_800_000_000_000L);

    private static RSAKey rsa() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long now() {
        return clock.get() / 1000;
    }

    private JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience("coachline").subject("ann").jwtID("j1")
                .issueTime(new Date((now() - 10) * 1000)).expirationTime(new Date((now() + 600) * 1000));
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private TokenVerifier verifier(TrustedKeys keys, long cacheSize) {
        return new TokenVerifier(keys, ISSUER, List.of("coachline", "other"), 0, cacheSize, REFRESH, clock::get);
    }

    private TokenVerifier inline(String key) {
        return verifier(new TrustedKeys(key, null, getClass().getClassLoader(), REFRESH, clock::get), 100);
    }

    private static void assertRefused(TokenVerifier verifier, String token, String why) {
        ClaimRules.Rejected e = assertThrows(ClaimRules.Rejected.class, () -> verifier.verify(token));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void aTokenSignedByTheTrustedKeyGivesItsClaims() throws Exception {
        TokenVerifier verifier = inline(new JWKSet(KEY.toPublicJWK()).toString());
        assertEquals("ann", verifier.verify(sign(KEY, claims().build())).getString("sub"));
        assertEquals("ann", verifier.verify(sign(KEY, claims().audience(List.of("x", "other")).build())).getString("sub"));
    }

    @Test
    void theKeyMayBeAPemABase64JwksOrOneJwk() throws Exception {
        String token = sign(KEY, claims().build());
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(KEY.toRSAPublicKey().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        String jwks = new JWKSet(KEY.toPublicJWK()).toString();
        for (String key : List.of(pem, Base64.getEncoder().encodeToString(jwks.getBytes()), KEY.toPublicJWK().toJSONString())) {
            assertEquals("ann", inline(key).verify(token).getString("sub"), key);
        }
    }

    @Test
    void anEs256TokenVerifiesWithItsEcKey() throws Exception {
        ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("ec").generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec").type(JOSEObjectType.JWT).build(),
                claims().build());
        jwt.sign(new ECDSASigner(ec));
        assertEquals("ann", inline(new JWKSet(ec.toPublicJWK()).toString()).verify(jwt.serialize()).getString("sub"));
    }

    @Test
    void everyRuleOfMicroProfileJwtStillRefuses() throws Exception {
        TokenVerifier verifier = inline(new JWKSet(KEY.toPublicJWK()).toString());
        assertRefused(verifier, sign(OTHER, claims().build()), "signature");
        assertRefused(verifier, sign(KEY, claims().issuer("https://evil.test").build()), "issuer");
        assertRefused(verifier, sign(KEY, claims().audience("someone-else").build()), "aud");
        assertRefused(verifier, sign(KEY, claims().audience((String) null).build()), "aud");
        assertRefused(verifier, sign(KEY, claims().jwtID(null).build()), "jti");
        assertRefused(verifier, sign(KEY, claims().expirationTime(new Date((now() - 1) * 1000)).build()), "expired");
        assertRefused(verifier, "not.a.jwt", "not a signed JWT");
        SignedJWT untyped = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims().build());
        untyped.sign(new RSASSASigner(KEY));
        assertRefused(verifier, untyped.serialize(), "typ JWT");
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims().build());
        hmac.sign(new MACSigner(new byte[32]));
        assertRefused(verifier, hmac.serialize(), "RS256 or ES256");
        String valid = sign(KEY, claims().build());
        String tampered = valid.substring(0, valid.lastIndexOf('.') - 2) + "xx" + valid.substring(valid.lastIndexOf('.'));
        assertRefused(verifier, tampered, "");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() throws Exception {
        TokenVerifier verifier = inline(new JWKSet(KEY.toPublicJWK()).toString());
        String token = sign(KEY, claims().expirationTime(new Date((now() + 200) * 1000)).build());
        verifier.verify(token);
        clock.addAndGet(199_000); // within the refresh interval: the remembered verification answers
        assertEquals("ann", verifier.verify(token).getString("sub"));
        clock.addAndGet(1_000);
        assertRefused(verifier, token, "expired");
    }

    @Test
    void aRotatedKeySetIsUsedForTheFirstTokenNamingANewKey(@TempDir Path dir) throws Exception {
        Path jwks = Files.writeString(dir.resolve("jwks.json"), new JWKSet(KEY.toPublicJWK()).toString());
        TokenVerifier verifier = verifier(new TrustedKeys(null, jwks.toUri().toString(), getClass().getClassLoader(),
                REFRESH, clock::get), 100);
        String old = sign(KEY, claims().build());
        assertEquals("ann", verifier.verify(old).getString("sub"));
        // the identity provider adds a new key and signs with it: picked up without waiting for the refresh
        Files.writeString(jwks, new JWKSet(List.of(KEY.toPublicJWK(), OTHER.toPublicJWK())).toString());
        clock.addAndGet(TrustedKeys.MIN_REFRESH.toMillis());
        assertEquals("ann", verifier.verify(sign(OTHER, claims().build())).getString("sub"));
        // then retires the old key: its tokens, remembered or not, are refused after the refresh interval
        Files.writeString(jwks, new JWKSet(OTHER.toPublicJWK()).toString());
        clock.addAndGet(REFRESH.toMillis() - 1);
        assertEquals("ann", verifier.verify(old).getString("sub"));
        clock.addAndGet(1);
        assertRefused(verifier, old, "signature");
    }

    @Test
    void anUnknownKeyIdRereadsTheKeysAtMostOncePerMinimumInterval(@TempDir Path dir) throws Exception {
        Path jwks = Files.writeString(dir.resolve("jwks.json"), new JWKSet(KEY.toPublicJWK()).toString());
        TokenVerifier verifier = verifier(new TrustedKeys(null, jwks.toUri().toString(), getClass().getClassLoader(),
                REFRESH, clock::get), 100);
        Files.writeString(jwks, new JWKSet(List.of(KEY.toPublicJWK(), OTHER.toPublicJWK())).toString());
        String next = sign(OTHER, claims().build());
        assertRefused(verifier, next, "signature"); // read just now: a token cannot make the server read again at once
        clock.addAndGet(TrustedKeys.MIN_REFRESH.toMillis());
        assertEquals("ann", verifier.verify(next).getString("sub"));
    }

    @Test
    void anUnreadableLocationKeepsTheKeysReadBefore(@TempDir Path dir) throws Exception {
        Path jwks = Files.writeString(dir.resolve("jwks.json"), new JWKSet(KEY.toPublicJWK()).toString());
        TrustedKeys keys = new TrustedKeys(null, jwks.toUri().toString(), getClass().getClassLoader(), REFRESH, clock::get);
        TokenVerifier verifier = verifier(keys, 0);
        Files.delete(jwks);
        clock.addAndGet(REFRESH.toMillis());
        assertEquals("ann", verifier.verify(sign(KEY, claims().build())).getString("sub"));
        assertEquals(null, keys.problem());
    }

    @Test
    void aKeyThatIsNoneIsAProblemAndNothingVerifies() throws Exception {
        TrustedKeys keys = new TrustedKeys("not a key", null, getClass().getClassLoader(), REFRESH, clock::get);
        assertTrue(keys.problem().contains("neither a PEM public key"), keys.problem());
        assertRefused(verifier(keys, 100), sign(KEY, claims().build()), "signature");
        TrustedKeys both = new TrustedKeys("x", "file:///k.pem", getClass().getClassLoader(), REFRESH, clock::get);
        assertTrue(both.problem().contains("not both"), both.problem());
    }

    @Test
    void withoutAnIssuerNothingVerifies() throws Exception {
        TokenVerifier verifier = new TokenVerifier(new TrustedKeys(new JWKSet(KEY.toPublicJWK()).toString(), null,
                getClass().getClassLoader(), REFRESH, clock::get), null, List.of(), 0, 100, REFRESH, clock::get);
        assertRefused(verifier, sign(KEY, claims().build()), "mp.jwt.verify.issuer");
    }
}
