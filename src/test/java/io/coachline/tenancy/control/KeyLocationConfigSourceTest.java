package io.coachline.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
