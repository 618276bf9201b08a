package io.coachline.chat.control;

import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.coachline.chat.entity.AskInput;
import io.coachline.chat.entity.ChatMessage;
import io.coachline.chat.entity.ChatReply;
import io.coachline.chat.entity.ChatViews.Answer;
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

    /** Progress of a turn, for streaming: event name and payload. */
    @FunctionalInterface
    public interface Progress {
        void event(String name, Object data);

        Progress NONE = (name, data) -> { };
    }

    @EJB
    Conversations conversations;

    @Inject
    OfflineProvider offline;

    @Inject
    @ConfigProperty(name = "coachline.llm.api-key")
    Optional<String> apiKey;

    public Answer ask(String conversationId, AskInput input, Progress progress) {
        Inputs.validate("message", input);
        ChatMessage question = conversations.ask(conversationId, input.content());
        progress.event("question", Map.of("id", question.id(), "conversation_id", question.conversationId()));
        Route route = ROUTER.route(input.content());
        ChatReply reply = provide(route);
        ChatMessage answer = conversations.answer(question, reply);
        return Answer.of(question, answer, reply);
    }

    private ChatReply provide(Route route) {
        String model = OfflineProvider.MODEL;
        LOG.info(() -> "Coach query: type=" + route.type() + ", model=" + model);
        return offline.answer(route, null);
    }
}
