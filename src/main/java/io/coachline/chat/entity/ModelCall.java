package io.coachline.chat.entity;

import java.util.List;

/** What one model call cost: tokens from the response's usage (and counted locally), USD, time, tools run. */
public record ModelCall(int round, String route, String model, long promptTokens, long promptTokensLocal,
                        long completionTokens, double costUsd, long latencyMs, List<String> toolsCalled,
                        String outcome) {
}
