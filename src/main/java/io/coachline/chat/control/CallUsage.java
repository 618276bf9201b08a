package io.coachline.chat.control;

import io.coachline.chat.entity.OpenAi;
import io.coachline.coach.control.PromptTokens;

/**
 * What a model call is billed at, without trusting the provider further than it can be checked: a usage count is
 * believed only when it is non-negative and within the bounds below, else the local o200k count stands in. The
 * same bounds make a call's worst case, which the budget reserves before the call: so the billed cost never
 * exceeds what was reserved.
 */
final class CallUsage {

    /**
     * Providers count the prompt a little differently from the local estimate (message framing, tools rendered in
     * their own syntax, another tokenizer on a compatible server): up to twice the local count plus this is
     * believed, more is not.
     */
    static final long PROMPT_SLACK_TOKENS = 1_000;

    /** Characters of output counted locally at most per allowed output token (o200k averages ~4 per token). */
    private static final int CHARS_PER_TOKEN_BOUND = 16;

    private CallUsage() {
    }

    static long promptCeiling(long localPromptTokens) {
        return 2 * localPromptTokens + PROMPT_SLACK_TOKENS;
    }

    /** The most a call with this prompt can be billed: the prompt ceiling in, {@code maxOutputTokens} out. */
    static double worstCase(String model, long localPromptTokens, long maxOutputTokens) {
        return PriceTable.cost(model, promptCeiling(localPromptTokens), maxOutputTokens);
    }

    static long prompt(OpenAi.Usage usage, long localPromptTokens) {
        long reported = usage == null ? -1 : usage.promptTokens();
        return reported >= 0 && reported <= promptCeiling(localPromptTokens) ? reported : localPromptTokens;
    }

    /**
     * The provider's completion count when it is within 0..{@code maxOutputTokens} (the request's max_tokens);
     * else the output's own tokens counted here, at most {@code maxOutputTokens}.
     */
    static long completion(OpenAi.Usage usage, OpenAi.Message output, long maxOutputTokens) {
        long reported = usage == null ? -1 : usage.completionTokens();
        if (reported >= 0 && reported <= maxOutputTokens) {
            return reported;
        }
        StringBuilder text = new StringBuilder();
        if (output.content() != null) {
            text.append(output.content());
        }
        if (output.toolCalls() != null) {
            text.append(OpenAi.JSONB.toJson(output.toolCalls()));
        }
        // Counting megabytes would cost more than it tells: beyond this many characters the cap is reached anyway.
        long bound = maxOutputTokens * CHARS_PER_TOKEN_BOUND;
        String counted = text.length() > bound ? text.substring(0, (int) bound) : text.toString();
        return Math.min(PromptTokens.count(counted), maxOutputTokens);
    }
}
