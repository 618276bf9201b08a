package io.coachline.chat.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.coachline.chat.entity.ChatMessage;
import io.coachline.chat.entity.ChatReply;
import io.coachline.chat.entity.ChatViews.ConversationView;
import io.coachline.chat.entity.ChatViews.MessageView;
import io.coachline.chat.entity.ChatViews.Spent;
import io.coachline.chat.entity.ChatViews.Usage;
import io.coachline.chat.entity.Conversation;
import io.coachline.chat.entity.LlmCall;
import io.coachline.chat.entity.ModelCall;
import io.coachline.chat.entity.NewConversationInput;
import io.coachline.coach.control.CoachPreferences;
import io.coachline.coach.entity.CoachStateResults;
import io.coachline.coach.entity.CoachView;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.Inputs;
import io.coachline.platform.control.InstantConverter;
import io.coachline.tenancy.control.Caller;

/**
 * The caller's conversations and their messages. A turn writes in two transactions (plus one per further tool
 * round, to grow its reservation): the question and the first call's reservation commit before any model is asked,
 * and the answer, its ledger rows, the end of the reservation and the coach's usage commit together.
 */
@Stateless
public class Conversations {

    private static final int TITLE_LENGTH = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CoachPreferences coaches;

    @Inject
    BudgetReservations reservations;

    @Inject
    @ConfigProperty(name = "coachline.chat.history-messages", defaultValue = "10")
    int historyMessages;

    public ConversationView create(NewConversationInput input) {
        Inputs.validate("conversation", input == null ? new NewConversationInput(null) : input);
        String title = input == null || input.title() == null || input.title().isBlank() ? null : input.title().strip();
        Conversation conversation = new Conversation(UUID.randomUUID().toString(), caller.tenantId(), caller.userId(),
                title, Instant.now());
        em.persist(conversation);
        return ConversationView.of(conversation, List.of());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ConversationView> list() {
        return em.createNamedQuery(Conversation.OF_USER, Conversation.class)
                .setParameter("userId", caller.userId()).getResultList().stream()
                .map(c -> ConversationView.of(c, null)).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ConversationView read(String id) {
        Conversation conversation = owned(id);
        Map<String, Spent> spent = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT message_id, SUM(prompt_tokens), SUM(completion_tokens), SUM(cost_usd) "
                + "FROM llm_calls WHERE conversation_id = ?1 GROUP BY message_id").setParameter(1, conversation.id()).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            spent.put((String) r[0], new Spent(Usage.of(((Number) r[1]).longValue(), ((Number) r[2]).longValue()),
                    ((Number) r[3]).doubleValue()));
        }
        return ConversationView.of(conversation, messages(conversation.id()).stream().map(m -> MessageView.of(m, spent)).toList());
    }

    private List<ChatMessage> messages(String conversationId) {
        return em.createNamedQuery(ChatMessage.OF_CONVERSATION, ChatMessage.class)
                .setParameter("conversationId", conversationId).getResultList();
    }

    /** What a turn starts from: the stored question, the active coach (null: none), and for a model its reservation. */
    public record Asked(ChatMessage question, CoachView coach, String reservation) {
    }

    /** The worst-case cost of a turn's first model call, from the active coach and the latest messages. */
    @FunctionalInterface
    public interface Pricing {
        double worstCaseUsd(CoachView coach, List<ChatMessage> latestWithQuestion);
    }

    /**
     * Stores the question (and titles an untitled conversation with it) before anything else can fail, and reads what
     * the turn needs in the same transaction, so the question costs one commit. {@code pricing}: null when no model
     * will be asked; else the latest messages (the question last) are priced and that worst case is reserved against
     * the budgets in this transaction, so a 429 rolls it all back and stores nothing.
     */
    public Asked ask(String conversationId, String content, Pricing pricing) {
        Instant now = Instant.now();
        String firstLine = content.strip().lines().findFirst().orElse("");
        // One statement both checks ownership and titles and touches the conversation.
        int owned = conversationId == null ? 0 : em.createNativeQuery("UPDATE conversations SET title = COALESCE(title, ?1),"
                        + " updated_at = ?2 WHERE id = ?3 AND user_id = ?4")
                .setParameter(1, firstLine.length() <= TITLE_LENGTH ? firstLine : firstLine.substring(0, TITLE_LENGTH - 1) + "…")
                .setParameter(2, InstantConverter.format(now)).setParameter(3, conversationId)
                .setParameter(4, caller.userId()).executeUpdate();
        if (owned == 0) {
            throw notFound(conversationId);
        }
        ChatMessage question = ChatMessage.question(UUID.randomUUID().toString(), conversationId, content, now);
        em.persist(question);
        CoachStateResults.Active active = coaches.active();
        CoachView coach = active.active() ? active.coach() : null;
        String reservation = null;
        if (pricing != null) {
            List<ChatMessage> latest = new ArrayList<>(em.createNamedQuery(ChatMessage.LATEST_FIRST, ChatMessage.class)
                    .setParameter("conversationId", conversationId).setMaxResults(historyMessages).getResultList());
            Collections.reverse(latest);
            reservation = reservations.reserve(pricing.worstCaseUsd(coach, latest));
        }
        return new Asked(question, coach, reservation);
    }

    /**
     * The answer, its ledger rows and one use of the coach that answered (while the caller still sees it), all or
     * nothing.
     */
    public ChatMessage answer(ChatMessage question, ChatReply reply, CoachView coach, String reservation) {
        Instant now = Instant.now();
        ChatMessage answer = ChatMessage.answer(UUID.randomUUID().toString(), question, reply, now);
        em.persist(answer);
        settle(question, reply.calls(), reservation);
        if (coach != null) {
            coaches.countUse(coach.id());
        }
        em.createNativeQuery("UPDATE conversations SET updated_at = ?1 WHERE id = ?2")
                .setParameter(1, InstantConverter.format(now)).setParameter(2, question.conversationId()).executeUpdate();
        return answer;
    }

    /** The ledger rows of a turn's paid calls, and the end of its reservation (null: none), together. */
    public void settle(ChatMessage question, List<ModelCall> calls, String reservation) {
        Instant now = Instant.now();
        for (ModelCall call : calls) {
            em.persist(new LlmCall(UUID.randomUUID().toString(), caller.tenantId(), caller.userId(),
                    question.conversationId(), question.id(), call, now));
        }
        if (reservation != null) {
            reservations.release(reservation);
        }
    }

    /** Another user's conversation is "not found", exactly like one that does not exist. */
    private Conversation owned(String id) {
        List<Conversation> found = id == null ? List.of() : em.createNamedQuery(Conversation.OWNED, Conversation.class)
                .setParameter("id", id).setParameter("userId", caller.userId()).getResultList();
        if (found.isEmpty()) {
            throw notFound(id);
        }
        return found.get(0);
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("no conversation with id " + id);
    }
}
