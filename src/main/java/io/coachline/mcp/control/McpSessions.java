package io.coachline.mcp.control;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * MCP sessions: created at initialize, bound to the user who created them, ended by DELETE or after a
 * day without use. A session id of another user is treated as unknown.
 */
@ApplicationScoped
public class McpSessions {

    private static final Duration IDLE_LIMIT = Duration.ofHours(24);
    private static final int MAX_SESSIONS = 100_000;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** One session: who owns it and the protocol version agreed at initialize. */
    public static final class Session {
        private final String owner;
        private final String protocolVersion;
        private volatile Instant lastUsed = Instant.now();

        Session(String owner, String protocolVersion) {
            this.owner = owner;
            this.protocolVersion = protocolVersion;
        }

        public String protocolVersion() {
            return protocolVersion;
        }
    }

    public String open(String owner, String protocolVersion) {
        if (sessions.size() >= MAX_SESSIONS) {
            evictIdle();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        sessions.put(id, new Session(owner, protocolVersion));
        return id;
    }

    /** The session if it exists, is not stale and belongs to {@code owner}; else null. */
    public Session find(String id, String owner) {
        Session session = id == null ? null : sessions.get(id);
        if (session == null || !session.owner.equals(owner)) {
            return null;
        }
        if (session.lastUsed.plus(IDLE_LIMIT).isBefore(Instant.now())) {
            sessions.remove(id);
            return null;
        }
        session.lastUsed = Instant.now();
        return session;
    }

    public boolean close(String id, String owner) {
        return find(id, owner) != null && sessions.remove(id) != null;
    }

    private void evictIdle() {
        Instant limit = Instant.now().minus(IDLE_LIMIT);
        sessions.values().removeIf(s -> s.lastUsed.isBefore(limit));
    }
}
