package io.coachline.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.coachline.chat.entity.OpenAi;
import io.coachline.coach.control.PromptTokens;

/** A provider's usage is believed only within what can be checked; else the local count stands in. */
class CallUsageTest {

    private static final OpenAi.Message SHORT = OpenAi.Message.assistant("Rest tomorrow, then an easy run.");

    @Test
    void plausibleCountsAreTheProvidersOwn() {
        OpenAi.Usage usage = new OpenAi.Usage(1400, 60, 1460);
        assertEquals(1400, CallUsage.prompt(usage, 900));
        assertEquals(60, CallUsage.completion(usage, SHORT, 1500));
        assertEquals(0, CallUsage.completion(new OpenAi.Usage(10, 0, 10), SHORT, 1500));
        assertEquals(2 * 900 + CallUsage.PROMPT_SLACK_TOKENS, CallUsage.prompt(
                new OpenAi.Usage(2 * 900 + CallUsage.PROMPT_SLACK_TOKENS, 1, 0), 900), "the ceiling itself is believed");
    }

    @Test
    void negativeCountsAreReplacedByTheLocalCount() {
        OpenAi.Usage negative = new OpenAi.Usage(-5_000_000_000L, -10_000, -1);
        assertEquals(900, CallUsage.prompt(negative, 900));
        assertEquals(PromptTokens.count(SHORT.content()), CallUsage.completion(negative, SHORT, 1500));
    }

    @Test
    void hugeCountsAreReplacedByTheLocalCountAndCompletionsNeverPassMaxTokens() {
        OpenAi.Usage huge = new OpenAi.Usage(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
        assertEquals(900, CallUsage.prompt(huge, 900));
        assertEquals(900, CallUsage.prompt(new OpenAi.Usage(2 * 900 + CallUsage.PROMPT_SLACK_TOKENS + 1, 1, 0), 900));
        assertEquals(PromptTokens.count(SHORT.content()), CallUsage.completion(huge, SHORT, 1500));
        assertEquals(PromptTokens.count(SHORT.content()), CallUsage.completion(new OpenAi.Usage(1, 1501, 0), SHORT, 1500));
        OpenAi.Message essay = OpenAi.Message.assistant("word ".repeat(1_000_000));
        long started = System.nanoTime();
        assertEquals(1500, CallUsage.completion(huge, essay, 1500), "at most max_tokens, however long the text");
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "a 5 MB answer is not tokenized whole");
    }

    @Test
    void noUsageIsCountedLocallyWithTheToolCalls() {
        OpenAi.Message call = new OpenAi.Message("assistant", null, List.of(new OpenAi.ToolCall("c1", "function",
                new OpenAi.FunctionCall("get_recent_runs", "{\"days\": 7}"))), null);
        assertEquals(900, CallUsage.prompt(null, 900));
        long counted = CallUsage.completion(null, call, 1500);
        assertEquals(PromptTokens.count(OpenAi.JSONB.toJson(call.toolCalls())), counted);
        assertTrue(counted > 5, "a tool call is output too: " + counted);
    }
}
