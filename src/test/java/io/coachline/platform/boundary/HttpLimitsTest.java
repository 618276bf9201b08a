package io.coachline.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plain parts of the HTTP surface: counting a body against its limit, parsing the public origin. */
class HttpLimitsTest {

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        byte[] body = new byte[10_000];
        body[9_999] = 7;
        assertArrayEquals(body, BodyLimitFilter.readAtMost(new ByteArrayInputStream(body), 10_000));
        assertArrayEquals(new byte[0], BodyLimitFilter.readAtMost(new ByteArrayInputStream(new byte[0]), 10));
    }

    @Test
    void oneByteOverTheLimitStopsReading() throws IOException {
        CountingStream endless = new CountingStream();
        assertNull(BodyLimitFilter.readAtMost(endless, 65_536));
        assertEquals(65_537, endless.read, "reads exactly one byte past the limit, never the rest");
    }

    @Test
    void theConfiguredOriginIsUsedAsGiven() {
        PublicBaseUrl.Origin origin = PublicBaseUrl.Origin.parse("https://coach.example.org");
        assertEquals("https://coach.example.org", origin.toString());
        assertEquals(443, origin.port());
        assertEquals("coach.example.org:8443", PublicBaseUrl.Origin.parse("HTTPS://coach.example.org:8443/").hostHeader());
        assertEquals("http://[::1]:8080", PublicBaseUrl.Origin.parse("http://[::1]:8080").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"coach.example.org", "ftp://coach.example.org", "https://coach.example.org/app",
            "https://user@coach.example.org", "https://coach.example.org?x=1", "https:///nohost", "http://a b"})
    void aMisconfiguredOriginIsRefused(String value) {
        assertThrows(IllegalStateException.class, () -> PublicBaseUrl.Origin.parse(value));
    }

    /** An endless body that counts what was taken from it. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            return len;
        }
    }
}
