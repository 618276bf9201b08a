package io.coachline.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The development issuer refuses an address others can reach unless the operator explicitly allows it. */
class DevIssuerTest {

    @Test
    void refusesWildcardAndNetworkAddresses() {
        for (String address : List.of("0.0.0.0", "::", "[::]", "192.168.1.20", "10.0.0.5", "coachline.example.com", "0")) {
            String reason = DevIssuer.refusal(address, false).orElseThrow(() -> new AssertionError("accepted " + address));
            assertTrue(reason.contains(address) && reason.contains(DevIssuer.ALLOW_NON_LOOPBACK_KEY), reason);
        }
    }

    @Test
    void acceptsLoopback() {
        for (String address : List.of("127.0.0.1", "127.0.1.1", "::1", "[::1]", "localhost", " 127.0.0.1 ")) {
            assertTrue(DevIssuer.refusal(address, false).isEmpty(), address);
        }
    }

    @Test
    void anExplicitSettingAllowsOtherAddresses() {
        assertTrue(DevIssuer.refusal("0.0.0.0", true).isEmpty());
    }

    @Test
    void anUnknownAddressKeepsTheEarlierBehaviour() {
        assertTrue(DevIssuer.refusal(null, false).isEmpty());
        assertTrue(DevIssuer.refusal(" ", false).isEmpty());
    }

    @Test
    void neverResolvesHostNames() {
        assertFalse(DevIssuer.isLoopback("localhost.evil.example"));
        assertFalse(DevIssuer.isLoopback("127.0.0.1.nip.io"));
    }
}
