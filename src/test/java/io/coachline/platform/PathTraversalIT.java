package io.coachline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.RawHttp;

/**
 * Nobody reads the WAR's internals through the web page's file serving, however the path is spelled:
 * sent byte for byte over a socket, so no client normalises or re-encodes it first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PathTraversalIT {

    private static final Path DATA = Deployments.freshDataDir("traversal");

    /** Answered by the application: each must be a JSON 404. */
    private static final List<String> NOT_FOUND = List.of(
            "/WEB-INF/web.xml",
            "/;/WEB-INF/web.xml",
            "/.;/WEB-INF/web.xml",
            "/;x=1/WEB-INF/web.xml",
            "/%3B/WEB-INF/web.xml",
            "/;/WEB-INF/classes/META-INF/microprofile-config.properties",
            "/;/WEB-INF/lib/sqlite-jdbc-3.54.1.0.jar",
            "/;/META-INF/MANIFEST.MF",
            "/META-INF/MANIFEST.MF",
            "/web-inf/web.xml",
            "/Web-Inf/web.xml",
            "/%57EB-INF/web.xml",
            "/%77eb-inf/web.xml",
            "/WEB-INF%2fweb.xml",
            "/WEB-INF%2Fweb.xml",
            "//WEB-INF/web.xml",
            "///WEB-INF/web.xml",
            "/js/%2e%2e/WEB-INF/web.xml",
            "/js/%2E%2E/WEB-INF/web.xml",
            "/js/..%2fWEB-INF/web.xml",
            "/js/..;/WEB-INF/web.xml",
            "/js;/../WEB-INF/web.xml",
            "/css/../WEB-INF/web.xml",
            "/webjars/chart.js/4.5.1/../../../WEB-INF/web.xml",
            "/webjars/chart.js/../../META-INF/MANIFEST.MF",
            "/%252e%252e/WEB-INF/web.xml",
            "/js/%252e%252e/WEB-INF/web.xml",
            "/%2557EB-INF/web.xml",
            "/WEB-INF./web.xml",
            "/web-inf;/web.xml",
            "/WEB-INF",
            "/META-INF/",
            "/WEB-INF/classes/io/coachline/platform/boundary/WebPageResource.class",
            "/webjars/chart.js/4.5.1/META-INF/MANIFEST.MF",
            "/js/.%2e/WEB-INF/web.xml",
            "/js/app.js/..%2f..%2fWEB-INF/web.xml",
            "/index.html/../WEB-INF/web.xml",
            "/js/",
            "/coachline.war");

    /**
     * Refused by the server's own URI check before any application code runs (dot segments above the root,
     * backslashes, NUL, overlong UTF-8): the server answers 400 itself. Never the file.
     */
    private static final List<String> REFUSED_BY_SERVER = List.of(
            "/%2e%2e/WEB-INF/web.xml",
            "/..",
            "/js\\..\\WEB-INF\\web.xml",
            "/js%5c..%5cWEB-INF%5cweb.xml",
            "/%c0%ae%c0%ae/WEB-INF/web.xml",
            "/js/..%00/WEB-INF/web.xml");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("ROOT.war", Deployments.config(DATA));
    }

    @Test
    void internalsAreNeverServedWhateverTheEncoding() {
        RawHttp http = new RawHttp(base);
        List<String> failures = new ArrayList<>();
        for (String target : NOT_FOUND) {
            RawHttp.Reply reply = http.get(target);
            boolean json404 = reply.status() == 404 && reply.header("content-type").startsWith("application/json")
                    && "not_found".equals(reply.json().getString("error"));
            if (!json404 || leaks(reply.body())) {
                failures.add(target + " -> " + reply);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(NOT_FOUND.size() >= 30);
    }

    @Test
    void malformedPathsAreRefusedWithoutTheFile() {
        RawHttp http = new RawHttp(base);
        for (String target : REFUSED_BY_SERVER) {
            RawHttp.Reply reply = http.get(target);
            assertEquals(400, reply.status(), target + " -> " + reply);
            assertFalse(leaks(reply.body()), target + " -> " + reply);
        }
    }

    @Test
    void thePageItsModulesAndChartJsAreStillServed() {
        RawHttp http = new RawHttp(base);
        RawHttp.Reply page = http.get("/");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("<title>Coachline</title>"), page::toString);
        assertEquals(200, http.get("/index.html").status());
        RawHttp.Reply module = http.get("/js/app.js");
        assertEquals(200, module.status(), module::toString);
        assertTrue(module.header("content-type").startsWith("text/javascript"), module::toString);
        RawHttp.Reply chart = http.get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js");
        assertEquals(200, chart.status(), () -> chart.status() + " " + chart.headers());
        assertTrue(chart.body().contains("Chart.js v4.5.1"));
        assertEquals(200, http.get("/css/app.css").status());
    }

    /** Text of any file the tests ask for: web.xml, a manifest, the configuration, a jar or class file. */
    private static boolean leaks(String body) {
        return body.contains("<web-app") || body.contains("Manifest-Version") || body.contains("openai/mp-rest")
                || body.startsWith("PK") || body.contains("\uFFFD\uFFFD\uFFFD") || body.contains("coachline.war");
    }
}
