package io.coachline.tenancy.control;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

/**
 * Verifies bearer tokens with the rules Payara's MicroProfile JWT applied (RS256 or ES256, header typ JWT, the
 * configured issuer, one of the configured audiences, iss/sub/exp/iat/jti present, not expired beyond the
 * skew), and remembers the tokens it verified. A token is the same string on every request of a client, so its
 * signature is checked once, not per request: verifying an RSA signature and re-parsing the key was most of
 * what an authenticated request cost the server. A remembered token is still refused once it expires, and is
 * verified again when the trusted keys change or after {@code keyRefresh}.
 */
public final class TokenVerifier {

    private record Verified(JsonObject payload, long expiresAt, long keysVersion) {
    }

    private final TrustedKeys keys;
    private final String issuer;
    private final List<String> audiences;
    private final long skewSeconds;
    private final LongSupplier clockMillis;
    private final Cache<String, Verified> verified;

    /**
     * @param issuer     mp.jwt.verify.issuer (null: no token verifies)
     * @param audiences  mp.jwt.verify.audiences, empty when any audience is accepted
     * @param cacheSize  how many verified tokens are remembered; 0 verifies every request
     */
    public TokenVerifier(TrustedKeys keys, String issuer, List<String> audiences, long skewSeconds,
                         long cacheSize, Duration keyRefresh, LongSupplier clockMillis) {
        this.keys = keys;
        this.issuer = issuer;
        this.audiences = List.copyOf(audiences);
        this.skewSeconds = skewSeconds;
        this.clockMillis = clockMillis;
        this.verified = Caffeine.newBuilder().maximumSize(cacheSize).expireAfterWrite(keyRefresh)
                .ticker(() -> clockMillis.getAsLong() * 1_000_000L).build();
    }

    /** The verified token's claims, or {@link ClaimRules.Rejected} saying why not (never echoing a value). */
    public JsonObject verify(String rawToken) {
        long version = keys.snapshot().version(); // also re-reads the keys when they are due
        Verified known = verified.getIfPresent(rawToken);
        if (known != null && known.keysVersion() == version) {
            notExpired(known.expiresAt());
            return known.payload();
        }
        Verified fresh = check(rawToken, version);
        verified.put(rawToken, fresh);
        return fresh.payload();
    }

    private Verified check(String rawToken, long keysVersion) {
        if (issuer == null) {
            throw new ClaimRules.Rejected("the server trusts no issuer (mp.jwt.verify.issuer is not set)");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(rawToken);
        } catch (java.text.ParseException e) {
            throw new ClaimRules.Rejected("the token is not a signed JWT");
        }
        JWSHeader header = jwt.getHeader();
        if (!JOSEObjectType.JWT.equals(header.getType())) {
            throw new ClaimRules.Rejected("the token's header must say typ JWT");
        }
        JWSAlgorithm algorithm = header.getAlgorithm();
        if (!JWSAlgorithm.RS256.equals(algorithm) && !JWSAlgorithm.ES256.equals(algorithm)) {
            throw new ClaimRules.Rejected("the token must be signed with RS256 or ES256");
        }
        JWK key = keys.select(header.getKeyID());
        if (key == null || !signatureVerifies(jwt, algorithm, key)) {
            throw new ClaimRules.Rejected("the token's signature does not verify with a trusted key");
        }
        JsonObject payload = ClaimRules.payload(rawToken);
        for (String claim : List.of("iss", "sub", "exp", "iat", "jti")) {
            if (payload.get(claim) == null || payload.get(claim) == JsonValue.NULL) {
                throw new ClaimRules.Rejected("the token must carry the claims iss, sub, exp, iat and jti");
            }
        }
        if (!(payload.get("iss") instanceof JsonString iss) || !issuer.equals(iss.getString())) {
            throw new ClaimRules.Rejected("the token's issuer (iss) is not the trusted one");
        }
        if (!(payload.get("exp") instanceof JsonNumber exp) || !(payload.get("iat") instanceof JsonNumber iat)) {
            throw new ClaimRules.Rejected("the claims exp and iat must be numbers (seconds since 1970)");
        }
        if (iat.longValue() >= exp.longValue()) {
            throw new ClaimRules.Rejected("the token expires (exp) before it was issued (iat)");
        }
        notExpired(exp.longValue());
        if (!audiences.isEmpty() && !forUs(payload.get("aud"))) {
            throw new ClaimRules.Rejected("the token is not meant for this service (aud)");
        }
        return new Verified(payload, exp.longValue(), keysVersion);
    }

    private static boolean signatureVerifies(SignedJWT jwt, JWSAlgorithm algorithm, JWK key) {
        try {
            JWSVerifier verifier;
            if (JWSAlgorithm.RS256.equals(algorithm) && key instanceof RSAKey rsa) {
                verifier = new RSASSAVerifier(rsa);
            } else if (JWSAlgorithm.ES256.equals(algorithm) && key instanceof ECKey ec) {
                verifier = new ECDSAVerifier(ec);
            } else {
                return false;
            }
            return jwt.verify(verifier);
        } catch (JOSEException | RuntimeException e) {
            return false;
        }
    }

    // MicroProfile JWT's rule: the token is valid until exp, read on a clock turned back by the skew.
    private void notExpired(long expiresAt) {
        if (clockMillis.getAsLong() / 1000 - skewSeconds >= expiresAt) {
            throw new ClaimRules.Rejected("the token has expired (exp)");
        }
    }

    private boolean forUs(JsonValue aud) {
        if (aud instanceof JsonString one) {
            return audiences.contains(one.getString());
        }
        return aud instanceof JsonArray many && many.stream()
                .anyMatch(a -> a instanceof JsonString s && audiences.contains(s.getString()));
    }
}
