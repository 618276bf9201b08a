package io.coachline.chat.entity;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new conversation; without a title it takes the start of its first message. */
public record NewConversationInput(
        @Schema(description = "Optional title, up to 200 characters") @Size(max = 200) String title) {

    public NewConversationInput(String title) {
        this.title = title;
    }
}
