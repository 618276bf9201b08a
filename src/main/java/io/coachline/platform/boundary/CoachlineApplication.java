package io.coachline.platform.boundary;

import java.util.Map;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * One JAX-RS application at the root: /api, /mcp, /dev and the web page's files are all resources of
 * it, so every path is explicit and one exception mapper shapes every error. No {@code @LoginConfig}:
 * the application verifies bearer tokens itself (tenancy's AuthenticationFilter, with the standard
 * MicroProfile JWT configuration keys), so the server's MicroProfile JWT stays off.
 */
@ApplicationScoped
@ApplicationPath("/")
@DeclareRoles({"user", "admin", "super-admin"})
@OpenAPIDefinition(
        info = @Info(title = "Coachline API", version = "0.1", description = "AI coaching server: coaches, athletes, analytics, chat."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class CoachlineApplication extends Application {

    /** Jersey's WADL document would describe every resource to anyone who sends OPTIONS: off. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
