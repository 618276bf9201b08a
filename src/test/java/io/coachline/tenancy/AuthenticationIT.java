package io.coachline.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.JsonObject;

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

/** Bearer tokens over real HTTP: who gets in, who is who, and what every rejection looks like. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthenticationIT {

    private static final Path DATA = Deployments.freshDataDir("auth");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(DATA);
    }

    private Api api() {
        return new Api(base);
    }

    private static void assertUnauthorized(Api.Reply reply) {
        assertEquals(401, reply.status(), reply::toString);
        assertNotNull(reply.header("WWW-Authenticate"), "401 must carry WWW-Authenticate");
        assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"), reply.header("WWW-Authenticate"));
        JsonObject body = reply.json();
        assertTrue(body.containsKey("error") && body.containsKey("message"), reply::toString);
        assertNoInternals(reply);
    }

    static void assertNoInternals(Api.Reply reply) {
        String body = reply.body();
        assertTrue(!body.contains("Exception") && !body.contains("\tat ") && !body.contains("<html"),
                "leaks internals: " + body);
    }

    @Test
    void thePageSignsInAtTheTrustedIssuerWithNoDemoUsers() {
        JsonObject config = api().get("api/config", null).json();
        assertFalse(config.getBoolean("dev_issuer"));
        JsonObject oidc = config.getJsonObject("oidc");
        assertEquals(TestTokens.ISSUER, oidc.getString("issuer"), config::toString);
        assertEquals("coachline-web", oidc.getString("client_id"));
        assertEquals("openid profile email", oidc.getString("scopes"));
        assertEquals(0, config.getJsonArray("demo_users").size());
    }

    @Test
    void noTokenIsUnauthorized() {
        assertUnauthorized(api().get("api/me", null));
    }

    @Test
    void forgedSignatureIsUnauthorized() {
        Api.Reply reply = api().get("api/me", TestTokens.forged("t-forged", "mallory"));
        assertUnauthorized(reply);
        assertTrue(reply.header("WWW-Authenticate").contains("invalid_token"), reply.header("WWW-Authenticate"));
        assertEquals(0, new Db(DATA).count("SELECT COUNT(*) FROM users WHERE subject = 'mallory'"));
    }

    @Test
    void expiredTokenIsUnauthorized() {
        assertUnauthorized(api().get("api/me", TestTokens.expired("t-expired", "late")));
    }

    @Test
    void wrongIssuerIsUnauthorized() {
        assertUnauthorized(api().get("api/me", TestTokens.wrongIssuer("t-issuer", "stranger")));
    }

    @Test
    void wrongAudienceIsUnauthorized() {
        assertUnauthorized(api().get("api/me", TestTokens.wrongAudience("t-aud", "stranger")));
    }

    @Test
    void garbageTokenIsUnauthorized() {
        assertUnauthorized(api().get("api/me", "not.a.jwt"));
    }

    @Test
    void tokenWithoutTenantIsUnauthorized() {
        Api.Reply reply = api().get("api/me", TestTokens.withoutTenant("nomad"));
        assertUnauthorized(reply);
        assertTrue(reply.json().getString("message").contains("tenant_id"), reply::toString);
    }

    @Test
    void validTokenProvisionsTenantAndUser() {
        Db db = new Db(DATA);
        assertEquals(0, db.count("SELECT COUNT(*) FROM tenants WHERE external_id = 'club-a'"));
        Api.Reply reply = api().get("api/me", TestTokens.user("club-a", "ann"));
        assertEquals(200, reply.status(), reply::toString);
        JsonObject me = reply.json();
        assertEquals("ann", me.getString("user_id"));
        assertEquals("club-a", me.getString("tenant_id"));
        assertEquals(List.of("user"), me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("Name of ann", me.getString("name"));
        assertEquals("ann@club-a.test", me.getString("email"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM tenants WHERE external_id = 'club-a'"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM users u JOIN tenants t ON t.id = u.tenant_id "
                + "WHERE t.external_id = 'club-a' AND u.subject = 'ann' AND u.email = 'ann@club-a.test'"));
        // a second request does not provision twice
        assertEquals(200, api().get("api/me", TestTokens.user("club-a", "ann")).status());
        assertEquals(1, db.count("SELECT COUNT(*) FROM users WHERE subject = 'ann'"));
    }

    @Test
    void sameSubjectInTwoTenantsIsTwoCallers() {
        JsonObject inA = api().get("api/me", TestTokens.user("tenant-one", "kim")).json();
        JsonObject inB = api().get("api/me", TestTokens.user("tenant-two", "kim")).json();
        assertEquals("tenant-one", inA.getString("tenant_id"));
        assertEquals("tenant-two", inB.getString("tenant_id"));
        List<java.util.Map<String, Object>> rows = new Db(DATA).rows(
                "SELECT u.id, t.external_id FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE u.subject = 'kim'");
        assertEquals(2, rows.size(), rows::toString);
        assertNotEquals(rows.get(0).get("id"), rows.get(1).get("id"));
    }

    @Test
    void userOnAdminEndpointIsForbidden() {
        Api.Reply reply = api().get("api/admin/users", TestTokens.user("club-b", "bob"));
        assertEquals(403, reply.status(), reply::toString);
        assertEquals("forbidden", reply.json().getString("error"));
        assertNoInternals(reply);
    }

    @Test
    void adminSeesOnlyOwnTenantsUsers() {
        api().get("api/me", TestTokens.user("club-c", "carla"));
        api().get("api/me", TestTokens.user("club-d", "dan"));
        Api.Reply reply = api().get("api/admin/users", TestTokens.admin("club-c", "chief"));
        assertEquals(200, reply.status(), reply::toString);
        List<String> ids = reply.array().getValuesAs(JsonObject.class).stream().map(u -> u.getString("id")).sorted().toList();
        assertEquals(List.of("carla", "chief"), ids);
    }

    @Test
    void superAdminIsAlsoAdmin() {
        assertEquals(200, api().get("api/admin/users", TestTokens.superAdmin("club-e", "root")).status());
    }

    @Test
    void tokenWithoutKnownRoleIsForbidden() {
        Api.Reply reply = api().get("api/me", TestTokens.token("club-f", "ghost", List.of("viewer")));
        assertEquals(403, reply.status(), reply::toString);
    }

    @Test
    void unknownPathIsJson404() {
        Api.Reply reply = api().get("api/does-not-exist", TestTokens.user("club-a", "ann"));
        assertEquals(404, reply.status(), reply::toString);
        assertEquals("not_found", reply.json().getString("error"));
    }

    @Test
    void devIssuerIsOffByDefault() {
        Api.Reply reply = api().post("dev/token", null, "{\"user\":\"demo-athlete\"}");
        assertEquals(404, reply.status(), reply::toString);
        assertEquals("not_found", reply.json().getString("error"));
    }
}
