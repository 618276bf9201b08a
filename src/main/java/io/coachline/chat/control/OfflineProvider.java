package io.coachline.chat.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;

import io.coachline.chat.entity.ChatReply;
import io.coachline.chat.entity.ModelCall;
import io.coachline.chat.entity.Route;

/**
 * Answers without a model: runs the tool(s) the router picked and writes their numbers as short templated
 * sentences. The default when no API key is configured, and the fallback when the model is unavailable.
 */
@ApplicationScoped
public class OfflineProvider {

    public static final String MODEL = "offline";

    /** A question needing reasoning gets the overview a coach would start from. */
    static final List<String> OVERVIEW = List.of("get_training_load", "get_recovery_status", "get_active_insights");

    @Inject
    ChatTools tools;

    /**
     * {@code round}: the ledger round of this answer, after any model calls that came before it. Each line is
     * streamed as soon as its tool has answered.
     */
    public ChatReply answer(Route route, String note, int round, ChatService.Progress progress) {
        List<String> names = route.simple() ? route.tools() : OVERVIEW;
        List<String> lines = new ArrayList<>();
        // Each line goes out as it is known; the deltas concatenate to the stored answer's newline-joined lines.
        Consumer<String> say = line -> {
            progress.delta(lines.isEmpty() ? line : "\n" + line);
            lines.add(line);
        };
        if (note != null) {
            say.accept(note);
        } else if (!route.simple()) {
            say.accept("(Offline mode: no language model is configured, so here is your overview rather than a "
                    + "reasoned answer.)");
        }
        for (String name : names) {
            progress.tool(name);
            say.accept(OfflineAnswers.describe(tools.run(name, JsonValue.EMPTY_JSON_OBJECT)));
        }
        ModelCall call = new ModelCall(round, route.type(), MODEL, 0, 0, 0, 0.0, 0, names, "offline");
        return new ChatReply(String.join("\n", lines), route.type(), MODEL, names, true, List.of(call));
    }
}
