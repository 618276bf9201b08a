package io.coachline.tools.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a CDI bean as a resource of the caller's data. A method without parameters is a fixed
 * resource at {@link #uri()}; a method taking one record is a template whose {@code {variables}} in the uri
 * are the record's components, bound and validated like tool arguments. It returns a record (written as
 * JSON) or a String (written as it is, e.g. markdown), as {@link #mimeType()} says.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DataResource {

    /** {@code coachline://...}; with {@code {name}} variables for a template. */
    String uri();

    String name();

    String title();

    String description();

    String mimeType() default "application/json";

    Icon icon() default Icon.DATA;

    /** Who the content is for (MCP annotations): the user, the assistant or both. */
    String[] audience() default {"user", "assistant"};

    /** How important the content is, 0 (optional) to 1 (required). */
    double priority() default 0.5;

    String role() default "user";

    /** Values offered by completion/complete for the template's variables. */
    String[] examples() default {};
}
