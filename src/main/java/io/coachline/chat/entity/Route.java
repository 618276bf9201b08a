package io.coachline.chat.entity;

import java.util.List;

/**
 * The router's decision for one message: the tier ({@code simple} = one direct look-up, {@code standard} =
 * anything needing reasoning) and the tools the model is offered (for simple: only the one the intent needs).
 */
public record Route(String type, List<String> tools) {

    public static final String SIMPLE = "simple";
    public static final String STANDARD = "standard";

    public boolean simple() {
        return SIMPLE.equals(type);
    }
}
