package io.coachline.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

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
 * The identity provider rotates its keys while the server remembers the tokens it verified (a JWKS file at
 * {@code mp.jwt.verify.publickey.location}): a token signed by a new key is accepted without a restart, and a
 * remembered token of a retired key is refused once the keys are read again (coachline.token.key-refresh-seconds).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyRotationIT {

    private static final Path DATA = Deployments.freshDataDir("key-rotation");
    private static final Path JWKS = DATA.resolveSibling(DATA.getFileName() + "-keys").resolve("jwks.json");
    private static final int REFRESH_SECONDS = 12;
    // TrustedKeys.MIN_REFRESH (10 s) for a new key id; the refresh interval for a retired key; plus a slow machine.
    private static final Duration SLACK = Duration.ofSeconds(15);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        write(TestTokens.jwks(true, false));
        Map<String, String> config = Deployments.config(DATA);
        config.remove("mp.jwt.verify.publickey");
        config.put("mp.jwt.verify.publickey.location", JWKS.toString());
        config.put("coachline.token.key-refresh-seconds", String.valueOf(REFRESH_SECONDS));
        return Deployments.war(config);
    }

    private static void write(String jwks) {
        try {
            Files.createDirectories(JWKS.getParent());
            Path next = JWKS.resolveSibling("jwks.json.next");
            Files.writeString(next, jwks);
            Files.move(next, JWKS, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks until the status is {@code expected} or {@code limit} has passed; the time it took. */
    private static Duration until(int expected, Supplier<Api.Reply> ask, Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        Api.Reply reply = ask.get();
        while (reply.status() != expected && System.nanoTime() - start < limit.toNanos()) {
            Thread.sleep(500);
            reply = ask.get();
        }
        Api.Reply last = reply;
        assertEquals(expected, last.status(), last::toString);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void aNewKeyIsTrustedWithoutARestartAndARetiredOneStopsWithinTheRefreshInterval() throws InterruptedException {
        Api api = new Api(base);
        String old = TestTokens.user("rotating-club", "rita");
        assertEquals(200, api.get("api/me", old).status());
        assertEquals(401, api.get("api/me", TestTokens.userByNextKey("rotating-club", "nick")).status());

        write(TestTokens.jwks(true, true));
        until(200, () -> api.get("api/me", TestTokens.userByNextKey("rotating-club", "nick")), SLACK);
        assertEquals(200, api.get("api/me", old).status(), "the current key stays trusted during the rotation");

        write(TestTokens.jwks(false, true));
        Duration took = until(401, () -> api.get("api/me", old), Duration.ofSeconds(REFRESH_SECONDS).plus(SLACK));
        Api.Reply refused = api.get("api/me", old);
        assertTrue(refused.header("WWW-Authenticate").contains("invalid_token"), refused::toString);
        assertTrue(took.compareTo(Duration.ofSeconds(REFRESH_SECONDS).plus(SLACK)) <= 0, took::toString);
        assertEquals(200, api.get("api/me", TestTokens.userByNextKey("rotating-club", "nick")).status());
    }
}
