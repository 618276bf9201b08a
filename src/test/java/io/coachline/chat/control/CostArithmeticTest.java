package io.coachline.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.coachline.chat.entity.ChatReply;
import io.coachline.chat.entity.ModelCall;

class CostArithmeticTest {

    @Test
    void costIsTokensTimesThePricePerMillion() {
        // gpt-4o-mini: 1,000 prompt + 200 completion tokens = 0.00015 + 0.00012
        assertEquals(0.00027, PriceTable.cost(0.15, 0.60, 1000, 200), 1e-15);
        assertEquals(0.0, PriceTable.cost(0.15, 0.60, 0, 0));
        assertEquals(2.0 + 8.0, PriceTable.cost(2.00, 8.00, 1_000_000, 1_000_000), 1e-12);
        assertEquals(0.40, PriceTable.DEFAULTS.get("gpt-4.1-mini")[0]);
        assertEquals(0.60, PriceTable.DEFAULTS.get("gpt-4o-mini")[1]);
    }

    @Test
    void aReplySumsItsCalls() {
        ChatReply reply = new ChatReply("x", "simple", "m", List.of("t"), false, List.of(
                new ModelCall(0, "simple", "m", 800, 790, 20, 0.0002, 5, List.of("t"), "ok"),
                new ModelCall(1, "simple", "m", 1400, 1390, 60, 0.0003, 7, List.of(), "ok")));
        assertEquals(2200, reply.promptTokens());
        assertEquals(80, reply.completionTokens());
        assertEquals(0.0005, reply.costUsd(), 1e-15);
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        assertEquals(0, RetryAfter.millis(null));
        assertEquals(0, RetryAfter.millis("soon"));
        assertEquals(2000, RetryAfter.millis("2"));
        assertEquals(1500, RetryAfter.millis(" 1.5 "));
        assertEquals(0, RetryAfter.millis("-3"));
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
        long millis = RetryAfter.millis(inTenSeconds);
        assertTrue(millis > 8000 && millis <= 10_000, "got " + millis);
    }
}
