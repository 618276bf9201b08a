package io.coachline.chat.entity;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;

/**
 * The Chat Completions wire format (the part the tool loop uses). Read leniently: providers add fields,
 * and an OpenAI-compatible server (Azure, Ollama, vLLM) may leave some out.
 */
public final class OpenAi {

    /** snake_case like the API, unknown fields ignored, nulls left out (an assistant turn with tool calls has no content). */
    public static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    private OpenAi() {
    }

    /**
     * {@code maxTokens}: the most the model may write (and be billed for) in this call. {@code stream}: null for one
     * JSON answer, true for server-sent chunks (then with usage at the end).
     */
    public record Request(String model, List<Message> messages, List<Tool> tools, long maxTokens, Boolean stream,
                          StreamOptions streamOptions) {
        public static Request of(String model, List<Message> messages, List<Tool> tools, long maxTokens, boolean stream) {
            return new Request(model, messages, tools, maxTokens, stream ? Boolean.TRUE : null,
                    stream ? new StreamOptions(true) : null);
        }
    }

    public record StreamOptions(boolean includeUsage) {
    }

    public record Message(String role, String content, List<ToolCall> toolCalls, String toolCallId) {
        public static Message system(String content) {
            return new Message("system", content, null, null);
        }

        public static Message user(String content) {
            return new Message("user", content, null, null);
        }

        public static Message assistant(String content) {
            return new Message("assistant", content, null, null);
        }

        public static Message tool(String toolCallId, String json) {
            return new Message("tool", json, null, toolCallId);
        }
    }

    public record ToolCall(String id, String type, FunctionCall function) {
    }

    /** {@code arguments} is a JSON object serialised as a string, as the model wrote it. */
    public record FunctionCall(String name, String arguments) {
    }

    public record Tool(String type, Function function) {
        public static Tool function(String name, String description, JsonObject parameters) {
            return new Tool("function", new Function(name, description, parameters));
        }
    }

    public record Function(String name, String description, JsonObject parameters) {
    }

    public record Response(String id, String model, List<Choice> choices, Usage usage) {
    }

    public record Choice(int index, Message message, String finishReason) {
    }

    public record Usage(long promptTokens, long completionTokens, long totalTokens) {
    }

    /** One server-sent piece of a streamed completion; the last one carries the usage and no choices. */
    public record Chunk(String id, String model, List<ChunkChoice> choices, Usage usage) {
    }

    public record ChunkChoice(int index, Delta delta, String finishReason) {
    }

    /** What a chunk adds: some text, or pieces of tool calls matched up by their index. */
    public record Delta(String role, String content, List<ToolCallDelta> toolCalls) {
    }

    public record ToolCallDelta(Integer index, String id, String type, FunctionCall function) {
    }
}
