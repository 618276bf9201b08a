package io.coachline.chat.control;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.coachline.chat.entity.OpenAi;

/**
 * A model call with retries: a 429, a 5xx or a timeout (the REST client's) is tried again after the server's Retry-After (capped)
 * or an exponential backoff; anything else fails at once. Nothing is recorded here, so a retry never bills twice.
 */
@ApplicationScoped
public class ModelCalls {

    @Inject
    ChatCompletions completions;

    @Inject
    @ConfigProperty(name = "coachline.llm.max-retries", defaultValue = "2")
    int maxRetries;

    @Inject
    @ConfigProperty(name = "coachline.llm.retry-backoff-ms", defaultValue = "500")
    long backoffMillis;

    @Inject
    @ConfigProperty(name = "coachline.llm.max-retry-after-ms", defaultValue = "10000")
    long maxRetryAfterMillis;

    /** {@code onText}: see {@link ChatCompletions#complete}; once text has been handed on, a failure is not retried. */
    public OpenAi.Response complete(String request, Consumer<String> onText) {
        boolean[] spoke = {false};
        Consumer<String> tracked = onText == null ? null : text -> {
            spoke[0] = true;
            onText.accept(text);
        };
        for (int attempt = 0; ; attempt++) {
            try {
                return completions.complete(request, tracked);
            } catch (CircuitBreakerOpenException e) {
                throw new ModelUnavailable("the model failed repeatedly and is being left alone for a while", -1);
            } catch (ModelUnavailable e) {
                if (spoke[0] || e.retryAfterMillis() < 0 || attempt >= maxRetries || e.retryAfterMillis() > maxRetryAfterMillis) {
                    throw e;
                }
                long wait = e.retryAfterMillis() > 0 ? e.retryAfterMillis() : backoffMillis << attempt;
                pause(wait);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelUnavailable("interrupted while waiting to retry", -1);
        }
    }
}
