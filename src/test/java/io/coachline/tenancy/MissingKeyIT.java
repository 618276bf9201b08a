package io.coachline.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** A key location with no file behind it: every token is refused, and readiness says why instead of UP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MissingKeyIT {

    private static final Path DATA = Deployments.freshDataDir("missing-key");
    private static final Path KEY = DATA.resolveSibling(DATA.getFileName() + "-nowhere").resolve("key.pem");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = Deployments.config(DATA);
        config.remove("mp.jwt.verify.publickey");
        config.put("mp.jwt.verify.publickey.location", KEY.toString());
        return Deployments.war(config);
    }

    @Test
    void readinessIsDownNamingTheKeyAndItsLocation() {
        Api api = new Api(base);
        assertEquals(401, api.get("api/me", TestTokens.user("lost-club", "lou")).status());
        Api.Reply ready = api.get("/health/ready", null);
        assertEquals(503, ready.status(), ready::toString);
        JsonObject check = KeyLocationIT.tokenKeyCheck(api);
        assertEquals("DOWN", check.getString("status"), check::toString);
        assertEquals(KEY.toUri().toString(), check.getJsonObject("data").getString("mp.jwt.verify.publickey.location"));
        assertTrue(check.getJsonObject("data").getString("problem").contains(KEY.toString()), check::toString);
    }
}
