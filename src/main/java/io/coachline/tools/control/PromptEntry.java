package io.coachline.tools.control;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One prompt as a caller sees it: a stable name, what clients show, completion values per argument, and how
 * to render it once its arguments are bound and valid.
 */
public record PromptEntry(String name, String title, String description, Icon icon,
                          Map<String, List<String>> completions, Function<Object, Rendered> render) {

    /** What prompts/get returns: a description and the messages, in order. */
    public record Rendered(String description, List<Message> messages) {
    }

    /** A message of a rendered prompt: text, or a resource embedded with its contents. */
    public record Message(String role, String text, ResourceContent resource) {
        public static Message text(String role, String text) {
            return new Message(role, text, null);
        }

        public static Message resource(String role, ResourceContent resource) {
            return new Message(role, null, resource);
        }
    }
}
