package io.coachline.chat.entity;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import io.coachline.platform.entity.StringListConverter;

/** One message of a conversation: the user's question, or the answer with how it was made. */
@Entity
@Table(name = "chat_messages")
@NamedQuery(name = ChatMessage.OF_CONVERSATION,
        query = "SELECT m FROM ChatMessage m WHERE m.conversationId = :conversationId ORDER BY m.createdAt, m.role DESC")
@NamedQuery(name = ChatMessage.LATEST_FIRST,
        query = "SELECT m FROM ChatMessage m WHERE m.conversationId = :conversationId ORDER BY m.createdAt DESC, m.role")
public class ChatMessage {

    public static final String OF_CONVERSATION = "ChatMessage.ofConversation";
    /** Conversation order reversed, so a page of it is the latest messages. */
    public static final String LATEST_FIRST = "ChatMessage.latestFirst";
    public static final String USER = "user";
    public static final String ASSISTANT = "assistant";

    @Id
    private String id;
    @Column(name = "conversation_id", nullable = false)
    private String conversationId;
    @Column(nullable = false)
    private String role;
    @Column(nullable = false)
    private String content;
    private String route;
    private String model;
    @Column(name = "tools_called", nullable = false)
    @Convert(converter = StringListConverter.class)
    private List<String> toolsCalled;
    private boolean offline;
    @Column(name = "reply_to")
    private String replyTo;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChatMessage() {
    }

    public static ChatMessage question(String id, String conversationId, String content, Instant now) {
        ChatMessage m = new ChatMessage();
        m.id = id;
        m.conversationId = conversationId;
        m.role = USER;
        m.content = content;
        m.toolsCalled = List.of();
        m.createdAt = now;
        return m;
    }

    public static ChatMessage answer(String id, ChatMessage question, ChatReply reply, Instant now) {
        ChatMessage m = new ChatMessage();
        m.id = id;
        m.conversationId = question.conversationId;
        m.role = ASSISTANT;
        m.content = reply.content();
        m.route = reply.route();
        m.model = reply.model();
        m.toolsCalled = List.copyOf(reply.toolsCalled());
        m.offline = reply.offline();
        m.replyTo = question.id;
        // Strictly after the question, so order by time is conversation order even within one microsecond.
        m.createdAt = now.isAfter(question.createdAt) ? now : question.createdAt.plusNanos(1000);
        return m;
    }

    public String id() {
        return id;
    }

    public String conversationId() {
        return conversationId;
    }

    public String role() {
        return role;
    }

    public String content() {
        return content;
    }

    public String route() {
        return route;
    }

    public String model() {
        return model;
    }

    public List<String> toolsCalled() {
        return toolsCalled;
    }

    public boolean offline() {
        return offline;
    }

    public String replyTo() {
        return replyTo;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
