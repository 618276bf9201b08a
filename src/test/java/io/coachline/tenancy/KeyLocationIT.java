package io.coachline.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
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
 * The identity provider's key given as a plain absolute file path, as operators write it
 * ({@code -Dmp.jwt.verify.publickey.location=/etc/coachline/key.pem}): tokens it signed are accepted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyLocationIT {

    private static final Path DATA = Deployments.freshDataDir("key-location");
    private static final Path KEY = DATA.resolveSibling(DATA.getFileName() + "-keys").resolve("key.pem");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        try {
            Files.createDirectories(KEY.getParent());
            Files.writeString(KEY, TestTokens.publicKeyPem());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = Deployments.config(DATA);
        config.remove("mp.jwt.verify.publickey");
        config.put("mp.jwt.verify.publickey.location", KEY.toString());
        return Deployments.war(config);
    }

    @Test
    void aBarePathToThePublicKeyIsReadAsThatFile() {
        Api.Reply me = new Api(base).get("api/me", TestTokens.user("path-club", "pat"));
        assertEquals(200, me.status(), me::toString);
        assertEquals("pat", me.json().getString("user_id"));
        assertEquals(401, new Api(base).get("api/me", TestTokens.forged("path-club", "mallory")).status());
    }

    @Test
    void readinessNamesTheKeyFileItReads() {
        JsonObject check = tokenKeyCheck(new Api(base));
        assertEquals("UP", check.getString("status"), check::toString);
        assertEquals(KEY.toUri().toString(), check.getJsonObject("data").getString("mp.jwt.verify.publickey.location"));
    }

    /** The readiness check named "token-key". */
    static JsonObject tokenKeyCheck(Api api) {
        Api.Reply reply = api.get("/health/ready", null);
        return reply.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("token-key")).findFirst()
                .orElseThrow(() -> new AssertionError("no token-key check: " + reply));
    }
}
