package io.coachline.chat.control;

import java.util.ArrayList;
import java.util.List;

import io.coachline.chat.entity.ModelCall;

/**
 * One turn's money: the budget reservation that holds its next model call's worst case, and the calls it has paid
 * for so far. Kept by the turn rather than the provider, so the calls reach the ledger however the turn ends.
 */
public final class TurnLedger {

    private final String reservation;
    private final List<ModelCall> calls = new ArrayList<>();

    public TurnLedger(String reservation) {
        this.reservation = reservation;
    }

    /** The reservation's id; null for an offline turn, which reserves nothing. */
    public String reservation() {
        return reservation;
    }

    public synchronized void paid(ModelCall call) {
        calls.add(call);
    }

    public synchronized List<ModelCall> calls() {
        return List.copyOf(calls);
    }

    public synchronized double paidUsd() {
        return calls.stream().mapToDouble(ModelCall::costUsd).sum();
    }
}
