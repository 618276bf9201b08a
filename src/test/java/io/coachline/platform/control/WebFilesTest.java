package io.coachline.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "js/app.js", "css/app.css", "webjars/chart.js/4.5.1/dist/chart.umd.min.js"})
    void servesThePagesOwnFiles(String path) {
        assertEquals(Optional.of(path), WebFiles.resolve(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"WEB-INF/web.xml", "/WEB-INF/web.xml", ";/WEB-INF/web.xml", "web-inf/web.xml",
            "META-INF/MANIFEST.MF", "js/../WEB-INF/web.xml", "js/./app.js", "js//app.js", "js\\..\\WEB-INF\\web.xml",
            "js/%2e%2e/WEB-INF/web.xml", "%2e%2e/WEB-INF/web.xml", "js/..;/WEB-INF/web.xml", ".;/WEB-INF/web.xml",
            "js/.hidden", "js/a..b", "js/", "js", "css", "webjars/", "webjars/other/x.js", "../coachline.war",
            "WEB-INF/classes/META-INF/microprofile-config.properties", "js/app.js\u0000.png", "js/app.js;x=1",
            "webjars/chart.js/../../WEB-INF/web.xml", "x/../index.html", "index.html/", "/index.html", "js/ app.js"})
    void refusesEverythingElse(String path) {
        assertTrue(WebFiles.resolve(path).isEmpty(), path);
    }

    @org.junit.jupiter.api.Test
    void theRootIsThePage() {
        assertEquals(Optional.of(WebFiles.INDEX), WebFiles.resolve(""));
    }
}
