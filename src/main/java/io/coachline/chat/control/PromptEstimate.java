package io.coachline.chat.control;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.coachline.chat.entity.OpenAi;
import io.coachline.coach.control.PromptTokens;

/**
 * A request's prompt tokens as counted here (o200k), stored in the ledger beside the provider's own count and used
 * in its place when a response has no usage. Counted per message plus a few tokens of framing each, as OpenAI's own
 * estimate does, so the parts that repeat on every call (system prompts, tool definitions) are tokenized once and
 * remembered: re-tokenizing ~5,000 tokens per round was a sixth of a chat turn's server time.
 */
final class PromptEstimate {

    /** Role, separators and the reply primer, per message. */
    private static final int PER_MESSAGE = 4;
    private static final int MAX_REMEMBERED = 512;
    private static final Map<String, Integer> REMEMBERED = new ConcurrentHashMap<>();

    private PromptEstimate() {
    }

    /** {@code toolsJson}: the tool definitions as sent, or null when none are offered. */
    static long tokens(List<OpenAi.Message> messages, String toolsJson) {
        long tokens = toolsJson == null ? 0 : remembered(toolsJson);
        for (OpenAi.Message message : messages) {
            tokens += PER_MESSAGE;
            if (message.content() != null) {
                // Only system prompts repeat verbatim from call to call; the rest is counted as it comes.
                tokens += "system".equals(message.role()) ? remembered(message.content())
                        : PromptTokens.count(message.content());
            }
            if (message.toolCalls() != null) {
                tokens += PromptTokens.count(OpenAi.JSONB.toJson(message.toolCalls()));
            }
        }
        return tokens;
    }

    private static int remembered(String text) {
        Integer known = REMEMBERED.get(text);
        if (known != null) {
            return known;
        }
        if (REMEMBERED.size() >= MAX_REMEMBERED) {
            REMEMBERED.clear(); // rare (coach prompts change seldom); a bounded map beats a growing one
        }
        int counted = PromptTokens.count(text);
        REMEMBERED.put(text, counted);
        return counted;
    }
}
