package io.coachline.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.coachline.chat.entity.OpenAi;

/** Transcripts in the shape OpenAI's Chat Completions stream them (stream_options.include_usage on). */
class StreamedCompletionTest {

    private final List<String> pieces = new ArrayList<>();

    private OpenAi.Response read(String... lines) {
        String sse = String.join("\n", lines) + "\n";
        return StreamedCompletion.read(new ByteArrayInputStream(sse.getBytes(StandardCharsets.UTF_8)), pieces::add);
    }

    @Test
    void textArrivesPieceByPieceAndTheUsageComesLast() {
        OpenAi.Response response = read(
                "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4.1-mini\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null},\"finish_reason\":null}],\"usage\":null}",
                "",
                ": keep-alive",
                "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Your TSB \"},\"finish_reason\":null}]}",
                "",
                "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"is -4 — über fresh.\"},\"finish_reason\":null}]}",
                "",
                "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}",
                "",
                "data: {\"id\":\"c1\",\"choices\":[],\"usage\":{\"prompt_tokens\":812,\"completion_tokens\":17,\"total_tokens\":829}}",
                "",
                "data: [DONE]");
        assertEquals(List.of("Your TSB ", "is -4 — über fresh."), pieces);
        OpenAi.Message message = response.choices().get(0).message();
        assertEquals("Your TSB is -4 — über fresh.", message.content());
        assertNull(message.toolCalls());
        assertEquals("stop", response.choices().get(0).finishReason());
        assertEquals("gpt-4.1-mini", response.model());
        assertEquals(812, response.usage().promptTokens());
        assertEquals(17, response.usage().completionTokens());
    }

    @Test
    void toolCallsAreJoinedFromTheirFragmentsByIndex() {
        OpenAi.Response response = read(
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":0,\"id\":\"call_a\",\"type\":\"function\",\"function\":{\"name\":\"get_recent_runs\",\"arguments\":\"\"}}]},\"finish_reason\":null}]}",
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":1,\"id\":\"call_b\",\"type\":\"function\",\"function\":{\"name\":\"get_training_load\",\"arguments\":\"{}\"}}]},\"finish_reason\":null}]}",
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"da\"}}]},\"finish_reason\":null}]}",
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"ys\\\": 14}\"}}]},\"finish_reason\":null}]}",
                "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}",
                "data: [DONE]");
        assertEquals(List.of(), pieces, "a tool round has no text to show");
        OpenAi.Message message = response.choices().get(0).message();
        assertNull(message.content());
        assertEquals(2, message.toolCalls().size());
        assertEquals("call_a", message.toolCalls().get(0).id());
        assertEquals("get_recent_runs", message.toolCalls().get(0).function().name());
        assertEquals("{\"days\": 14}", message.toolCalls().get(0).function().arguments());
        assertEquals("get_training_load", message.toolCalls().get(1).function().name());
        assertNull(response.usage(), "no usage chunk: the caller counts locally");
    }

    @Test
    void aStreamThatBreaksOffOrIsNotAChatCompletionIsAnUnavailableModel() {
        assertThrows(ModelUnavailable.class, () -> read(
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Half an ans\"},\"finish_reason\":null}]}"));
        assertEquals(List.of("Half an ans"), pieces);
        assertThrows(ModelUnavailable.class, () -> read("data: <html>502 Bad Gateway</html>", "data: [DONE]"));
    }
}
