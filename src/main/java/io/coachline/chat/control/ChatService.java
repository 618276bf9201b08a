package io.coachline.chat.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import io.coachline.chat.entity.AskInput;
import io.coachline.chat.entity.ChatMessage;
import io.coachline.chat.entity.ChatReply;
import io.coachline.chat.entity.ChatViews.Answer;
import io.coachline.chat.entity.OpenAi;
import io.coachline.chat.entity.Route;
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

    public Answer ask(String conversationId, AskInput input, Progress progress) {
        Inputs.validate("message", input);
        boolean model = completions.configured();
        Conversations.Asked asked = conversations.ask(conversationId, input.content(), model);
        ChatMessage question = asked.question();
        progress.event("question", Map.of("id", question.id(), "conversation_id", question.conversationId()));
        Route route = ROUTER.route(input.content());
        ChatReply reply;
        if (model) {
            progress.event("route", Map.of("route", route.type(), "model", openAi.model(route)));
            reply = openAi.answer(route, prompt(asked), progress);
        } else {
            LOG.info(() -> "Coach query: type=" + route.type() + ", model=" + OfflineProvider.MODEL);
            progress.event("route", Map.of("route", route.type(), "model", OfflineProvider.MODEL));
            reply = offline.answer(route, null, 0, progress);
        }
        ChatMessage answer = conversations.answer(question, reply, asked.coach());
        return Answer.of(question, answer, reply);
    }

    /** The system prompt with the active coach, then the latest messages of the conversation, the question last. */
    private static List<OpenAi.Message> prompt(Conversations.Asked asked) {
        List<OpenAi.Message> messages = new ArrayList<>();
        messages.add(OpenAi.Message.system(ChatPrompt.system(ChatPrompt.BASE, asked.coach(), ChatPrompt.FOOTER)));
        for (ChatMessage m : asked.latest()) {
            messages.add(ChatMessage.USER.equals(m.role()) ? OpenAi.Message.user(m.content())
                    : OpenAi.Message.assistant(m.content()));
        }
        return messages;
    }
}
