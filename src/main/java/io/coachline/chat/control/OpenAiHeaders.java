package io.coachline.chat.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * The credentials of every Chat Completions call, from configuration: the API key as a bearer token and, when set,
 * the organisation. A headers factory rather than header parameters, so no caller handles the key. (It was
 * also meant to spare the REST client two parameter conversions per call; side by side the chat turn was no
 * faster, within this machine's noise.)
 */
@ApplicationScoped
public class OpenAiHeaders implements ClientHeadersFactory {

    @Inject
    @ConfigProperty(name = "coachline.llm.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "coachline.llm.organization")
    Optional<String> organization;

    /** Whether a model is configured at all: without a key the offline provider answers. */
    public boolean hasApiKey() {
        return apiKey.filter(key -> !key.isBlank()).isPresent();
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
                                                 MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(clientOutgoingHeaders);
        headers.putSingle("Authorization", "Bearer " + apiKey.orElse(""));
        organization.filter(org -> !org.isBlank()).ifPresent(org -> headers.putSingle("OpenAI-Organization", org));
        return headers;
    }
}
