package io.coachline.tenancy.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.coachline.tenancy.control.DemoData;
import io.coachline.tenancy.control.DevIssuer;

/**
 * How the web page signs in: the OpenID Connect provider (coachline.oidc.*, the issuer defaulting to
 * mp.jwt.verify.issuer) for the authorization code flow
 * with PKCE, and, when the development issuer is on, its demo users. Public: the page needs it before sign-in,
 * and it holds nothing secret (a public client has no secret).
 */
@ApplicationScoped
@Path("api/config")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Sign-in")
public class SignInConfigResource {

    public record Oidc(String issuer, String clientId, String scopes) {
    }

    public record DemoUserView(String user, String name, String tenant, List<String> roles) {
    }

    public record SignInConfig(Oidc oidc, boolean devIssuer, List<DemoUserView> demoUsers) {
    }

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "coachline.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "coachline.oidc.client-id", defaultValue = "coachline-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "coachline.oidc.scopes", defaultValue = "openid profile email")
    String scopes;

    @GET
    @Operation(summary = "How the web page signs in",
            description = "oidc: issuer, client_id and scopes of the OpenID Connect provider (null when not configured); "
                    + "dev_issuer and its demo_users when the development issuer is on.")
    public SignInConfig get() {
        boolean dev = DevIssuer.enabled(config);
        // Configure the identity provider once: the issuer MP-JWT trusts is the one to sign in at, unless that is
        // the development issuer, which has no authorization endpoint.
        Oidc oidc = issuer.or(() -> dev ? Optional.empty() : config.getOptionalValue("mp.jwt.verify.issuer", String.class))
                .filter(s -> !s.isBlank()).map(s -> new Oidc(s, clientId, scopes)).orElse(null);
        List<DemoUserView> users = dev ? DemoData.USERS.stream()
                .map(u -> new DemoUserView(u.subject(), u.name(), DemoData.TENANT, u.roles())).toList() : List.of();
        return new SignInConfig(oidc, dev, users);
    }
}
