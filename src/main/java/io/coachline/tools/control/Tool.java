package io.coachline.tools.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a CDI bean as a tool of the catalogue, offered to MCP clients and to the chat's model
 * alike. The method takes nothing or one input record (its Bean Validation constraints and {@code @Schema}
 * descriptions become the tool's inputSchema) and returns a record (its outputSchema). Expected failures are
 * thrown as ApiException and reach the caller as a tool error, not a protocol error.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Tool {

    /** The tool's name as clients call it, e.g. {@code list_coaches}. */
    String name();

    /** A short human-readable name for the tool, as clients show it. */
    String title();

    /** What the tool does and returns, written for a model choosing among tools. */
    String description();

    /** What a call does to the caller's data; the MCP annotations (hints) follow from it. */
    Effect effect();

    /** The icon clients show next to the tool. */
    Icon icon();

    /** The uris of the resources whose data the result summarises; MCP results link to them. */
    String[] resources() default {};

    /** The role a caller needs to see and call the tool. */
    String role() default "user";
}
