package io.coachline.chat.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Chat Completions of OpenAI or any compatible server: base URL and timeouts from {@code openai/mp-rest/*}.
 * Answers the raw response, so the caller sees every status and Retry-After rather than a mapped exception,
 * and reads the body with a lenient mapping. The API key and organisation headers come from {@link OpenAiHeaders}.
 */
@RegisterRestClient(configKey = "openai")
@RegisterClientHeaders(OpenAiHeaders.class)
@Path("/v1/chat/completions")
public interface OpenAiClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.SERVER_SENT_EVENTS})
    Response complete(String request);
}
