package io.coachline.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import jakarta.json.Json;
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
import io.coachline.testsupport.Mcp;
import io.coachline.testsupport.TestTokens;

/**
 * list_coaches over MCP is served from a cache while the database is unchanged: after every kind of change, made by the
 * caller, by an admin or beside the server, it answers exactly what the uncached REST listing answers, and one
 * caller's cached listing never reaches another.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class McpListCacheIT {

    private static final Path DATA = Deployments.freshDataDir("mcp-list-cache");
    private static final String TENANT = "cache-club";
    private static final String ATHLETE = TestTokens.user(TENANT, "runner");
    private static final String ADMIN = TestTokens.admin(TENANT, "boss");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(Deployments.config(DATA));
    }

    private Api api() {
        return new Api(base);
    }

    /** The caller's listing over MCP, checked against the REST listing of the same moment. */
    private JsonObject listed(String token) {
        JsonObject result = new Mcp(api(), token).open().call("list_coaches", Json.createObjectBuilder().build())
                .getJsonObject("result");
        assertFalse(result.getBoolean("isError"), result::toString);
        JsonObject mcp = result.getJsonObject("structuredContent");
        Api.Reply rest = api().get("api/coaches", token);
        assertEquals(200, rest.status(), rest::toString);
        assertEquals(rest.json(), mcp, "MCP's listing is the current one");
        return mcp;
    }

    private static boolean has(JsonObject listing, Predicate<JsonObject> coach) {
        return listing.getJsonArray("coaches").getValuesAs(JsonObject.class).stream().anyMatch(coach);
    }

    private static Predicate<JsonObject> id(String id) {
        return c -> c.getString("id").equals(id);
    }

    private String created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }

    @Test
    void everyChangeIsSeenByTheNextListing() {
        listed(ATHLETE);
        listed(ADMIN);
        String own = created(api().post("api/coaches", ATHLETE, "{\"title\":\"Hill repeats\",\"system_prompt\":\"You plan hills.\"}"));
        assertTrue(has(listed(ATHLETE), id(own)), "created");

        assertEquals(200, api().post("api/coaches/" + own + "/favorite", ATHLETE).status());
        assertTrue(has(listed(ATHLETE), id(own).and(c -> c.getBoolean("is_favorite"))), "favorite");
        assertEquals(200, api().post("api/coaches/" + own + "/activate", ATHLETE).status());
        assertTrue(has(listed(ATHLETE), id(own).and(c -> c.getBoolean("is_active"))), "active");
        assertEquals(200, api().post("api/coaches/" + own + "/usage", ATHLETE).status());
        assertTrue(has(listed(ATHLETE), id(own).and(c -> c.getInt("usage_count") == 1)), "usage");
        assertEquals(200, api().patch("api/coaches/" + own, ATHLETE, "{\"title\":\"Hill sprints\"}").status());
        assertTrue(has(listed(ATHLETE), id(own).and(c -> c.getString("title").equals("Hill sprints"))), "updated");

        String system = created(api().post("api/admin/coaches", ADMIN,
                "{\"title\":\"Club tempo\",\"system_prompt\":\"You are the club's tempo coach.\",\"visibility\":\"private\"}"));
        assertFalse(has(listed(ATHLETE), id(system)), "private, not assigned");
        assertEquals(201, api().post("api/admin/coaches/" + system + "/assignments", ADMIN, "{\"user_id\":\"runner\"}").status());
        assertTrue(has(listed(ATHLETE), id(system)), "assigned");
        assertEquals(200, api().post("api/coaches/" + system + "/hide", ATHLETE).status());
        assertFalse(has(listed(ATHLETE), id(system)), "hidden");
        assertEquals(200, api().post("api/coaches/" + system + "/show", ATHLETE).status());
        assertEquals(200, api().patch("api/admin/coaches/" + system, ADMIN, "{\"title\":\"Club threshold\"}").status());
        assertTrue(has(listed(ATHLETE), id(system).and(c -> c.getString("title").equals("Club threshold"))), "admin update");
        assertEquals(204, api().delete("api/admin/coaches/" + system + "/assignments/runner", ADMIN).status());
        assertFalse(has(listed(ATHLETE), id(system)), "unassigned");

        // A change made beside the server (an operator's sqlite3 shell) is seen too.
        assertEquals(1, new Db(DATA).update("UPDATE coaches SET title = 'Renamed outside' WHERE id = ?", own));
        assertTrue(has(listed(ATHLETE), id(own).and(c -> c.getString("title").equals("Renamed outside"))), "outside change");

        assertEquals(204, api().delete("api/coaches/" + own, ATHLETE).status());
        assertFalse(has(listed(ATHLETE), id(own)), "deleted");
    }

    @Test
    void aCachedListingNeverReachesAnotherCaller() {
        String owner = TestTokens.user(TENANT, "owner");
        List<String> others = List.of(TestTokens.user(TENANT, "neighbour"), TestTokens.user("another-club", "owner"));
        // Everyone signs in first: a first sign-in writes, and any write would make the owner's cached listing stale.
        for (String token : others) {
            assertEquals(200, api().get("api/me", token).status());
        }
        String mine = created(api().post("api/coaches", owner, "{\"title\":\"Only mine\",\"system_prompt\":\"You are private.\"}"));
        for (int i = 0; i < 2; i++) {
            assertTrue(has(listed(owner), id(mine)), "the owner, listed twice (the second from the cache)");
        }
        for (String other : others) {
            assertFalse(has(listed(other), id(mine)), "the same listing arguments from another caller, nothing written since");
        }
    }
}
