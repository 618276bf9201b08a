package io.coachline.chat.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The chat API's answers. */
public final class ChatViews {

    private ChatViews() {
    }

    public record ConversationView(String id, String title, Instant createdAt, Instant updatedAt,
                                   List<MessageView> messages) {
        public static ConversationView of(Conversation c, List<MessageView> messages) {
            return new ConversationView(c.id(), c.title(), c.createdAt(), c.updatedAt(), messages);
        }
    }

    /** A stored message; an answer also carries the tokens and cost of the model calls that made it. */
    public record MessageView(String id, String role, String content, String route, String model,
                              List<String> toolsCalled, Boolean offline, Usage usage, Double costUsd,
                              Instant createdAt) {
        /** {@code spent}: the ledger's totals per question id. */
        public static MessageView of(ChatMessage m, Map<String, Spent> spent) {
            boolean answer = ChatMessage.ASSISTANT.equals(m.role());
            Spent made = answer ? spent.getOrDefault(m.replyTo(), Spent.NOTHING) : null;
            return new MessageView(m.id(), m.role(), m.content(), m.route(), m.model(),
                    answer ? m.toolsCalled() : null, answer ? m.offline() : null,
                    made == null ? null : made.usage(), made == null ? null : made.costUsd(), m.createdAt());
        }
    }

    /** What the model calls answering one question used and cost, summed over their rounds. */
    public record Spent(Usage usage, double costUsd) {
        public static final Spent NOTHING = new Spent(Usage.of(0, 0), 0);
    }

    public record Usage(long promptTokens, long completionTokens, long totalTokens) {
        public static Usage of(long promptTokens, long completionTokens) {
            return new Usage(promptTokens, completionTokens, promptTokens + completionTokens);
        }
    }

    /** One answered message: the answer and how it was made. */
    public record Answer(String conversationId, String questionId, String messageId, String content, String route,
                         String model, List<String> toolsCalled, Usage usage, double costUsd, boolean offline) {
        public static Answer of(ChatMessage question, ChatMessage answer, ChatReply reply) {
            return new Answer(question.conversationId(), question.id(), answer.id(), reply.content(), reply.route(),
                    reply.model(), reply.toolsCalled(),
                    Usage.of(reply.promptTokens(), reply.completionTokens()),
                    reply.costUsd(), reply.offline());
        }
    }
}
