package io.coachline.chat.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import jakarta.json.bind.JsonbException;

import io.coachline.chat.entity.OpenAi;

/**
 * Reads a streamed Chat Completion (server-sent {@code data:} chunks, then {@code [DONE]}) into the same response a
 * non-streamed call returns, handing each piece of text on as it arrives. Tool calls come in fragments keyed by
 * their index (id and name first, the arguments in pieces) and are joined here; the usage comes in the last chunk.
 */
final class StreamedCompletion {

    private final StringBuilder content = new StringBuilder();
    private final Map<Integer, Call> calls = new TreeMap<>();
    private String id;
    private String model;
    private String finishReason;
    private OpenAi.Usage usage;
    private boolean contentSeen;

    private static final class Call {
        String id;
        String type;
        String name;
        final StringBuilder arguments = new StringBuilder();
    }

    private StreamedCompletion() {
    }

    /** Throws ModelUnavailable when the stream breaks off or is not a chat completion stream. */
    static OpenAi.Response read(InputStream body, Consumer<String> onText) {
        StreamedCompletion completion = new StreamedCompletion();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("data:")) {
                    continue; // blank separators, comments (": keep-alive"), event names
                }
                String data = line.substring(5).trim();
                if (data.equals("[DONE]")) {
                    return completion.response();
                }
                completion.add(OpenAi.JSONB.fromJson(data, OpenAi.Chunk.class), onText);
            }
        } catch (IOException e) {
            throw new ModelUnavailable("the model's answer broke off: " + e.getMessage(), -1);
        } catch (JsonbException e) {
            throw new ModelUnavailable("the model service streamed something that is not a chat completion", -1);
        }
        throw new ModelUnavailable("the model's answer broke off before it was complete", -1);
    }

    private void add(OpenAi.Chunk chunk, Consumer<String> onText) {
        if (chunk == null) {
            return;
        }
        id = chunk.id() != null ? chunk.id() : id;
        model = chunk.model() != null ? chunk.model() : model;
        usage = chunk.usage() != null ? chunk.usage() : usage;
        for (OpenAi.ChunkChoice choice : chunk.choices() == null ? List.<OpenAi.ChunkChoice>of() : chunk.choices()) {
            if (choice.index() != 0) {
                continue; // one answer asked for; n > 1 is never requested
            }
            finishReason = choice.finishReason() != null ? choice.finishReason() : finishReason;
            OpenAi.Delta delta = choice.delta();
            if (delta == null) {
                continue;
            }
            if (delta.content() != null) {
                contentSeen = true;
                if (!delta.content().isEmpty()) {
                    content.append(delta.content());
                    onText.accept(delta.content());
                }
            }
            for (OpenAi.ToolCallDelta piece : delta.toolCalls() == null ? List.<OpenAi.ToolCallDelta>of() : delta.toolCalls()) {
                Call call = calls.computeIfAbsent(piece.index() == null ? 0 : piece.index(), i -> new Call());
                call.id = piece.id() != null ? piece.id() : call.id;
                call.type = piece.type() != null ? piece.type() : call.type;
                if (piece.function() != null) {
                    call.name = piece.function().name() != null ? piece.function().name() : call.name;
                    if (piece.function().arguments() != null) {
                        call.arguments.append(piece.function().arguments());
                    }
                }
            }
        }
    }

    private OpenAi.Response response() {
        List<OpenAi.ToolCall> toolCalls = new ArrayList<>();
        calls.values().forEach(c -> toolCalls.add(new OpenAi.ToolCall(c.id, c.type == null ? "function" : c.type,
                new OpenAi.FunctionCall(c.name, c.arguments.toString()))));
        OpenAi.Message message = new OpenAi.Message("assistant", contentSeen ? content.toString() : null,
                toolCalls.isEmpty() ? null : toolCalls, null);
        return new OpenAi.Response(id, model, List.of(new OpenAi.Choice(0, message, finishReason)), usage);
    }
}
