package io.coachline.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

class PreparedJsonTest {

    public record Sample(String title, boolean isFavorite) {
    }

    @Test
    void aToolsJsonBecomesATextBlockThatParsesBackToTheSameText() {
        String nasty = "{\"title\":\"Tempo \\\"fast\\\" \\\\ runs\"}\n\t\u0000\u001f \u2028 Über 🏃 </script>";
        String literal = PreparedJson.quote(nasty);
        JsonString parsed = (JsonString) Json.createReader(new StringReader("[" + literal + "]")).readArray().get(0);
        assertEquals(nasty, parsed.getString());
        assertEquals("\"\"", PreparedJson.quote(""));
    }

    @Test
    void aValueIsWrittenOnceAndItsLiteralParsesBackToTheJson() {
        PreparedJson<Sample> prepared = PreparedJson.of(new Sample("Über \"5K\"", true));
        assertEquals("{\"is_favorite\":true,\"title\":\"Über \\\"5K\\\"\"}", prepared.json());
        JsonString parsed = (JsonString) Json.createReader(new StringReader("[" + prepared.quoted() + "]")).readArray().get(0);
        assertEquals(prepared.json(), parsed.getString());
        assertSame(prepared.quoted(), prepared.quoted(), "the literal is made once");
    }
}
