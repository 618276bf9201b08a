package io.coachline.mcp.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The syslog levels of MCP logging, least severe first. */
public enum LogLevel {
    DEBUG, INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY;

    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a message at this level goes to a client that asked for {@code threshold} and above. */
    public boolean reaches(LogLevel threshold) {
        return threshold != null && compareTo(threshold) >= 0;
    }

    /** The level named exactly (lower case, as MCP writes it); anything else is -32602. */
    public static LogLevel parse(String text) {
        return Arrays.stream(values()).filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new JsonRpc.Failure(JsonRpc.INVALID_PARAMS, "invalid params.level: " + text
                        + "; one of " + Arrays.stream(values()).map(LogLevel::text).collect(Collectors.joining(", "))));
    }
}
