package io.coachline.chat.boundary;

import java.util.logging.Logger;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import io.coachline.chat.control.ChatService;
import io.coachline.platform.control.JsonMapping;

/**
 * A turn's progress as server-sent events. A client that goes away mid-answer does not stop the turn: the model
 * is already being paid, so the turn runs to its end and its answer and ledger rows are stored as usual (the user
 * finds the answer in the conversation); events after the disconnect are dropped.
 */
final class EventStream implements ChatService.Progress {

    private static final Logger LOG = Logger.getLogger(EventStream.class.getName());

    private final SseEventSink sink;
    private final Sse sse;
    private volatile boolean started;
    private volatile boolean gone;

    EventStream(SseEventSink sink, Sse sse) {
        this.sink = sink;
        this.sse = sse;
    }

    @Override
    public void event(String name, Object data) {
        started = true;
        if (gone || sink.isClosed()) {
            gone();
            return;
        }
        try {
            sink.send(sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(JsonMapping.jsonb().toJson(data)).build())
                    .whenComplete((done, failed) -> {
                        if (failed != null) {
                            gone();
                        }
                    });
        } catch (RuntimeException e) {
            gone();
        }
    }

    boolean started() {
        return started;
    }

    void close() {
        try {
            sink.close();
        } catch (RuntimeException e) {
            gone();
        }
    }

    private void gone() {
        if (!gone) {
            gone = true;
            LOG.info("Chat client went away mid-answer; the turn goes on and its answer is stored");
        }
    }
}
