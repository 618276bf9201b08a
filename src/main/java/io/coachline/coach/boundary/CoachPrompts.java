package io.coachline.coach.boundary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.coachline.chat.control.ChatPrompt;
import io.coachline.coach.control.CoachCatalog;
import io.coachline.coach.entity.CoachIdInput;
import io.coachline.coach.entity.CoachPage;
import io.coachline.coach.entity.CoachView;
import io.coachline.coach.entity.ListCoachesInput;
import io.coachline.tenancy.control.Caller;
import io.coachline.tools.control.Icon;
import io.coachline.tools.control.PromptEntry;
import io.coachline.tools.control.Prompts;
import io.coachline.tools.control.ResourceContent;
import io.coachline.tools.control.ResourceRegistry;

/**
 * Every coach the caller sees as a prompt (an MCP client's slash command): the same listing as list_coaches
 * without hidden coaches, favorites first. Getting one gives the coach's persona in the chat's system-prompt
 * format and the athlete's compact context as an embedded resource.
 */
@ApplicationScoped
public class CoachPrompts {

    /** The coaching context embedded in every coach prompt (declared by the athlete feature). */
    static final String CONTEXT = "coachline://athlete/context";
    private static final int PAGE = 100;
    private static final int SLUG_TITLE = 40;

    /** The arguments of a coach prompt. */
    public record Arguments(
            @Schema(description = "What you want to ask the coach (optional); the coach's sample prompts complete it.")
            @Size(max = 4000, message = "must be at most 4000 characters") String question) {

        // Explicit canonical constructor: an implicit one inherits the constraint and Payara's OpenAPI scan fails
        // on constrained non-JAX-RS parameters (ConstrainedParametersTest).
        public Arguments(String question) {
            this.question = question;
        }
    }

    @Inject
    CoachCatalog catalog;

    @Inject
    ResourceRegistry resources;

    @Inject
    Caller caller;

    @Prompts(arguments = Arguments.class)
    public List<PromptEntry> coaches() {
        List<CoachView> coaches = new ArrayList<>();
        CoachPage<CoachView> page;
        int offset = 0;
        do {
            page = catalog.list(new ListCoachesInput(null, false, false, PAGE, offset));
            coaches.addAll(page.coaches());
            offset += PAGE;
        } while (page.hasMore());
        Set<String> slugs = new HashSet<>();
        List<PromptEntry> prompts = new ArrayList<>();
        for (CoachView coach : coaches) {
            String slug = slug(coach.title(), coach.id());
            if (!slugs.add(slug)) {
                // Two coaches whose titles and id prefixes agree: the full id keeps names unique per caller.
                slug = slug(coach.title(), coach.id().replace("-", ""));
                slugs.add(slug);
            }
            String id = coach.id();
            prompts.add(new PromptEntry(slug, coach.title(),
                    coach.description() == null || coach.description().isBlank() ? "Coach " + coach.title()
                            : coach.description(),
                    Icon.ofCategory(coach.category()),
                    Map.of("question", coach.samplePrompts() == null ? List.of() : coach.samplePrompts()),
                    arguments -> render(id, (Arguments) arguments)));
        }
        return prompts;
    }

    private PromptEntry.Rendered render(String coachId, Arguments arguments) {
        CoachView coach = catalog.get(new CoachIdInput(coachId));
        List<PromptEntry.Message> messages = new ArrayList<>();
        messages.add(PromptEntry.Message.text("user", ChatPrompt.system(ChatPrompt.BASE, coach, ChatPrompt.FOOTER)));
        ResourceContent context = resources.read(CONTEXT, caller);
        if (context != null) {
            messages.add(PromptEntry.Message.resource("user", context));
        }
        if (arguments != null && arguments.question() != null && !arguments.question().isBlank()) {
            messages.add(PromptEntry.Message.text("user", arguments.question()));
        }
        return new PromptEntry.Rendered(coach.title() + ": persona and your current training context", messages);
    }

    /** A name a slash command can show: the title in lower-case words, then the start of the id for uniqueness. */
    static String slug(String title, String id) {
        String words = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (words.length() > SLUG_TITLE) {
            words = words.substring(0, SLUG_TITLE).replaceAll("-+$", "");
        }
        String suffix = id.length() > 8 && !id.contains("-") ? id : id.substring(0, Math.min(8, id.length()));
        return (words.isEmpty() ? "coach" : words) + "-" + suffix;
    }
}
