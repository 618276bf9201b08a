package io.coachline.chat.control;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.coachline.chat.entity.ChatReply;
import io.coachline.chat.entity.ModelCall;
import io.coachline.chat.entity.OpenAi;
import io.coachline.chat.entity.Route;

/**
 * The tool loop over Chat Completions: the model gets the route's analytics tools, the server runs the
 * ones it calls (always as the caller) and sends their JSON back, for at most {@code max-tool-rounds}
 * rounds; the last round offers no tools, so the model has to answer.
 */
@ApplicationScoped
public class OpenAiProvider {

    private static final Logger LOG = Logger.getLogger(OpenAiProvider.class.getName());

    private final Map<String, String> toolsJson = new ConcurrentHashMap<>();

    @Inject
    ChatTools tools;

    @Inject
    ModelCalls modelCalls;

    @Inject
    OfflineProvider offline;

    @Inject
    @ConfigProperty(name = "coachline.llm.model.simple", defaultValue = "gpt-4.1-mini")
    String simpleModel;

    @Inject
    @ConfigProperty(name = "coachline.llm.model.standard", defaultValue = "gpt-4.1")
    String standardModel;

    @Inject
    @ConfigProperty(name = "coachline.llm.max-tool-rounds", defaultValue = "4")
    int maxToolRounds;

    public String model(Route route) {
        return route.simple() ? simpleModel : standardModel;
    }

    /** Answers from the conversation so far ({@code history}: system prompt first, the question last). */
    public ChatReply answer(Route route, List<OpenAi.Message> history, ChatService.Progress progress) {
        String model = model(route);
        List<OpenAi.Tool> offered = tools.definitions(route.tools()).stream()
                .map(t -> OpenAi.Tool.function(t.name(), t.description(), t.inputSchema())).toList();
        List<OpenAi.Message> messages = new ArrayList<>(history);
        List<ModelCall> calls = new ArrayList<>();
        List<String> called = new ArrayList<>();
        try {
            return loop(route, model, offered, messages, calls, called, progress);
        } catch (ModelUnavailable e) {
            // The calls that did succeed were billed by the provider and stay in the ledger; the offline row follows them.
            LOG.warning("Chat model unavailable, answering offline: " + e.getMessage());
            ChatReply fallback = offline.answer(route, "The coach model is unavailable right now (" + e.getMessage()
                    + "), so here are your numbers directly:", calls.size(), progress);
            List<ModelCall> all = new ArrayList<>(calls);
            all.addAll(fallback.calls());
            return new ChatReply(fallback.content(), fallback.route(), fallback.model(), fallback.toolsCalled(), true, all);
        }
    }

    private ChatReply loop(Route route, String model, List<OpenAi.Tool> offered, List<OpenAi.Message> messages,
                           List<ModelCall> calls, List<String> called, ChatService.Progress progress) {
        // Stream only for a client that is listening: the answer's text then reaches it as the model writes it.
        boolean stream = progress != ChatService.Progress.NONE;
        for (int round = 0; ; round++) {
            boolean last = round >= maxToolRounds;
            List<OpenAi.Tool> tools = last ? null : offered;
            String request = OpenAi.JSONB.toJson(OpenAi.Request.of(model, messages, tools, stream));
            long localTokens = PromptEstimate.tokens(messages, tools == null ? null : toolsJson(route, offered));
            LOG.info("Coach query: type=" + route.type() + ", model=" + model);
            long started = System.nanoTime();
            boolean[] streamed = {false};
            OpenAi.Response response = modelCalls.complete(request, stream ? text -> {
                streamed[0] = true;
                progress.delta(text);
            } : null);
            long latency = (System.nanoTime() - started) / 1_000_000;
            OpenAi.Message message = response.choices().get(0).message();
            List<OpenAi.ToolCall> toolCalls = message.toolCalls() == null ? List.of() : message.toolCalls();
            List<String> roundTools = toolCalls.stream().map(c -> c.function() == null ? "?" : c.function().name()).toList();
            long prompt = response.usage() == null ? localTokens : response.usage().promptTokens();
            long completion = response.usage() == null ? 0 : response.usage().completionTokens();
            calls.add(new ModelCall(round, route.type(), model, prompt, localTokens, completion,
                    PriceTable.cost(model, prompt, completion), latency, roundTools, "ok"));
            if (toolCalls.isEmpty() || last) {
                String content = message.content() == null || message.content().isBlank()
                        ? "I could not put an answer together; please ask again." : message.content();
                if (!streamed[0]) {
                    progress.delta(content); // a server that ignored stream, or a reply without text
                }
                return new ChatReply(content, route.type(), model, List.copyOf(called), false, calls);
            }
            messages.add(new OpenAi.Message("assistant", message.content(), toolCalls, null));
            for (OpenAi.ToolCall call : toolCalls) {
                progress.tool(call.function() == null ? null : call.function().name());
                ChatTools.Outcome outcome = run(call);
                called.add(outcome.tool());
                messages.add(OpenAi.Message.tool(call.id(), outcome.json()));
            }
        }
    }

    /** The offered tools as JSON, made once per tool set: they are the same on every call of a route. */
    private String toolsJson(Route route, List<OpenAi.Tool> offered) {
        return toolsJson.computeIfAbsent(String.join(",", route.tools()), names -> OpenAi.JSONB.toJson(offered));
    }

    private ChatTools.Outcome run(OpenAi.ToolCall call) {
        String name = call.function() == null ? null : call.function().name();
        String arguments = call.function() == null || call.function().arguments() == null
                || call.function().arguments().isBlank() ? "{}" : call.function().arguments();
        JsonObject parsed;
        try (var reader = Json.createReader(new StringReader(arguments))) {
            parsed = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return new ChatTools.Outcome(name, null, Json.createObjectBuilder().add("error", "invalid_arguments")
                    .add("message", "arguments must be a JSON object").build());
        }
        return tools.run(name, parsed);
    }
}
