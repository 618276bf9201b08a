package io.coachline.chat.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
    /** Between the text a client already got from a model that then failed and the offline answer after it. */
    private static final String ANSWER_BREAK = "\n\n";

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

    /** Sent as max_tokens on every call: it bounds what a call can cost, and so what a turn reserves. */
    @Inject
    @ConfigProperty(name = "coachline.llm.max-output-tokens", defaultValue = "1500")
    long maxOutputTokens;

    /** The longest answer text stored, sent on, and sent back to the model as history. */
    @Inject
    @ConfigProperty(name = "coachline.chat.max-answer-chars", defaultValue = "20000")
    int maxAnswerChars;

    @Inject
    BudgetReservations reservations;

    public String model(Route route) {
        return route.simple() ? simpleModel : standardModel;
    }

    /** The local o200k count of the first call's prompt: {@code history} with the route's tools. */
    public long promptTokens(Route route, List<OpenAi.Message> history) {
        return PromptEstimate.tokens(history, toolsJson(route));
    }

    /** The most the first call of a turn can be billed, which the budget reserves before the question is stored. */
    public double worstCase(Route route, long promptTokens) {
        return CallUsage.worstCase(model(route), promptTokens, maxOutputTokens);
    }

    /**
     * Answers from the conversation so far ({@code history}: system prompt first, the question last;
     * {@code promptTokens}: its count from {@link #promptTokens}). Every paid call goes to {@code ledger} as soon as
     * it is answered; each call after the first first grows the turn's reservation to cover it.
     */
    public ChatReply answer(Route route, List<OpenAi.Message> history, long promptTokens, TurnLedger ledger,
                            ChatService.Progress progress) {
        // Stream only for a client that is listening: the answer's text then reaches it as the model writes it.
        Transcript transcript = progress == ChatService.Progress.NONE ? null : new Transcript(maxAnswerChars);
        List<String> called = new ArrayList<>();
        try {
            return loop(route, new ArrayList<>(history), promptTokens, ledger, called, transcript, progress);
        } catch (ModelUnavailable e) {
            // The calls that did succeed were billed by the provider and stay in the ledger; the offline row follows them.
            LOG.warning("Chat model unavailable, answering offline: " + e.getMessage());
            boolean spoken = transcript != null && !transcript.isEmpty();
            if (spoken) {
                progress.delta(ANSWER_BREAK); // what the client already has stays part of the stored answer
            }
            ChatReply fallback = offline.answer(route, "The coach model is unavailable right now (" + e.getMessage()
                    + "), so here are your numbers directly:", ledger.calls().size(), progress);
            List<ModelCall> all = new ArrayList<>(ledger.calls());
            all.addAll(fallback.calls());
            String content = spoken ? transcript.text() + ANSWER_BREAK + fallback.content() : fallback.content();
            return new ChatReply(content, fallback.route(), fallback.model(), fallback.toolsCalled(), true, all);
        }
    }

    private ChatReply loop(Route route, List<OpenAi.Message> messages, long firstPromptTokens, TurnLedger ledger,
                           List<String> called, Transcript transcript, ChatService.Progress progress) {
        String model = model(route);
        List<OpenAi.Tool> offered = offered(route);
        for (int round = 0; ; round++) {
            boolean last = round >= maxToolRounds;
            List<OpenAi.Tool> tools = last ? null : offered;
            long localTokens = round == 0 ? firstPromptTokens
                    : PromptEstimate.tokens(messages, tools == null ? null : toolsJson(route));
            if (round > 0 && !reservations.resize(ledger.reservation(),
                    ledger.paidUsd() + CallUsage.worstCase(model, localTokens, maxOutputTokens))) {
                throw new ModelUnavailable("your chat budget does not cover another model call", -1);
            }
            String request = OpenAi.JSONB.toJson(OpenAi.Request.of(model, messages, tools, maxOutputTokens,
                    transcript != null));
            LOG.info("Coach query: type=" + route.type() + ", model=" + model);
            long started = System.nanoTime();
            boolean[] streamed = {false};
            StringBuilder heard = new StringBuilder();
            OpenAi.Response response;
            try {
                response = modelCalls.complete(request, transcript == null ? null : text -> {
                    streamed[0] = true;
                    if (heard.length() < maxAnswerChars) {
                        heard.append(text);
                    }
                    say(transcript, text, progress);
                });
            } catch (ModelUnavailable e) {
                if (streamed[0]) {
                    // A stream that broke off after text arrived was paid for up to there: billed at local counts.
                    long completion = CallUsage.completion(null, OpenAi.Message.assistant(heard.toString()), maxOutputTokens);
                    ledger.paid(new ModelCall(round, route.type(), model, localTokens, localTokens, completion,
                            PriceTable.cost(model, localTokens, completion), (System.nanoTime() - started) / 1_000_000,
                            List.of(), "error"));
                }
                throw e;
            }
            long latency = (System.nanoTime() - started) / 1_000_000;
            OpenAi.Message message = response.choices().get(0).message();
            List<OpenAi.ToolCall> toolCalls = message.toolCalls() == null ? List.of() : message.toolCalls();
            List<String> roundTools = toolCalls.stream().map(c -> c.function() == null ? "?" : c.function().name()).toList();
            long prompt = CallUsage.prompt(response.usage(), localTokens);
            long completion = CallUsage.completion(response.usage(), message, maxOutputTokens);
            ledger.paid(new ModelCall(round, route.type(), model, prompt, localTokens, completion,
                    PriceTable.cost(model, prompt, completion), latency, roundTools, "ok"));
            if (toolCalls.isEmpty() || last) {
                String full = message.content() == null || message.content().isBlank()
                        ? "I could not put an answer together; please ask again." : message.content();
                String content;
                boolean cut;
                if (transcript == null) {
                    content = Transcript.cap(full, maxAnswerChars);
                    cut = content.length() < full.length();
                } else {
                    if (!streamed[0]) {
                        say(transcript, full, progress); // a server that ignored stream, or a reply without text
                    }
                    content = transcript.text();
                    cut = transcript.cut();
                }
                if (cut) {
                    LOG.warning("Chat answer cut at " + maxAnswerChars + " characters (coachline.chat.max-answer-chars)");
                }
                return new ChatReply(content, route.type(), model, List.copyOf(called), false, ledger.calls());
            }
            messages.add(new OpenAi.Message("assistant", Transcript.cap(message.content(), maxAnswerChars), toolCalls, null));
            for (OpenAi.ToolCall call : toolCalls) {
                progress.tool(call.function() == null ? null : call.function().name());
                ChatTools.Outcome outcome = run(call);
                called.add(outcome.tool());
                messages.add(OpenAi.Message.tool(call.id(), outcome.json()));
            }
        }
    }

    private static void say(Transcript transcript, String text, ChatService.Progress progress) {
        String fits = transcript.add(text);
        if (!fits.isEmpty()) {
            progress.delta(fits);
        }
    }

    private List<OpenAi.Tool> offered(Route route) {
        return tools.definitions(route.tools()).stream()
                .map(t -> OpenAi.Tool.function(t.name(), t.description(), t.inputSchema())).toList();
    }

    /** The offered tools as JSON, made once per tool set: they are the same on every call of a route. */
    private String toolsJson(Route route) {
        return toolsJson.computeIfAbsent(String.join(",", route.tools()), names -> OpenAi.JSONB.toJson(offered(route)));
    }

    private ChatTools.Outcome run(OpenAi.ToolCall call) {
        // The model's mistakes (not an object, too deep, a wrong type) come back to it as a tool error from
        // the catalogue, and the turn goes on.
        return call.function() == null ? tools.run(null, (String) null)
                : tools.run(call.function().name(), call.function().arguments());
    }
}
