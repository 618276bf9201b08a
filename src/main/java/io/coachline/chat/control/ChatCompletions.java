package io.coachline.chat.control;

import java.io.InputStream;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.coachline.chat.entity.OpenAi;

/** One Chat Completions call: the request as JSON out, the parsed response back, or ModelUnavailable. */
@ApplicationScoped
public class ChatCompletions {

    @Inject
    @RestClient
    OpenAiClient client;

    @Inject
    OpenAiHeaders credentials;

    public boolean configured() {
        return credentials.hasApiKey();
    }

    /**
     * Guarded by a circuit breaker (after mostly failed calls, the model is left alone for a while and turns
     * answer offline at once). Time is bounded by the REST client's connect and read timeouts, not by an
     * MP @Timeout: on Payara that schedules a task per call whose context capture cost ~10 % of a chat turn.
     * Retries are ModelCalls', which honours Retry-After: MicroProfile's @Retry cannot.
     *
     * @param onText null for a request without {@code stream}; else it gets each piece of text of a streamed
     *               answer as it arrives (a server that answers a streamed request with plain JSON is read as such)
     */
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 30_000, successThreshold = 1)
    public OpenAi.Response complete(String requestJson, Consumer<String> onText) {
        Response response;
        try {
            response = client.complete(requestJson);
        } catch (WebApplicationException e) {
            // The client's default exception mapper turns every status >= 400 into this; the status and headers stay.
            response = e.getResponse();
        } catch (ProcessingException e) {
            throw new ModelUnavailable("the model did not answer in time or could not be reached", 0);
        }
        try (Response answered = response) {
            int status = answered.getStatus();
            if (status == 429 || status >= 500 || status == 408) {
                throw new ModelUnavailable("the model service answered " + status, RetryAfter.millis(
                        answered.getHeaderString("Retry-After")));
            }
            if (status != 200) {
                throw new ModelUnavailable("the model service refused the request (" + status + ")", -1);
            }
            OpenAi.Response parsed;
            if (onText != null && MediaType.SERVER_SENT_EVENTS_TYPE.isCompatible(answered.getMediaType())) {
                parsed = StreamedCompletion.read(answered.readEntity(InputStream.class), onText);
            } else {
                parsed = OpenAi.JSONB.fromJson(answered.readEntity(String.class), OpenAi.Response.class);
            }
            if (parsed == null || parsed.choices() == null || parsed.choices().isEmpty()
                    || parsed.choices().get(0).message() == null) {
                throw new ModelUnavailable("the model service answered without a message", -1);
            }
            return parsed;
        } catch (JsonbException | ProcessingException e) {
            throw new ModelUnavailable("the model service answered something that is not a chat completion", -1);
        }
    }
}
