package io.coachline.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PagePolicyTest {

    private static String directive(String policy, String name) {
        for (String part : policy.split(";")) {
            if (part.trim().startsWith(name + " ")) {
                return part.trim();
            }
        }
        throw new AssertionError("no " + name + " in " + policy);
    }

    @Test
    void connectsOnlyToItselfAndTheIssuersOrigin() {
        String policy = PagePolicy.contentSecurityPolicy(Optional.of("https://login.example.com:8443/realms/acme"));
        assertEquals("connect-src 'self' https://login.example.com:8443", directive(policy, "connect-src"));
        assertEquals("frame-ancestors 'none'", directive(policy, "frame-ancestors"));
        assertEquals("script-src 'self'", directive(policy, "script-src"));
        assertEquals("default-src 'none'", directive(policy, "default-src"));
    }

    @Test
    void anIssuerThatIsNoUrlAddsNothing() {
        assertEquals("connect-src 'self'", directive(PagePolicy.contentSecurityPolicy(Optional.of("coachline-dev")), "connect-src"));
        assertEquals("connect-src 'self'", directive(PagePolicy.contentSecurityPolicy(Optional.of("javascript:alert(1)")), "connect-src"));
        assertEquals("connect-src 'self'", directive(PagePolicy.contentSecurityPolicy(Optional.empty()), "connect-src"));
    }

    @Test
    void anIssuerCannotInjectDirectives() {
        String policy = PagePolicy.contentSecurityPolicy(Optional.of("https://idp.example; script-src *"));
        assertTrue(!policy.contains("script-src *"), policy);
    }
}
