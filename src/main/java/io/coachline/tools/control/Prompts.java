package io.coachline.tools.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a CDI bean that lists a family of prompts for the caller (for example one per coach the
 * caller sees). The method takes nothing and returns {@code List<PromptEntry>}; every prompt of the family
 * takes the arguments of {@link #arguments()}, a record whose components (with Bean Validation constraints
 * and {@code @Schema} descriptions) become the prompt's argument list and are validated on prompts/get.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Prompts {

    /** The record the arguments of every prompt of the family bind to. */
    Class<? extends Record> arguments();

    /** The role a caller needs to see and get these prompts. */
    String role() default "user";
}
