package io.coachline.chat.entity;

import java.util.List;

/**
 * An answer as a provider made it: the text, the route and model, the tools it ran, and its model calls
 * (the ledger rows to be). {@code offline} marks a templated answer made without a model.
 */
public record ChatReply(String content, String route, String model, List<String> toolsCalled, boolean offline,
                        List<ModelCall> calls) {

    public long promptTokens() {
        return calls.stream().mapToLong(ModelCall::promptTokens).sum();
    }

    public long completionTokens() {
        return calls.stream().mapToLong(ModelCall::completionTokens).sum();
    }

    public double costUsd() {
        return calls.stream().mapToDouble(ModelCall::costUsd).sum();
    }
}
