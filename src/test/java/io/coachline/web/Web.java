package io.coachline.web;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Browser;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.OidcServer;

/** What the browser tests share: the deployment against the test OIDC provider, users, signing in. */
final class Web {

    private Web() {
    }

    /** A person of the test: a unique {@code sub} per test, so tests never see each other's state. */
    record User(String sub, String tenant, String name, List<String> roles) {

        static User fresh(String name, String tenant, String... roles) {
            String sub = name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + UUID.randomUUID().toString().substring(0, 8);
            return new User(sub, tenant, name, List.of(roles));
        }

        /** An access token for the same person, through the same provider, for REST checks. */
        String token() {
            return OidcServer.shared().token(sub, tenant, name, roles);
        }
    }

    /**
     * The real WAR trusting the test OIDC provider (started here, before the WAR is built, so its URL goes into
     * the configuration). No demo data (each test makes its own tenant) and no chat API key: the chat answers
     * offline from the analytics tools.
     */
    static WebArchive deployment(Path dataDir) {
        return Deployments.war(OidcServer.shared().config(dataDir));
    }

    /** A tenant of its own for one test. */
    static String freshTenant(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * The page's URL as a person opens it: on {@code localhost}, whatever address the container reported. Only a
     * secure context (https or localhost) has {@code crypto.subtle}, which the page's PKCE (S256) needs.
     */
    static String page(URL base) {
        try {
            return new URL(base.getProtocol(), "localhost", base.getPort(), base.getFile()).toString();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(base.toString(), e);
        }
    }

    /** Opens the page signed out, signs in through the provider's login form and waits for the signed-in page. */
    static void signIn(Browser browser, URL base, User user) {
        signIn(browser, base, user, null);
    }

    /** The same, saving a screenshot of the provider's filled-in login form under {@code screenshot}. */
    static void signIn(Browser browser, URL base, User user, String screenshot) {
        browser.open(page(base));
        browser.click("#sign-in");
        // the provider's own login page: any user name becomes sub, the JSON becomes claims of the tokens
        browser.type("input[name=username]", user.sub());
        browser.type("textarea[name=claims]", OidcServer.claimsJson(user.tenant(), user.name(), user.roles()));
        if (screenshot != null) {
            browser.screenshot(screenshot);
        }
        browser.click("input[type=submit]");
        browser.await("signed in as " + user.sub(), d -> {
            List<WebElement> who = d.findElements(By.cssSelector("#who"));
            return !who.isEmpty() && who.get(0).isDisplayed() && who.get(0).getText().contains(user.name());
        });
    }

    /** Imports one file over REST and waits until the import job is done. */
    static JsonObject importNow(Api api, String token, String fileName, byte[] content) {
        Api.Reply started = api.upload("api/activities/import", token, "file", fileName, content);
        if (started.status() != 202) {
            throw new AssertionError("import refused: " + started);
        }
        String id = started.json().getString("id");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject job = api.get("api/imports/" + id, token).json();
            if (List.of("done", "failed").contains(job.getString("status"))) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    /** Selects the first option whose text contains {@code text}. */
    static void selectContaining(WebElement select, String text) {
        Select choice = new Select(select);
        for (WebElement option : choice.getOptions()) {
            if (option.getText().contains(text)) {
                choice.selectByValue(option.getAttribute("value"));
                return;
            }
        }
        throw new AssertionError("no option with " + text + " in " + select.getText());
    }

    /** URLs of every request the page made so far (resource timing: fetches included). */
    @SuppressWarnings("unchecked")
    static List<String> requests(Browser browser) {
        return (List<String>) browser.script(
                "return performance.getEntriesByType('resource').map(e => e.name);");
    }
}
