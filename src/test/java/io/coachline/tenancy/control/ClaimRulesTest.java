package io.coachline.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

class ClaimRulesTest {

    private static final long NOW = 1_800_000_000L;

    private static JsonObjectBuilder valid() {
        return Json.createObjectBuilder().add("sub", "ann").add("org", "club").add("iat", NOW)
                .add("groups", Json.createArrayBuilder().add("user").add("admin"));
    }

    private static UserDirectory.TokenClaims check(JsonObjectBuilder payload) {
        return ClaimRules.check(payload.build(), "org", NOW, 60);
    }

    private static String refusal(JsonObjectBuilder payload) {
        return assertThrows(ClaimRules.Rejected.class, () -> check(payload)).getMessage();
    }

    @Test
    void aValidPayloadNamesTenantSubjectAndGroups() {
        UserDirectory.TokenClaims claims = check(valid().add("name", "Ann").add("email", "ann@club.test"));
        assertEquals("club", claims.tenantKey());
        assertEquals("ann", claims.subject());
        assertEquals(Set.of("user", "admin"), claims.roles());
        assertEquals("Ann", claims.name());
        assertEquals("ann@club.test", claims.email());
    }

    @Test
    void theTenantClaimIsTheConfiguredOne() {
        assertTrue(refusal(valid().remove("org").add("tenant_id", "club")).contains("org"));
    }

    @Test
    void wrongTypesAreRefusedNamingTheClaim() {
        for (JsonValue wrong : new JsonValue[] {JsonValue.NULL, JsonValue.TRUE, Json.createValue(3),
                Json.createObjectBuilder().build(), Json.createArrayBuilder().add("x").build()}) {
            assertTrue(refusal(valid().add("org", wrong)).contains("org"), wrong::toString);
            assertTrue(refusal(valid().add("sub", wrong)).contains("sub"), wrong::toString);
            if (wrong.getValueType() != JsonValue.ValueType.ARRAY) {
                assertTrue(refusal(valid().add("groups", wrong)).contains("groups"), wrong::toString);
            }
        }
        assertTrue(refusal(valid().add("groups", Json.createArrayBuilder().add("user").add(1))).contains("groups"));
    }

    @Test
    void sizeAndCharactersAreBounded() {
        assertEquals("s".repeat(200), check(valid().add("sub", "s".repeat(200))).subject());
        assertTrue(refusal(valid().add("sub", "s".repeat(201))).contains("sub"));
        assertTrue(refusal(valid().add("org", "")).contains("org"));
        assertTrue(refusal(valid().add("org", " \t")).contains("org"));
        for (String bad : new String[] {"a\u0000b", "a\nb", "a\u202eb", "a\u2028b", "a\ud800b"}) {
            assertTrue(refusal(valid().add("org", bad)).contains("org"), bad);
        }
        assertEquals("Zoë 🏃", check(valid().add("org", "Zoë 🏃")).tenantKey());
        assertEquals(ClaimRules.MAX_GROUPS, check(valid().add("groups", groups(ClaimRules.MAX_GROUPS))).roles().size());
        assertTrue(refusal(valid().add("groups", groups(ClaimRules.MAX_GROUPS + 1))).contains("groups"));
    }

    private static jakarta.json.JsonArrayBuilder groups(int count) {
        var groups = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            groups.add("g" + i);
        }
        return groups;
    }

    @Test
    void missingGroupsAreNoRoles() {
        assertEquals(Set.of(), check(valid().remove("groups")).roles());
    }

    @Test
    void iatAndNbfMayBeAheadByTheSkewOnly() {
        assertEquals("ann", check(valid().add("iat", NOW + 60).add("nbf", NOW + 60)).subject());
        assertTrue(refusal(valid().add("iat", NOW + 61)).contains("iat"));
        assertTrue(refusal(valid().add("nbf", NOW + 61)).contains("nbf"));
        assertTrue(refusal(valid().add("nbf", "soon")).contains("nbf"));
        assertTrue(refusal(valid().remove("iat")).contains("iat"));
    }

    @Test
    void profileClaimsOfTheWrongShapeAreLeftOut() {
        UserDirectory.TokenClaims claims = check(valid().add("name", 5).add("email", "a\nb@c"));
        assertNull(claims.name());
        assertNull(claims.email());
        assertEquals("pref", check(valid().add("preferred_username", "pref")).name());
    }

    @Test
    void thePayloadIsTheTokensMiddlePart() {
        JsonObject payload = valid().build();
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(payload, ClaimRules.payload("e30." + encoded + ".sig"));
        assertThrows(ClaimRules.Rejected.class, () -> ClaimRules.payload("garbage"));
        assertFalse(ClaimRules.isIdentifier(null));
    }
}
