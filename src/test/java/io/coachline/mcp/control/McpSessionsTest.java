package io.coachline.mcp.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class McpSessionsTest {

    private Instant now = Instant.parse("2026-12-04T10:00:00Z");

    private McpSessions sessions(int perUser, int max, long idleSeconds) {
        McpSessions sessions = new McpSessions();
        sessions.perUser = perUser;
        sessions.maxTotal = max;
        sessions.idleSeconds = idleSeconds;
        sessions.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return sessions;
    }

    private void pass(long seconds) {
        now = now.plus(Duration.ofSeconds(seconds));
    }

    @Test
    void aUserOverTheLimitLosesTheLeastRecentlyUsedSession() {
        McpSessions sessions = sessions(3, 100, 3600);
        String first = sessions.open("t:u", "v");
        pass(1);
        String second = sessions.open("t:u", "v");
        pass(1);
        String third = sessions.open("t:u", "v");
        pass(1);
        assertNotNull(sessions.find(first, "t:u"), "used again: now the most recent");
        pass(1);
        String fourth = sessions.open("t:u", "v");
        assertNull(sessions.find(second, "t:u"), "the least recently used one is ended");
        assertNotNull(sessions.find(first, "t:u"));
        assertNotNull(sessions.find(third, "t:u"));
        assertNotNull(sessions.find(fourth, "t:u"));
        assertEquals(3, sessions.size());
        for (int i = 0; i < 1_000; i++) {
            sessions.open("t:u", "v");
        }
        assertEquals(3, sessions.size(), "one user's sessions stay bounded");
        sessions.open("t:other", "v");
        assertEquals(4, sessions.size(), "another user's session does not end this user's");
    }

    @Test
    void theServerRefusesNewSessionsWhenFullUntilSomeExpire() {
        McpSessions sessions = sessions(2, 4, 60);
        for (int i = 0; i < 4; i++) {
            sessions.open("t:user" + i, "v");
        }
        McpSessions.Full full = assertThrows(McpSessions.Full.class, () -> sessions.open("t:late", "v"));
        assertTrue(full.getMessage().contains("4"), full.getMessage());
        assertEquals(4, sessions.size());
        pass(61);
        assertNotNull(sessions.open("t:late", "v"), "expired sessions make room");
        assertEquals(1, sessions.size());
    }

    @Test
    void idleSessionsExpireAndUsedOnesStay() {
        McpSessions sessions = sessions(5, 100, 60);
        String idle = sessions.open("t:u", "v");
        String busy = sessions.open("t:u", "v");
        pass(40);
        assertNotNull(sessions.find(busy, "t:u"));
        pass(40);
        assertNull(sessions.find(idle, "t:u"), "80 s without use > 60 s idle limit");
        assertNotNull(sessions.find(busy, "t:u"), "used 40 s ago");
        assertNull(sessions.find(busy, "t:intruder"), "another user's id is unknown");
        assertTrue(sessions.close(busy, "t:u"));
        assertNull(sessions.find(busy, "t:u"));
        assertEquals(0, sessions.size());
    }

    @Test
    void expiredSessionsOfUsersWhoNeverReturnAreSweptOnLaterOpens() {
        McpSessions sessions = sessions(5, 1_000, 60);
        for (int i = 0; i < 50; i++) {
            sessions.open("t:gone" + i, "v");
        }
        pass(121);
        sessions.open("t:new", "v");
        assertEquals(1, sessions.size());
    }
}
