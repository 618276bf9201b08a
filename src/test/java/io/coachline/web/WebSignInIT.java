package io.coachline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Browser;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.OidcServer;

/**
 * Signing in through a real OpenID Connect provider: the page runs the authorization code flow with PKCE, the
 * person types a user name and claims into the provider's login form, the page exchanges the code from the
 * browser and the API accepts the token. A user never sees the admin pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSignInIT {

    private static final Path DATA = Deployments.freshDataDir("web-sign-in");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Web.deployment(DATA);
    }

    @Test
    void theApiAcceptsTheProvidersTokensAndThePageIsToldWhereToSignIn() {
        Web.User user = Web.User.fresh("Robin Rest", Web.freshTenant("club"), "user");
        Api api = new Api(base);
        JsonObject me = api.get("api/me", user.token()).json();
        assertEquals(user.sub(), me.getString("user_id"), me::toString);
        assertEquals(user.tenant(), me.getString("tenant_id"), me::toString);
        assertEquals(List.of("user"), me.getJsonArray("roles").getValuesAs(JsonString::getString), me::toString);

        Api.Reply config = api.get("api/config", null);
        assertEquals(200, config.status(), config::toString);
        JsonObject oidc = config.json().getJsonObject("oidc");
        assertEquals(OidcServer.shared().issuer(), oidc.getString("issuer"), config::toString);
        assertEquals(OidcServer.CLIENT_ID, oidc.getString("client_id"), config::toString);
        assertFalse(config.json().getBoolean("dev_issuer"), config::toString);
    }

    @Test
    void aUserSignsInThroughTheProviderAndOut() {
        Web.User user = Web.User.fresh("Jamie Runner", Web.freshTenant("club"), "user");
        try (Browser browser = new Browser()) {
            browser.open(Web.page(base));
            browser.visible("#sign-in");
            assertFalse(browser.displayed("nav a[href=\"#/coaches\"]"), "no navigation while signed out");
            assertTrue(Web.requests(browser).stream().noneMatch(u -> u.contains("/api/") && !u.endsWith("/api/config")),
                    () -> "signed out, the page asks for nothing that needs a token: " + Web.requests(browser));
            browser.screenshot("sign-in");

            Web.signIn(browser, base, user, "sign-in-provider");
            String who = browser.text("#who");
            assertTrue(who.contains(user.name()) && who.contains(user.tenant()), who);
            assertTrue(browser.url().endsWith("#/coaches"), browser.url());
            browser.visible("#coaches");
            for (String route : List.of("#/coaches", "#/chat", "#/training")) {
                assertTrue(browser.displayed("nav a[href=\"" + route + "\"]"), route);
            }
            // the code and state are gone from the address bar, the token is in sessionStorage only
            assertFalse(browser.url().contains("code="), browser.url());
            assertEquals(0L, browser.script("return localStorage.length;"));

            browser.click("#sign-out");
            browser.visible("#sign-in");
            assertFalse(browser.displayed("#who"), "signed out");
            assertFalse(browser.displayed("nav a[href=\"#/coaches\"]"), "no navigation after signing out");
        }
    }

    @Test
    void aUserNeverSeesTheAdminPages() {
        Web.User user = Web.User.fresh("Casey Member", Web.freshTenant("club"), "user");
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, user);
            browser.visible("#coaches");
            assertFalse(browser.exists("nav a[href=\"#/admin\"]"), "a user has no admin link");

            browser.route("#/admin");
            browser.visible("#forbidden");
            assertFalse(browser.displayed("#admin"), "the admin section stays hidden");
            assertFalse(browser.exists("#admin-coach-list li"), "no admin data in the page");
            assertTrue(Web.requests(browser).stream().noneMatch(u -> u.contains("/api/admin")),
                    () -> "a user's page never calls the admin API: " + Web.requests(browser));

            // the server agrees: the same person gets 403 from the admin API
            assertEquals(403, new Api(base).get("api/admin/users", user.token()).status());
        }
    }

    @Test
    void anAdminSeesTheAdminLink() {
        Web.User admin = Web.User.fresh("Alex Admin", Web.freshTenant("club"), "user", "admin");
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, admin);
            browser.click("nav a[href=\"#/admin\"]");
            browser.visible("#admin");
            assertFalse(browser.displayed("#forbidden"));
        }
    }

    @Test
    void aRejectedTokenSignsThePageOut() {
        Web.User user = Web.User.fresh("Pat Expired", Web.freshTenant("club"), "user");
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, user);
            browser.visible("#coaches");
            // spoil the stored access token's signature, as if it had expired or been revoked, then use the page
            browser.script("""
                    for (let i = 0; i < sessionStorage.length; i++) {
                        const key = sessionStorage.key(i);
                        const value = sessionStorage.getItem(key);
                        if (value && value.includes('access_token')) {
                            const stored = JSON.parse(value);
                            stored.access_token = stored.access_token.slice(0, -8) + 'AAAAAAAA';
                            sessionStorage.setItem(key, JSON.stringify(stored));
                        }
                    }""");
            // the next screen the page loads data for gets 401
            browser.route("#/training");
            browser.route("#/coaches");
            browser.visible("#sign-in");
            assertFalse(browser.displayed("#who"));
        }
    }
}
