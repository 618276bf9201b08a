package io.coachline.chat.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.coachline.chat.entity.AskInput;
import io.coachline.chat.entity.ChatMessage;
import io.coachline.chat.entity.ChatReply;
import io.coachline.chat.entity.ChatViews.Answer;
import io.coachline.chat.entity.OpenAi;
import io.coachline.chat.entity.Route;
import io.coachline.coach.control.PromptTokens;
import io.coachline.coach.entity.CoachView;
import io.coachline.platform.control.Inputs;

/**
 * One chat turn: store the question, route it, let a provider answer, store the answer with its cost.
 * Runs outside a transaction on purpose: each step commits on its own, so the question survives whatever
 * fails later and no model call happens inside a database transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatService {

    private static final Logger LOG = Logger.getLogger(ChatService.class.getName());
    private static final IntentRouter ROUTER = new IntentRouter();
    private static final int MAX_CHARS_PER_TOKEN = 16;

    /**
     * Progress of a turn, for streaming: event name and payload. Events in order: question, route, then tool
     * (each tool as it runs) and delta (pieces of the answer text, which concatenated give the answer's content).
     */
    @FunctionalInterface
    public interface Progress {
        void event(String name, Object data);

        default void tool(String name) {
            event("tool", Map.of("name", name == null ? "?" : name));
        }

        default void delta(String text) {
            event("delta", Map.of("text", text));
        }

        Progress NONE = (name, data) -> { };
    }

    @Inject
    Conversations conversations;

    @Inject
    OfflineProvider offline;

    @Inject
    OpenAiProvider openAi;

    @Inject
    ChatCompletions completions;

    /** Earlier messages sent along with a question, by their o200k count, besides the message count limit. */
    @Inject
    @ConfigProperty(name = "coachline.chat.history-tokens", defaultValue = "6000")
    long historyTokens;

    public Answer ask(String conversationId, AskInput input, Progress progress) {
        Inputs.validate("message", input);
        boolean model = completions.configured();
        Route route = ROUTER.route(input.content());
        // Priced inside the question's transaction: the first call's worst case is reserved there, so a refused
        // question (429) stores nothing.
        List<OpenAi.Message> prompt = new ArrayList<>();
        long[] promptTokens = {0};
        Conversations.Asked asked = conversations.ask(conversationId, input.content(), !model ? null : (coach, latest) -> {
            prompt.addAll(prompt(coach, latest));
            promptTokens[0] = openAi.promptTokens(route, prompt);
            return openAi.worstCase(route, promptTokens[0]);
        });
        ChatMessage question = asked.question();
        progress.event("question", Map.of("id", question.id(), "conversation_id", question.conversationId()));
        TurnLedger ledger = new TurnLedger(asked.reservation());
        ChatReply reply;
        try {
            if (model) {
                progress.event("route", Map.of("route", route.type(), "model", openAi.model(route)));
                reply = openAi.answer(route, prompt, promptTokens[0], ledger, progress);
            } else {
                LOG.info(() -> "Coach query: type=" + route.type() + ", model=" + OfflineProvider.MODEL);
                progress.event("route", Map.of("route", route.type(), "model", OfflineProvider.MODEL));
                reply = offline.answer(route, null, 0, progress);
            }
            return Answer.of(question, conversations.answer(question, reply, asked.coach(), ledger.reservation()), reply);
        } catch (RuntimeException | Error e) {
            // Whatever broke the turn, the calls already made were paid for: they reach the ledger, the hold ends.
            settle(question, ledger);
            throw e;
        }
    }

    private void settle(ChatMessage question, TurnLedger ledger) {
        try {
            conversations.settle(question, ledger.calls(), ledger.reservation());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not record the model calls of a failed chat turn (question " + question.id()
                    + "); its reservation expires on its own", e);
        }
    }

    /** The system prompt with the active coach, then the latest messages that fit in {@code history-tokens}. */
    private List<OpenAi.Message> prompt(CoachView coach, List<ChatMessage> latest) {
        List<OpenAi.Message> history = new ArrayList<>();
        history.add(OpenAi.Message.system(ChatPrompt.system(ChatPrompt.BASE, coach, ChatPrompt.FOOTER)));
        for (ChatMessage m : fitting(latest, historyTokens)) {
            history.add(ChatMessage.USER.equals(m.role()) ? OpenAi.Message.user(m.content())
                    : OpenAi.Message.assistant(m.content()));
        }
        return history;
    }

    /**
     * The newest of {@code latest} (oldest first, the question last) whose o200k counts together stay within
     * {@code tokens}; the question always, whatever its size.
     */
    static List<ChatMessage> fitting(List<ChatMessage> latest, long tokens) {
        long room = tokens;
        int first = latest.size() - 1;
        for (int i = latest.size() - 1; i >= 0; i--) {
            String content = latest.get(i).content();
            boolean question = i == latest.size() - 1;
            // No text averages this many characters per token: a longer message cannot fit, so it is not counted.
            if (!question && content.length() > room * MAX_CHARS_PER_TOKEN) {
                break;
            }
            room -= PromptTokens.count(content);
            if (!question && room < 0) {
                break;
            }
            first = i;
        }
        return latest.subList(Math.max(first, 0), latest.size());
    }
}
