package io.coachline.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class KeyLocationConfigSourceTest {

    @Test
    void anAbsolutePathBecomesItsFileUrl() {
        assertEquals(Path.of("/etc/coachline/key.pem").toUri().toString(), KeyLocationConfigSource.asUrl("/etc/coachline/key.pem"));
        assertEquals("file:///etc/coachline/key.pem", KeyLocationConfigSource.asUrl("/etc/coachline/key.pem"));
    }

    @Test
    void urlsAndClassPathResourcesAreLeftAlone() {
        for (String location : new String[] {"file:///etc/key.pem", "https://idp.example/jwks.json", "key.pem",
                "META-INF/key.pem", "classpath:key.pem", "", null}) {
            assertEquals(location, KeyLocationConfigSource.asUrl(location));
        }
    }

    @Test
    void aLocationThatCannotBeReadIsNamedAsAProblem(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        ClassLoader classPath = getClass().getClassLoader();
        Path key = java.nio.file.Files.writeString(dir.resolve("key.pem"), "pem");
        assertNull(KeyLocationConfigSource.problem(key.toUri().toString(), classPath));
        assertTrue(KeyLocationConfigSource.problem(dir.resolve("missing.pem").toUri().toString(), classPath).contains("missing.pem"));
        assertTrue(KeyLocationConfigSource.problem(dir.toUri().toString(), classPath).contains("no readable file"));
        assertNull(KeyLocationConfigSource.problem("https://idp.example/jwks.json", classPath));
        assertNull(KeyLocationConfigSource.problem("io/coachline/tenancy/control/KeyLocationConfigSourceTest.class", classPath));
        assertTrue(KeyLocationConfigSource.problem("keys/key.pem", classPath).contains("class-path resource"));
    }
}
