package io.coachline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's one-command run (pom.xml, payara-micro-maven-plugin) is not reachable from the network: its HTTP
 * listener is bound to 127.0.0.1 by default, clustering is off, and it keeps the shared server settings.
 */
class OneCommandRunTest {

    private static final String LISTENER_ADDRESS =
            "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=";

    private static Document pom;
    private static Element plugin;

    @BeforeAll
    static void readPom() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element candidate = (Element) plugins.item(i);
            if ("payara-micro-maven-plugin".equals(child(candidate, "artifactId").getTextContent().trim())) {
                plugin = candidate;
            }
        }
        assertTrue(plugin != null, "pom.xml configures payara-micro-maven-plugin");
    }

    @Test
    void listensOnLoopbackByDefault() throws IOException {
        assertEquals("127.0.0.1", property("coachline.bind-address"));
        Map<String, String> java = options("javaCommandLineOptions");
        assertEquals("${coachline.bind-address}", java.get("-Dcoachline.bind-address"),
                "the development issuer checks the same address the listener is bound to");
        assertEquals("${coachline.dev-issuer.allow-non-loopback}", java.get("-Dcoachline.dev-issuer.allow-non-loopback"));
        assertEquals("false", property("coachline.dev-issuer.allow-non-loopback"));
        assertTrue(commands(runCommandFile()).contains(LISTENER_ADDRESS + "${coachline.bind-address}"),
                "the run's pre-boot commands bind the HTTP listener to coachline.bind-address");
    }

    @Test
    void clusteringIsOff() {
        assertTrue(options("commandLineOptions").containsKey("--nocluster"));
    }

    @Test
    void keepsEverySharedServerSetting() throws IOException {
        List<String> run = commands(runCommandFile());
        for (String shared : commands(Path.of("src/main/payara/pre-boot-commands.asadmin"))) {
            assertTrue(run.contains(shared), "run-commands.asadmin lacks: " + shared);
        }
    }

    private static Path runCommandFile() {
        String file = options("commandLineOptions").get("--prebootcommandfile");
        return Path.of(file.replace("${project.basedir}/", ""));
    }

    private static List<String> commands(Path file) throws IOException {
        List<String> commands = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.trim().startsWith("#")) {
                commands.add(line.trim());
            }
        }
        return commands;
    }

    private static String property(String name) {
        return child(child(pom.getDocumentElement(), "properties"), name).getTextContent().trim();
    }

    private static Map<String, String> options(String list) {
        Map<String, String> options = new LinkedHashMap<>();
        NodeList items = child(child(plugin, "configuration"), list).getElementsByTagName("option");
        for (int i = 0; i < items.getLength(); i++) {
            Element option = (Element) items.item(i);
            Element value = child(option, "value");
            options.put(child(option, "key").getTextContent().trim(), value == null ? "" : value.getTextContent().trim());
        }
        return options;
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }
}
