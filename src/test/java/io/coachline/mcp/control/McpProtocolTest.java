package io.coachline.mcp.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

class McpProtocolTest {

    @Test
    void aToolsJsonBecomesATextBlockThatParsesBackToTheSameText() {
        String nasty = "{\"title\":\"Tempo \\\"fast\\\" \\\\ runs\"}\n\t\u0000\u001f \u2028 Über 🏃 </script>";
        String literal = McpProtocol.quoted(nasty);
        JsonString parsed = (JsonString) Json.createReader(new StringReader("[" + literal + "]")).readArray().get(0);
        assertEquals(nasty, parsed.getString());
        assertEquals("\"\"", McpProtocol.quoted(""));
    }
}
