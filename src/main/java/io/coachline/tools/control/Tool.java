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

    /** What the tool does and returns, written for a model choosing among tools. */
    String description();

    /** The role a caller needs to see and call the tool. */
    String role() default "user";
}
