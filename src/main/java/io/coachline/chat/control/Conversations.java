package io.coachline.chat.control;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
import io.coachline.coach.entity.CoachIdInput;
import io.coachline.coach.entity.CoachStateResults;
import io.coachline.platform.control.ApiException;
import io.coachline.platform.control.Inputs;
import io.coachline.tenancy.control.Caller;

/**
 * The caller's conversations and their messages. Each write is its own transaction, so a question is
 * committed before any model is asked, and an answer, its ledger rows and the coach's usage commit together.
 */
@Stateless
public class Conversations {

    private static final int TITLE_LENGTH = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @EJB
    CoachPreferences coaches;

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

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ChatMessage> messages(String conversationId) {
        return em.createNamedQuery(ChatMessage.OF_CONVERSATION, ChatMessage.class)
                .setParameter("conversationId", conversationId).getResultList();
    }

    /** Stores the question (and titles an untitled conversation with it) before anything else can fail. */
    public ChatMessage ask(String conversationId, String content) {
        Conversation conversation = owned(conversationId);
        Instant now = Instant.now();
        ChatMessage question = ChatMessage.question(UUID.randomUUID().toString(), conversation.id(), content, now);
        em.persist(question);
        String firstLine = content.strip().lines().findFirst().orElse("");
        conversation.titleIfUntitled(firstLine.length() <= TITLE_LENGTH ? firstLine
                : firstLine.substring(0, TITLE_LENGTH - 1) + "…");
        conversation.touch(now);
        return question;
    }

    /** The answer, its ledger rows and one use of the active coach, all or nothing. */
    public ChatMessage answer(ChatMessage question, ChatReply reply) {
        Instant now = Instant.now();
        ChatMessage answer = ChatMessage.answer(UUID.randomUUID().toString(), question, reply, now);
        em.persist(answer);
        for (ModelCall call : reply.calls()) {
            em.persist(new LlmCall(UUID.randomUUID().toString(), caller.tenantId(), caller.userId(),
                    question.conversationId(), question.id(), call, now));
        }
        CoachStateResults.Active active = coaches.active();
        if (active.active()) {
            coaches.recordUsage(new CoachIdInput(active.coach().id()));
        }
        em.find(Conversation.class, question.conversationId()).touch(now);
        return answer;
    }

    /** Another user's conversation is "not found", exactly like one that does not exist. */
    private Conversation owned(String id) {
        List<Conversation> found = id == null ? List.of() : em.createNamedQuery(Conversation.OWNED, Conversation.class)
                .setParameter("id", id).setParameter("userId", caller.userId()).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound("no conversation with id " + id);
        }
        return found.get(0);
    }
}
