package io.coachline.tenancy.control;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * What a verified token must look like before it may name a tenant and a user. {@link TokenVerifier} checks the
 * signature, issuer, audience and expiry with MicroProfile JWT's rules, which hand claims of any JSON type on (a
 * {@code "tenant_id": null} became the tenant {@code "null"}) and check neither {@code nbf} nor an {@code iat} in
 * the future. The rules read the token's own JSON, so the answer is the same on every server.
 */
public final class ClaimRules {

    /** Longest subject, tenant or group name; the development issuer's form uses the same bound. */
    public static final int MAX_ID_LENGTH = 200;
    /** Most groups a token may carry (Entra ID stops listing groups at 200 and sends an overage claim). */
    public static final int MAX_GROUPS = 200;
    /** Longest display name and e-mail address kept from a token (RFC 5321 allows 254 for an address). */
    public static final int MAX_PROFILE_LENGTH = 254;

    /** Why a token was refused: a message naming the claim, never echoing its value. */
    public static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message, null, false, false);
        }
    }

    private ClaimRules() {
    }

    /** The payload of a compact JWS as JSON; the token is already verified, so this only decodes it. */
    public static JsonObject payload(String rawToken) {
        String[] parts = rawToken == null ? new String[0] : rawToken.split("\\.");
        if (parts.length < 2) {
            throw new Rejected("the token is not a compact JWS");
        }
        try (var reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new Rejected("the token's payload is not a JSON object");
        }
    }

    /**
     * The caller a token names, or {@link Rejected}. {@code sub} and the tenant claim must be strings of 1 to
     * {@link #MAX_ID_LENGTH} characters without control characters; {@code groups}, when present, an array of
     * at most {@link #MAX_GROUPS} such strings; {@code iat} and {@code nbf} no later than now plus the skew.
     * {@code name} and {@code email} are optional profile data: one of the wrong shape is left out, not refused.
     */
    public static UserDirectory.TokenClaims check(JsonObject payload, String tenantClaim, long nowEpochSeconds,
                                                  long skewSeconds) {
        String missing = "the token must carry a subject (sub) and a tenant (" + tenantClaim + ")";
        String subject = identifier(payload, "sub", missing);
        String tenant = identifier(payload, tenantClaim, missing);
        Set<String> groups = groups(payload);
        notInFuture(payload, "iat", true, nowEpochSeconds + skewSeconds, "was issued in the future");
        notInFuture(payload, "nbf", false, nowEpochSeconds + skewSeconds, "is not valid yet");
        String name = profile(payload, "name");
        return new UserDirectory.TokenClaims(tenant, subject, name != null ? name : profile(payload, "preferred_username"),
                profile(payload, "email"), groups);
    }

    private static String identifier(JsonObject payload, String claim, String missing) {
        JsonValue value = payload.get(claim);
        if (value == null) {
            throw new Rejected(missing);
        }
        if (!(value instanceof JsonString text) || !isIdentifier(text.getString())) {
            throw new Rejected("the claim " + claim + " must be a string of 1-" + MAX_ID_LENGTH
                    + " characters without control characters");
        }
        return text.getString();
    }

    private static Set<String> groups(JsonObject payload) {
        JsonValue value = payload.get("groups");
        if (value == null) {
            return Set.of();
        }
        String rule = "the claim groups must be an array of at most " + MAX_GROUPS + " strings of 1-" + MAX_ID_LENGTH
                + " characters without control characters";
        if (!(value instanceof JsonArray array) || array.size() > MAX_GROUPS) {
            throw new Rejected(rule);
        }
        Set<String> groups = new LinkedHashSet<>();
        for (JsonValue group : array) {
            if (!(group instanceof JsonString text) || !isIdentifier(text.getString())) {
                throw new Rejected(rule);
            }
            groups.add(text.getString());
        }
        return Set.copyOf(groups);
    }

    private static void notInFuture(JsonObject payload, String claim, boolean required, long latest, String problem) {
        JsonValue value = payload.get(claim);
        if (value == null && !required) {
            return;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new Rejected("the claim " + claim + " must be a number (seconds since 1970)");
        }
        if (number.bigDecimalValue().compareTo(BigDecimal.valueOf(latest)) > 0) {
            throw new Rejected("the token " + problem + " (" + claim + " is later than the server's clock allows)");
        }
    }

    private static String profile(JsonObject payload, String claim) {
        return payload.get(claim) instanceof JsonString text && !text.getString().isBlank()
                && text.getString().length() <= MAX_PROFILE_LENGTH && text.getString().chars().noneMatch(Character::isISOControl)
                ? text.getString() : null;
    }

    /** 1 to {@link #MAX_ID_LENGTH} characters, not all blank, none a control, format or lone surrogate character. */
    public static boolean isIdentifier(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_ID_LENGTH && clean(value);
    }

    // Control and format characters (NUL, new lines, bidi overrides) and lone surrogates could split log lines,
    // disguise one name as another or break the text the id is stored and shown in.
    private static boolean clean(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
