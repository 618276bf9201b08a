package io.coachline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
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
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.Migrations;

/** The server starts on a directory that does not exist yet and is ready only with every migration applied. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StartupIT {

    private static final Path DATA = Deployments.freshDataDir("startup");
    private static boolean existedBeforeDeployment;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        existedBeforeDeployment = Files.exists(DATA);
        return Deployments.war(DATA);
    }

    @Test
    void startsOnEmptyDirectoryWithEveryMigrationApplied() {
        assertFalse(existedBeforeDeployment, "the data directory must not exist before the start");
        assertTrue(Files.isRegularFile(DATA.resolve("coachline.db")));
        JsonObject database = Migrations.readyDatabaseCheck(new Api(base));
        List<String> shipped = Migrations.shipped();
        assertFalse(shipped.isEmpty());
        assertEquals(shipped.size(), Migrations.appliedAtStart(database));
        assertEquals(shipped, Migrations.applied(DATA));
    }

    @Test
    void openApiDocumentIsServed() {
        Api api = new Api(base);
        Api.Reply reply = api.send(api.request("/openapi", null).header("Accept", "application/json").GET().build());
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.json().getJsonObject("paths").containsKey("/api/me"), reply::toString);
    }

    @Test
    void webPageIsServedAndInternalsAreNot() {
        Api api = new Api(base);
        Api.Reply page = api.send(api.request("", null).header("Accept", "text/html").GET().build());
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<title>Coachline</title>") && page.body().contains("id=\"sign-in\""), page::body);
        for (String hidden : List.of("WEB-INF/web.xml", "META-INF/MANIFEST.MF", "x/../WEB-INF/web.xml", "WEB-INF/classes/META-INF/persistence.xml")) {
            Api.Reply reply = api.get(hidden, null);
            assertEquals(404, reply.status(), hidden + " -> " + reply);
            assertEquals("not_found", reply.json().getString("error"));
        }
    }
}
