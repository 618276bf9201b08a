package io.coachline.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.coachline.chat.entity.ChatMessage;
import io.coachline.chat.entity.ChatReply;
import io.coachline.coach.control.PromptTokens;

/** The history sent with a question is bounded by tokens, not only by the number of messages. */
class HistoryFitTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static ChatMessage question(String text) {
        return ChatMessage.question(text, "conv", text, NOW);
    }

    private static ChatMessage answer(ChatMessage question, String text) {
        return ChatMessage.answer("a-" + question.id(), question,
                new ChatReply(text, "simple", "m", List.of(), false, List.of()), NOW);
    }

    @Test
    void theNewestMessagesThatFitAreKeptInOrder() {
        List<ChatMessage> latest = new ArrayList<>();
        ChatMessage q1 = question("What's my TSB?");
        latest.add(q1);
        latest.add(answer(q1, "word ".repeat(500)));
        ChatMessage q2 = question("And my CTL?");
        latest.add(q2);
        latest.add(answer(q2, "It is 52."));
        ChatMessage now = question("Should I rest?");
        latest.add(now);
        long lastThree = PromptTokens.count("And my CTL?") + PromptTokens.count("It is 52.")
                + PromptTokens.count("Should I rest?");
        assertEquals(latest.subList(2, 5), ChatService.fitting(latest, lastThree));
        assertEquals(latest.subList(2, 5), ChatService.fitting(latest, lastThree + 400));
        assertEquals(latest, ChatService.fitting(latest, 10_000));
    }

    @Test
    void theQuestionAlwaysGoesAndAHugeOldAnswerNeverDoes() {
        ChatMessage q1 = question("Tell me everything");
        ChatMessage now = question("Short?");
        List<ChatMessage> latest = List.of(q1, answer(q1, "x".repeat(5_000_000)), now);
        assertEquals(List.of(now), ChatService.fitting(latest, 6000));
        assertEquals(List.of(now), ChatService.fitting(List.of(now), 0));
        assertEquals(List.of(), ChatService.fitting(List.of(), 6000));
    }
}
