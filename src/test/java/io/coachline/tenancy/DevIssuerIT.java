package io.coachline.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.TestTokens;

/**
 * The local-run setup: development issuer and demo data on, no identity provider configured. A token
 * from /dev/token is accepted by MicroProfile JWT; nothing else is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DevIssuerIT {

    private static final Path DATA = Deployments.freshDataDir("dev-issuer");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(Map.of(
                "coachline.db.path", DATA.resolve("coachline.db").toString(),
                "coachline.dev-issuer.enabled", "true",
                "coachline.demo-data", "true"));
    }

    private String token(String user) {
        Api.Reply reply = new Api(base).post("dev/token", null, "{\"user\":\"" + user + "\"}");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("Bearer", reply.json().getString("token_type"));
        return reply.json().getString("access_token");
    }

    @Test
    void thePagesSignInConfigOffersTheDemoUsersWithoutAToken() {
        JsonObject config = new Api(base).get("api/config", null).json();
        assertTrue(config.getBoolean("dev_issuer"));
        assertFalse(config.containsKey("oidc"), config::toString);
        var users = config.getJsonArray("demo_users").stream().map(v -> v.asJsonObject()).toList();
        var admin = users.stream().filter(u -> u.getString("user").equals("demo-admin")).findFirst().orElseThrow();
        assertEquals("demo", admin.getString("tenant"));
        assertTrue(admin.getJsonArray("roles").toString().contains("admin"), admin::toString);
        assertEquals(3, users.size(), users::toString);
    }

    @Test
    void signInPageListsDemoUsers() {
        Api api = new Api(base);
        Api.Reply page = api.send(api.request("dev", null).header("Accept", "text/html").GET().build());
        assertEquals(200, page.status());
        assertTrue(page.body().contains("data-user=\"demo-athlete\"") && page.body().contains("data-user=\"demo-admin\""), page.body());
    }

    @Test
    void devTokenIsAcceptedAndNamesTheDemoUser() {
        JsonObject me = new Api(base).get("api/me", token("demo-athlete")).json();
        assertEquals("demo-athlete", me.getString("user_id"));
        assertEquals("demo", me.getString("tenant_id"));
        assertEquals("Jamie Runner", me.getString("name"));
    }

    @Test
    void demoDataProvisionedTheDemoTenant() {
        Api.Reply users = new Api(base).get("api/admin/users", token("demo-admin"));
        assertEquals(200, users.status(), users::toString);
        assertEquals(3, users.array().size(), users::toString);
    }

    @Test
    void customIdentityAndRolesAreChecked() {
        Api api = new Api(base);
        Api.Reply reply = api.post("dev/token", null, "{\"sub\":\"x\",\"tenant\":\"other\",\"roles\":[\"root\"]}");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("roles", reply.json().getString("field"));
        Api.Reply unknown = api.post("dev/token", null, "{\"user\":\"nobody\"}");
        assertEquals(400, unknown.status());
        assertEquals("user", unknown.json().getString("field"));
        Api.Reply malformed = api.post("dev/token", null, "{\"user\":");
        assertEquals(400, malformed.status(), malformed::toString);
        assertFalse(malformed.body().contains("Exception"), malformed.body());
    }

    private String tokenFor(String body) {
        Api.Reply reply = new Api(base).post("dev/token", null, body);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getString("access_token");
    }

    @Test
    void theDemoTenantIsThePlatformTenantSoADemoSuperAdminExists() {
        Api api = new Api(base);
        String root = tokenFor("{\"user\":\"demo-admin\",\"roles\":[\"user\",\"admin\",\"super-admin\"]}");
        assertTrue(api.get("api/me", root).json().getJsonArray("roles").toString().contains("super-admin"));
        assertEquals(200, api.get("api/admin/costs?group_by=tenant", root).status());
        String elsewhere = tokenFor("{\"sub\":\"zoe\",\"tenant\":\"other-club\",\"roles\":[\"user\",\"super-admin\"]}");
        assertEquals("[\"admin\",\"user\"]", api.get("api/me", elsewhere).json().getJsonArray("roles").toString());
        assertEquals(403, api.get("api/admin/costs?group_by=tenant", elsewhere).status());
    }

    @Test
    void jwksIsPublished() {
        JsonObject jwks = new Api(base).get("dev/jwks", null).json();
        assertEquals("RSA", jwks.getJsonArray("keys").getJsonObject(0).getString("kty"));
        assertFalse(jwks.getJsonArray("keys").getJsonObject(0).containsKey("d"), "private part must not be published");
    }

    @Test
    void tokensFromAnotherIssuerAreRejected() {
        assertEquals(401, new Api(base).get("api/me", TestTokens.user("demo", "demo-athlete")).status());
    }
}
