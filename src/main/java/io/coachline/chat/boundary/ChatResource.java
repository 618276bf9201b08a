package io.coachline.chat.boundary;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.coachline.chat.control.ChatService;
import io.coachline.chat.control.Conversations;
import io.coachline.chat.entity.AskInput;
import io.coachline.chat.entity.ChatViews.Answer;
import io.coachline.chat.entity.ChatViews.ConversationView;
import io.coachline.chat.entity.NewConversationInput;
import io.coachline.platform.control.ApiException;

/** The caller's own conversations with their coach; answers as JSON or as server-sent events. */
@ApplicationScoped
@Path("api/chat/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chat", description = "Conversations with your active coach, answered from your own training data.")
public class ChatResource {

    @Inject
    Conversations conversations;

    @Inject
    ChatService chat;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a conversation", description = "201 with its id; body optional: {\"title\": \"...\"}.")
    public Response create(NewConversationInput input, @Context UriInfo uriInfo) {
        ConversationView created = conversations.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "Your conversations, most recent first")
    public List<ConversationView> list() {
        return conversations.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of your conversations with its messages", description = "404 for any other.")
    public ConversationView read(@PathParam("id") String id) {
        return conversations.read(id);
    }

    @GET
    @Path("{id}/messages")
    @Operation(summary = "The messages of one of your conversations")
    public Object messages(@PathParam("id") String id) {
        return conversations.read(id).messages();
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask your coach",
            description = "Body {\"content\": \"...\"} (1-4,000 characters). The answer carries route, model, "
                    + "tools_called, usage and cost_usd. With Accept: text/event-stream it streams as events "
                    + "question, then answer (or error).")
    public Answer ask(@PathParam("id") String id, AskInput input) {
        return chat.ask(id, input, ChatService.Progress.NONE);
    }

    /**
     * The stream only for a client that names it and prefers it: the server-side quality {@code qs} below JSON's makes
     * {@code Accept: *}{@code /*} (curl's default), or both types at the same quality, get JSON.
     */
    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS + ";qs=0.5")
    public void askStreaming(@PathParam("id") String id, AskInput input, @Context SseEventSink sink, @Context Sse sse) {
        EventStream events = new EventStream(sink, sse);
        try {
            events.event("answer", chat.ask(id, input, events));
        } catch (ApiException e) {
            // Before the first event the status can still say it (400, 404, 429); after it, an error event does.
            if (!events.started()) {
                throw e;
            }
            events.event("error", Map.of("status", e.getResponse().getStatus(), "error", e.error(),
                    "message", e.getMessage()));
        }
        events.close();
    }
}
