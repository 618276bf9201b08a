package io.coachline.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void superAdminIsGrantedInThePlatformTenantOnly() {
        Set<String> groups = Set.of("user", "super-admin");
        assertEquals(groups, Caller.granted("ops", groups, "ops"));
        assertEquals(Set.of("user", "admin"), Caller.granted("club-b", groups, "ops"));
    }

    @Test
    void withoutAPlatformTenantNoTokenIsASuperAdmin() {
        assertEquals(Set.of("admin"), Caller.granted("ops", Set.of("super-admin"), null));
        assertEquals(Set.of("admin"), Caller.granted("", Set.of("super-admin"), " "));
    }

    @Test
    void otherRolesAreLeftAsTheTokenSays() {
        assertEquals(Set.of("user", "admin", "viewer"), Caller.granted("club", Set.of("user", "admin", "viewer"), "ops"));
    }
}
