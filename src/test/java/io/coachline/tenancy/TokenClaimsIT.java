package io.coachline.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Db;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.TestTokens;

/**
 * Tokens that verify but whose claims must not name anyone: the wrong JSON type, too long, control characters,
 * issued or valid only in the future, or without jti. Each is a 401 like any other and provisions nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokenClaimsIT {

    private static final Path DATA = Deployments.freshDataDir("token-claims");
    private static final String LONG = "x".repeat(201);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(DATA);
    }

    private static Map<String, JsonValue> wrongTypes() {
        Map<String, JsonValue> values = new LinkedHashMap<>();
        values.put("null", JsonValue.NULL);
        values.put("number", Json.createValue(42));
        values.put("boolean", JsonValue.TRUE);
        values.put("object", Json.createObjectBuilder().add("id", "club").build());
        values.put("array", Json.createArrayBuilder().add("club").build());
        values.put("empty", Json.createValue(""));
        values.put("blank", Json.createValue("   "));
        values.put("oversized", Json.createValue(LONG));
        values.put("nul", Json.createValue("club\u0000x"));
        values.put("newline", Json.createValue("club\nx"));
        values.put("bidi override", Json.createValue("club\u202ex"));
        return values;
    }

    /** A 401 JSON reply with the Bearer challenge, and no row that names the token's caller. */
    private void assertRefused(JsonObjectBuilder payload, String claim, String sub, String tenant) {
        assertRefused(payload, claim, sub, tenant, true);
    }

    /** {@code byClaimRules} false: Payara's own parser may refuse first, with its generic message. */
    private void assertRefused(JsonObjectBuilder payload, String claim, String sub, String tenant, boolean byClaimRules) {
        long tenants = db().count("SELECT COUNT(*) FROM tenants");
        long users = db().count("SELECT COUNT(*) FROM users");
        Api.Reply reply = new Api(base).get("api/me", TestTokens.signed(payload.build()));
        assertEquals(401, reply.status(), () -> claim + ": " + reply);
        assertNotNull(reply.header("WWW-Authenticate"), "401 must carry WWW-Authenticate");
        assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"), reply.header("WWW-Authenticate"));
        if (byClaimRules || !"unauthorized".equals(reply.json().getString("error"))) {
            assertEquals("invalid_token", reply.json().getString("error"), reply::toString);
            assertTrue(reply.json().getString("message").contains(claim), () -> claim + ": " + reply);
        }
        AuthenticationIT.assertNoInternals(reply);
        assertEquals(tenants, db().count("SELECT COUNT(*) FROM tenants"), claim + ": no tenant may be created");
        assertEquals(users, db().count("SELECT COUNT(*) FROM users"), claim + ": no user may be created");
        assertEquals(0, db().count("SELECT COUNT(*) FROM users WHERE subject = ?", sub));
        assertEquals(0, db().count("SELECT COUNT(*) FROM tenants WHERE external_id = ?", tenant));
    }

    private Db db() {
        return new Db(DATA);
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonObject me(JsonObjectBuilder payload) {
        Api.Reply reply = new Api(base).get("api/me", TestTokens.signed(payload.build()));
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void aTenantClaimOfAnyOtherShapeThanAShortCleanStringIsRefused() {
        for (Map.Entry<String, JsonValue> wrong : wrongTypes().entrySet()) {
            String sub = fresh("tenantless");
            assertRefused(TestTokens.payload("unused", sub).add("tenant_id", wrong.getValue()), "tenant_id", sub,
                    wrong.getValue() instanceof jakarta.json.JsonString s ? s.getString() : wrong.getValue().toString());
        }
        // the JSON null that used to become the shared tenant "null"
        assertEquals(0, db().count("SELECT COUNT(*) FROM tenants WHERE external_id IN ('null', '42', 'true')"));
    }

    @Test
    void aSubjectOfAnyOtherShapeThanAShortCleanStringIsRefused() {
        for (Map.Entry<String, JsonValue> wrong : wrongTypes().entrySet()) {
            String tenant = fresh("sub-club");
            // upn stays a valid string, so only sub is wrong
            assertRefused(TestTokens.payload(tenant, "upn-only").add("sub", wrong.getValue()), "sub", "upn-only", tenant);
        }
    }

    @Test
    void groupsMustBeAnArrayOfShortCleanStrings() {
        // Payara reads groups for its security context and fails on these shapes itself: 401 all the same
        Map<String, JsonValue> unreadable = new LinkedHashMap<>();
        unreadable.put("null", JsonValue.NULL);
        unreadable.put("a number", Json.createValue(1));
        unreadable.put("an object", Json.createObjectBuilder().add("user", true).build());
        unreadable.put("an array with a number", Json.createArrayBuilder().add("user").add(7).build());
        unreadable.put("an array with null", Json.createArrayBuilder().add("user").addNull().build());
        for (Map.Entry<String, JsonValue> value : unreadable.entrySet()) {
            String tenant = fresh("groups-club");
            String sub = fresh("grouped");
            assertRefused(TestTokens.payload(tenant, sub).add("groups", value.getValue()), "groups", sub, tenant, false);
        }
        Map<String, JsonValue> wrong = new LinkedHashMap<>();
        wrong.put("a string", Json.createValue("super-admin"));
        wrong.put("an array with a long name", Json.createArrayBuilder().add("user").add(LONG).build());
        wrong.put("an array with a new line", Json.createArrayBuilder().add("user\nadmin").build());
        var tooMany = Json.createArrayBuilder().add("user");
        for (int i = 0; i < 200; i++) {
            tooMany.add("g" + i);
        }
        wrong.put("201 groups", tooMany.build());
        for (Map.Entry<String, JsonValue> value : wrong.entrySet()) {
            String tenant = fresh("groups-club");
            String sub = fresh("grouped");
            assertRefused(TestTokens.payload(tenant, sub).add("groups", value.getValue()), "groups", sub, tenant);
        }
    }

    @Test
    void theLongestAllowedIdsAndAnyPrintableTextAreAccepted() {
        String sub = "s".repeat(200);
        String tenant = "Ünïcode club 🏃 " + UUID.randomUUID();
        JsonObject me = me(TestTokens.payload(tenant, sub).add("groups", Json.createArrayBuilder().add("user").add("g".repeat(200))));
        assertEquals(sub, me.getString("user_id"));
        assertEquals(tenant, me.getString("tenant_id"));
        assertEquals(1, db().count("SELECT COUNT(*) FROM users WHERE subject = ?", sub));
    }

    @Test
    void aTokenIssuedInTheFutureIsRefusedBeyondTheClockSkew() {
        long now = Instant.now().getEpochSecond();
        String tenant = fresh("clock-club");
        assertRefused(TestTokens.payload(tenant, "early").add("iat", now + 600), "iat", "early", tenant);
        // within the default skew of 60 s: an identity provider whose clock is a little ahead
        assertEquals("slightly-early", me(TestTokens.payload(tenant, "slightly-early").add("iat", now + 30)).getString("user_id"));
    }

    @Test
    void aTokenNotValidYetIsRefusedBeyondTheClockSkew() {
        long now = Instant.now().getEpochSecond();
        String tenant = fresh("nbf-club");
        assertRefused(TestTokens.payload(tenant, "patient").add("nbf", now + 600), "nbf", "patient", tenant);
        assertRefused(TestTokens.payload(tenant, "patient").add("nbf", JsonValue.NULL), "nbf", "patient", tenant);
        assertEquals("almost", me(TestTokens.payload(tenant, "almost").add("nbf", now + 30)).getString("user_id"));
        assertEquals("past", me(TestTokens.payload(tenant, "past").add("nbf", now - 600)).getString("user_id"));
    }

    @Test
    void aProfileClaimOfTheWrongShapeIsLeftOutNotRefused() {
        String tenant = fresh("profile-club");
        JsonObject me = me(TestTokens.payload(tenant, "quiet").add("name", Json.createValue(7)).add("email", JsonValue.NULL));
        assertEquals("quiet", me.getString("user_id"));
        assertTrue(!me.containsKey("name") || me.isNull("name"), me::toString);
        assertTrue(!me.containsKey("email") || me.isNull("email"), me::toString);
    }

    /** Payara's MicroProfile JWT requires jti and offers no setting to drop it: the README says so. */
    @Test
    void aTokenWithoutJtiIsRefusedAsTheReadmeSays() {
        String tenant = fresh("jti-club");
        Api.Reply reply = new Api(base).get("api/me", TestTokens.signed(TestTokens.payload(tenant, "anon").remove("jti").build()));
        assertEquals(401, reply.status(), reply::toString);
        assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"), reply.header("WWW-Authenticate"));
        AuthenticationIT.assertNoInternals(reply);
        assertEquals(0, db().count("SELECT COUNT(*) FROM tenants WHERE external_id = ?", tenant));
        // the same token with a jti is fine
        assertEquals("anon", me(TestTokens.payload(tenant, "anon")).getString("user_id"));
    }
}
