package io.coachline.chat.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question to the coach. */
public record AskInput(
        @Schema(description = "Your message, 1-4,000 characters", required = true)
        @NotBlank @Size(max = 4000) String content) {

    // Explicit canonical constructor: Payara's OpenAPI scan fails on constrained non-JAX-RS parameters.
    public AskInput(String content) {
        this.content = content;
    }
}
