package io.coachline.mcp.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a CDI bean as an MCP tool. The method takes nothing or one input record (its Bean
 * Validation constraints and {@code @Schema} descriptions become the tool's inputSchema) and returns a
 * record (its outputSchema). Expected failures are thrown as ApiException and reach the client as a
 * result with {@code isError: true}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpTool {

    /** The tool's name as clients call it, e.g. {@code list_coaches}. */
    String name();

    /** What the tool does and returns, written for a model choosing among tools. */
    String description();

    /** The role a caller needs to see and call the tool. */
    String role() default "user";
}
