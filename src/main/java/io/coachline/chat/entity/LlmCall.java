package io.coachline.chat.entity;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.coachline.platform.entity.StringListConverter;

/**
 * One row of the cost ledger: a model call (or an offline answer) for one user message and round. The
 * (message, round) pair is unique, so a retried answer can never be billed twice.
 */
@Entity
@Table(name = "llm_calls")
public class LlmCall {

    @Id
    private String id;
    @Column(name = "tenant_id", nullable = false)
    private String tenantId;
    @Column(name = "user_id", nullable = false)
    private String userId;
    @Column(name = "conversation_id", nullable = false)
    private String conversationId;
    @Column(name = "message_id", nullable = false)
    private String messageId;
    private int round;
    private String route;
    private String model;
    @Column(name = "prompt_tokens")
    private long promptTokens;
    @Column(name = "prompt_tokens_local")
    private long promptTokensLocal;
    @Column(name = "completion_tokens")
    private long completionTokens;
    @Column(name = "cost_usd")
    private double costUsd;
    @Column(name = "latency_ms")
    private long latencyMs;
    @Column(name = "tools_called", nullable = false)
    @Convert(converter = StringListConverter.class)
    private List<String> toolsCalled;
    private String outcome;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LlmCall() {
    }

    /** A ledger row for one call of the answer to {@code messageId}. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public LlmCall(String id, String tenantId, String userId, String conversationId, String messageId, ModelCall call,
                   Instant now) {
        this.id = id;
        this.tenantId = tenantId;
        this.userId = userId;
        this.conversationId = conversationId;
        this.messageId = messageId;
        this.round = call.round();
        this.route = call.route();
        this.model = call.model();
        this.promptTokens = call.promptTokens();
        this.promptTokensLocal = call.promptTokensLocal();
        this.completionTokens = call.completionTokens();
        this.costUsd = call.costUsd();
        this.latencyMs = call.latencyMs();
        this.toolsCalled = List.copyOf(call.toolsCalled());
        this.outcome = call.outcome();
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public double costUsd() {
        return costUsd;
    }
}
