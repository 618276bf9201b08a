package io.coachline.tenancy.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role a resource needs (default for every resource without it: {@code user}). Checked by the
 * authentication filter against the token's groups, with admin and super-admin implying user.
 * Our own annotation rather than {@code @RolesAllowed}, so the rule is the same on every server.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {
    String value();
}
