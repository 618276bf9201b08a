package io.coachline.testsupport;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import com.nimbusds.jose.JOSEObjectType;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * A real OpenID Connect provider for the browser tests: navikt's mock-oauth2-server on a free port of
 * {@code localhost}, with its interactive login form (any user name as {@code sub}, plus a JSON object of
 * claims such as {@code tenant_id} and {@code groups}), discovery, authorization code flow with PKCE, token
 * endpoint (CORS-enabled for the page), end-session and JWKS. Every access token carries {@code aud} =
 * {@link #AUDIENCE}. One server per test JVM, shared by all browser test classes.
 */
public final class OidcServer {

    /** The issuer id: the first path segment of every URL of the provider. */
    public static final String ISSUER_ID = "coachline";
    public static final String AUDIENCE = "coachline";
    public static final String CLIENT_ID = "coachline-web";
    public static final String SCOPES = "openid profile email";

    /** Chromium opens spare connections it never uses; MockWebServer warns about each. */
    private static final Logger MOCK_WEB_SERVER_LOG = Logger.getLogger("mockwebserver3.MockWebServer");

    static {
        MOCK_WEB_SERVER_LOG.setLevel(Level.SEVERE);
    }

    private static OidcServer shared;

    private final MockOAuth2Server server;

    private OidcServer() {
        // Login-form claims are added to what this callback gives: tid, azp, and the audience we verify.
        DefaultOAuth2TokenCallback callback = new DefaultOAuth2TokenCallback(ISSUER_ID, UUID.randomUUID().toString(),
                JOSEObjectType.JWT.getType(), List.of(AUDIENCE), Map.of(), 3600);
        // interactiveLogin: the authorization endpoint shows the login form instead of answering at once
        server = new MockOAuth2Server(new OAuth2Config(true, null, null, false, new OAuth2TokenProvider(),
                Set.of(callback), new MockWebServerWrapper()));
        server.start(0);
    }

    /** The one provider of this JVM, started at first use and stopped when the JVM ends. */
    public static synchronized OidcServer shared() {
        if (shared == null) {
            shared = new OidcServer();
            OidcServer started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started.server::shutdown, "oidc-server-shutdown"));
        }
        return shared;
    }

    /** E.g. {@code http://localhost:40123/coachline}: the {@code iss} of its tokens and the discovery base. */
    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    public String jwksUrl() {
        return server.jwksUrl(ISSUER_ID).toString();
    }

    public String discoveryUrl() {
        return server.wellKnownUrl(ISSUER_ID).toString();
    }

    /**
     * The standard test configuration ({@link Deployments#config(Path)}) switched to this provider: MP-JWT
     * verifies issuer, audience and signature against its JWKS URL, and the page gets issuer, client id and
     * scopes from GET /api/config. The development issuer stays off.
     */
    public Map<String, String> config(Path dataDir) {
        Map<String, String> config = Deployments.config(dataDir);
        config.remove("mp.jwt.verify.publickey");
        config.put("mp.jwt.verify.issuer", issuer());
        config.put("mp.jwt.verify.publickey.location", jwksUrl());
        config.put("mp.jwt.verify.audiences", AUDIENCE);
        config.put("coachline.oidc.issuer", issuer());
        config.put("coachline.oidc.client-id", CLIENT_ID);
        config.put("coachline.oidc.scopes", SCOPES);
        config.put("coachline.dev-issuer.enabled", "false");
        return config;
    }

    /** The claims JSON a person types into the login form. */
    public static String claimsJson(String tenant, String name, List<String> roles) {
        JsonArrayBuilder groups = Json.createArrayBuilder();
        roles.forEach(groups::add);
        return Json.createObjectBuilder().add("tenant_id", tenant).add("name", name)
                .add("email", name.toLowerCase().replace(' ', '.') + "@" + tenant + ".test")
                .add("groups", groups).build().toString();
    }

    /**
     * An access token for {@code sub} through the same authorization code flow with PKCE the page runs, but
     * over plain HTTP: the login form is posted with the user name and claims, the code is exchanged at the
     * token endpoint. For the tests' REST checks of what a browser user did.
     */
    public String token(String sub, String tenant, String name, List<String> roles) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        String redirect = "http://localhost/callback";
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
        String authorize = issuer() + "/authorize?" + form(Map.of("response_type", "code", "client_id", CLIENT_ID,
                "redirect_uri", redirect, "scope", SCOPES, "state", "s", "nonce", "n",
                "code_challenge", challenge, "code_challenge_method", "S256"));
        try {
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(authorize))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", sub,
                            "claims", claimsJson(tenant, name, roles))))).build(), HttpResponse.BodyHandlers.ofString());
            String location = login.headers().firstValue("Location")
                    .orElseThrow(() -> new AssertionError("no redirect from the login form: " + login.statusCode() + " " + login.body()));
            String code = query(URI.create(location), "code");
            HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(issuer() + "/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                            "code", code, "redirect_uri", redirect, "client_id", CLIENT_ID, "code_verifier", verifier))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (token.statusCode() != 200) {
                throw new AssertionError("token endpoint: " + token.statusCode() + " " + token.body());
            }
            try (var reader = Json.createReader(new StringReader(token.body()))) {
                return reader.readObject().getString("access_token");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
