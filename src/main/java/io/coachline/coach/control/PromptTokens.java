package io.coachline.coach.control;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

import io.coachline.coach.entity.CoachLimits;
import io.coachline.platform.control.ApiException;

/**
 * Counts system-prompt tokens with o200k_base, named explicitly because jtokkit's model lookup is wrong
 * for current models. The encoding is built once: building it takes about a second.
 */
public final class PromptTokens {

    private static final Encoding O200K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    private PromptTokens() {
    }

    /** Special-token text such as {@code <|endoftext|>} counts as ordinary text: a prompt may quote it. */
    public static int count(String text) {
        return O200K.countTokensOrdinary(text);
    }

    /** The prompt's token count, or a 400 naming system_prompt when it exceeds the coach kind's limit. */
    public static int checked(String systemPrompt, boolean systemCoach) {
        int limit = systemCoach ? CoachLimits.SYSTEM_PROMPT_TOKENS : CoachLimits.USER_PROMPT_TOKENS;
        int tokens = count(systemPrompt);
        if (tokens > limit) {
            throw ApiException.badRequest("system_prompt", "system_prompt: has " + tokens + " tokens; "
                    + (systemCoach ? "a system" : "your") + " coach's prompt may have at most " + limit
                    + " tokens (o200k_base)");
        }
        return tokens;
    }
}
