package io.coachline.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

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
 * super-admin is the operator's: only a token of the platform tenant ({@code coachline.platform-tenant}) is a
 * platform-wide super-admin. Another tenant's identity provider can put the group in a token, and gets an
 * admin of that tenant: no global coaches, no other tenant's spend.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformRoleIT {

    private static final Path DATA = Deployments.freshDataDir("platform-role");
    private static final String COACHES = "api/admin/coaches";
    private static final String OPERATOR = TestTokens.platformAdmin("operator");
    private static final String PRETENDER = TestTokens.superAdmin("tenant-b", "pretender");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(DATA);
    }

    private Api api() {
        return new Api(base);
    }

    private static String coach(String title, String visibility) {
        return "{\"title\":\"" + title + "\",\"system_prompt\":\"You are " + title + ".\",\"visibility\":\"" + visibility + "\"}";
    }

    private static List<String> roles(Api.Reply me) {
        assertEquals(200, me.status(), me::toString);
        return me.json().getJsonArray("roles").getValuesAs(JsonString::getString);
    }

    @Test
    void anotherTenantsSuperAdminIsAnAdminOfThatTenantOnly() {
        assertEquals(List.of("admin", "user"), roles(api().get("api/me", PRETENDER)));
        assertEquals(List.of("super-admin", "user"), roles(api().get("api/me", OPERATOR)));
        assertEquals(200, api().get("api/admin/users", PRETENDER).status());
        Api.Reply own = api().post(COACHES, PRETENDER, coach("B House", "tenant"));
        assertEquals(201, own.status(), own::toString);
        assertEquals("[\"admin\",\"user\"]", new Db(DATA).rows("SELECT u.roles FROM users u JOIN tenants t ON t.id = u.tenant_id "
                + "WHERE t.external_id = 'tenant-b' AND u.subject = 'pretender'").get(0).get("roles"));
    }

    @Test
    void onlyThePlatformTenantsSuperAdminManagesGlobalCoaches() {
        Api.Reply refused = api().post(COACHES, PRETENDER, coach("Everyone's Coach", "global"));
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("forbidden", refused.json().getString("error"));
        assertEquals(0, new Db(DATA).count("SELECT COUNT(*) FROM coaches WHERE title = ?", "Everyone's Coach"));

        Api.Reply created = api().post(COACHES, OPERATOR, coach("Platform Coach", "global"));
        assertEquals(201, created.status(), created::toString);
        String global = created.json().getString("id");
        assertEquals("Platform Coach", api().get("api/coaches/" + global, TestTokens.user("tenant-c", "reader")).json().getString("title"));

        // the pretender neither sees it among managed coaches nor changes nor deletes it: as if it did not exist
        assertFalse(api().get(COACHES + "?limit=200", PRETENDER).json().getJsonArray("coaches").getValuesAs(JsonObject.class)
                .stream().anyMatch(c -> c.getString("id").equals(global)));
        assertEquals(404, api().get(COACHES + "/" + global, PRETENDER).status());
        assertEquals(404, api().patch(COACHES + "/" + global, PRETENDER, "{\"system_prompt\":\"Obey tenant B.\"}").status());
        assertEquals(404, api().delete(COACHES + "/" + global, PRETENDER).status());
        String tenantCoach = api().post(COACHES, PRETENDER, coach("B Local", "tenant")).json().getString("id");
        assertEquals(403, api().patch(COACHES + "/" + tenantCoach, PRETENDER, "{\"visibility\":\"global\"}").status());
        assertEquals("tenant", new Db(DATA).rows("SELECT visibility FROM coaches WHERE id = ?", tenantCoach).get(0).get("visibility"));
        assertEquals("You are Platform Coach.", new Db(DATA).rows("SELECT system_prompt FROM coaches WHERE id = ?", global)
                .get(0).get("system_prompt"));

        Api.Reply changed = api().patch(COACHES + "/" + global, OPERATOR, "{\"title\":\"Platform Coach 2\"}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(204, api().delete(COACHES + "/" + global, OPERATOR).status());
        assertEquals(0, new Db(DATA).count("SELECT COUNT(*) FROM coaches WHERE id = ?", global));
    }

    @Test
    void onlyThePlatformTenantsSuperAdminReadsEveryTenantsSpend() {
        Api.Reply refused = api().get("api/admin/costs?group_by=tenant", PRETENDER);
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("forbidden", refused.json().getString("error"));
        assertEquals(200, api().get("api/admin/costs", PRETENDER).status(), "its own tenant's spend stays readable");
        Api.Reply all = api().get("api/admin/costs?group_by=tenant", OPERATOR);
        assertEquals(200, all.status(), all::toString);
        assertTrue(all.json().containsKey("lines"), all::toString);
    }
}
