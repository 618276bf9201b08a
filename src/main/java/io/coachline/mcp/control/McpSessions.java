package io.coachline.mcp.control;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * MCP sessions: created at initialize, bound to the user who created them, ended by DELETE or after
 * {@code coachline.mcp.session-idle-seconds} without use. A session id of another user is treated as unknown.
 * <p>
 * Bounded, since every initialize costs memory: a user holds at most {@code coachline.mcp.sessions-per-user};
 * opening one more ends that user's least recently used session (clients rarely DELETE theirs, and MCP clients
 * answer the 404 of an ended session by initializing again). The server holds at most
 * {@code coachline.mcp.sessions-max}; when that many are live, initialize is refused ({@link Full}, HTTP 429)
 * rather than ending another user's session.
 */
@ApplicationScoped
public class McpSessions {

    @Inject
    @ConfigProperty(name = "coachline.mcp.sessions-per-user", defaultValue = "20")
    int perUser;

    @Inject
    @ConfigProperty(name = "coachline.mcp.sessions-max", defaultValue = "10000")
    int maxTotal;

    @Inject
    @ConfigProperty(name = "coachline.mcp.session-idle-seconds", defaultValue = "3600")
    long idleSeconds;

    Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    // Guarded by this: the ids of each owner's sessions, so the per-user bound costs O(per-user), not O(total).
    private final Map<String, Set<String>> byOwner = new HashMap<>();
    private Instant lastSweep = Instant.EPOCH;

    /** The server already holds as many live sessions as configured. */
    public static final class Full extends RuntimeException {
        Full(int max) {
            super("the server holds its maximum of " + max + " MCP sessions; try again later or end unused ones (DELETE)");
        }
    }

    /** One session: who owns it, the protocol version agreed at initialize and the log level the client set. */
    public static final class Session {
        private final String owner;
        private final String protocolVersion;
        private volatile Instant lastUsed;
        private volatile LogLevel logLevel;

        Session(String owner, String protocolVersion, Instant now) {
            this.owner = owner;
            this.protocolVersion = protocolVersion;
            this.lastUsed = now;
        }

        public String protocolVersion() {
            return protocolVersion;
        }

        /** The level set by logging/setLevel; null until then, and no log message is sent before. */
        public LogLevel logLevel() {
            return logLevel;
        }

        public void logLevel(LogLevel level) {
            this.logLevel = level;
        }
    }

    public synchronized String open(String owner, String protocolVersion) {
        Instant now = clock.instant();
        // Expired sessions of users who never come back are swept here, at most every idle period.
        if (sessions.size() >= maxTotal || lastSweep.plus(idle()).isBefore(now)) {
            sessions.entrySet().stream().filter(e -> expired(e.getValue(), now)).map(Map.Entry::getKey).toList()
                    .forEach(this::remove);
            lastSweep = now;
        }
        Set<String> own = byOwner.getOrDefault(owner, Set.of());
        while (own.size() >= Math.max(1, perUser)) {
            own.stream().min(Comparator.comparing((String id) -> sessions.get(id).lastUsed)).ifPresent(this::remove);
        }
        if (sessions.size() >= maxTotal) {
            throw new Full(maxTotal);
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        sessions.put(id, new Session(owner, protocolVersion, now));
        byOwner.computeIfAbsent(owner, o -> new HashSet<>()).add(id);
        return id;
    }

    /** The session if it exists, is not stale and belongs to {@code owner}; else null. */
    public Session find(String id, String owner) {
        Session session = id == null ? null : sessions.get(id);
        if (session == null || !session.owner.equals(owner)) {
            return null;
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            synchronized (this) {
                remove(id);
            }
            return null;
        }
        session.lastUsed = now;
        return session;
    }

    public boolean close(String id, String owner) {
        if (find(id, owner) == null) {
            return false;
        }
        synchronized (this) {
            return remove(id);
        }
    }

    /** Live sessions on the server (for tests and diagnostics). */
    public int size() {
        return sessions.size();
    }

    private boolean remove(String id) {
        Session session = sessions.remove(id);
        if (session == null) {
            return false;
        }
        Set<String> own = byOwner.get(session.owner);
        if (own != null && own.remove(id) && own.isEmpty()) {
            byOwner.remove(session.owner);
        }
        return true;
    }

    private boolean expired(Session session, Instant now) {
        return session.lastUsed.plus(idle()).isBefore(now);
    }

    private Duration idle() {
        return Duration.ofSeconds(Math.max(1, idleSeconds));
    }
}
