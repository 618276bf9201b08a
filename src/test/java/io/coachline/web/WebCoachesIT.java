package io.coachline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Browser;
import io.coachline.testsupport.Deployments;

/** The coaches screen: activating a coach, creating one, and the prompt's token limit. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebCoachesIT {

    private static final Path DATA = Deployments.freshDataDir("web-coaches");
    private static final Pattern TOKENS = Pattern.compile("(\\d[\\d,]*) / 2,?000 tokens");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Web.deployment(DATA);
    }

    /** A tenant whose admin published two system coaches every user of the tenant sees. */
    private String tenantWithCoaches(String... titlesAndCategories) {
        String tenant = Web.freshTenant("club");
        String admin = Web.User.fresh("Club Admin", tenant, "user", "admin").token();
        for (int i = 0; i < titlesAndCategories.length; i += 2) {
            Api.Reply created = new Api(base).post("api/admin/coaches", admin, Json.createObjectBuilder()
                    .add("title", titlesAndCategories[i]).add("category", titlesAndCategories[i + 1])
                    .add("description", "A coach for " + titlesAndCategories[i + 1])
                    .add("system_prompt", "You are a friendly " + titlesAndCategories[i + 1] + " coach.")
                    .add("visibility", "tenant").build().toString());
            assertEquals(201, created.status(), created::toString);
        }
        return tenant;
    }

    @Test
    void activatingACoachMarksItAndTheServerAgrees() {
        String tenant = tenantWithCoaches("Tempo Tutor", "training", "Fuel Guide", "nutrition");
        Web.User user = Web.User.fresh("Jamie Runner", tenant, "user");
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, user);
            browser.await("both coaches listed", d -> d.findElements(By.cssSelector("#coach-list li.coach")).size() == 2);
            WebElement tempo = coach(browser, "Tempo Tutor");
            String id = tempo.getAttribute("data-coach-id");
            assertEquals("training", tempo.findElement(By.cssSelector(".coach-category")).getText().toLowerCase().trim());
            assertFalse(tempo.getAttribute("class").contains("active"), "nothing is active yet");
            // grouped by category: a heading per category
            String list = browser.text("#coach-list").toLowerCase();
            assertTrue(list.contains("training") && list.contains("nutrition"), list);

            tempo.findElement(By.cssSelector("button.activate")).click();
            String selector = "#coach-list li.coach[data-coach-id=\"" + id + "\"]";
            browser.await("the activated coach is marked", d -> {
                List<WebElement> li = d.findElements(By.cssSelector(selector + ".active .active-badge"));
                return !li.isEmpty() && li.get(0).getText().contains("Active");
            });
            assertEquals(1, browser.all("#coach-list li.coach.active").size(), "one active coach");
            browser.awaitText("#active-coach", "(?s).*Tempo Tutor.*");
            browser.screenshot("coaches");

            JsonObject active = new Api(base).get("api/coaches/active", user.token()).json();
            assertTrue(active.getBoolean("active"), active::toString);
            assertEquals(id, active.getJsonObject("coach").getString("id"), active::toString);

            // another coach takes over; then none
            coach(browser, "Fuel Guide").findElement(By.cssSelector("button.activate")).click();
            browser.awaitText("#active-coach", "(?s).*Fuel Guide.*");
            browser.await("the old coach is no longer marked", d -> d.findElements(By.cssSelector(selector + ".active")).isEmpty());
            browser.click("#deactivate");
            browser.await("no coach marked", d -> d.findElements(By.cssSelector("#coach-list li.coach.active")).isEmpty());
            Api.Reply none = new Api(base).get("api/coaches/active", user.token());
            assertTrue(none.status() == 204 || !none.json().getBoolean("active"), none::toString);
        }
    }

    @Test
    void creatingACoachCountsThePromptsTokensAndStopsOverTheLimit() {
        Web.User user = Web.User.fresh("Morgan Maker", Web.freshTenant("club"), "user");
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, user);
            browser.visible("#coaches");
            browser.click("#new-coach");
            browser.visible("form#coach-form");
            browser.type("#coach-title", "Hill Hero");
            browser.type("#coach-description", "Hill repeats and strength on climbs");
            new Select(browser.visible("#coach-category")).selectByValue("training");
            browser.type("#coach-tags", "hills, strength");
            browser.type("#coach-samples", "How steep should my hill repeats be?");
            browser.type("#coach-prompt", "You are a hill running coach. Answer briefly.");
            int few = tokens(browser, n -> n > 0 && n < 50);
            assertFalse(browser.visible("#prompt-tokens").getAttribute("class").contains("over"));
            assertTrue(browser.visible("#coach-save").isEnabled());

            // a prompt far over 2,000 tokens: set most of it at once, type the rest as a person would
            String longPrompt = "Climb strong, run tall and breathe. ".repeat(330);
            browser.script("const p = document.querySelector('#coach-prompt'); p.value = arguments[0];"
                    + "p.dispatchEvent(new Event('input', {bubbles: true}));", longPrompt);
            browser.visible("#coach-prompt").sendKeys(" Always.");
            int many = tokens(browser, n -> n > 2000);
            browser.await("the counter is marked over", d -> d.findElement(By.cssSelector("#prompt-tokens")).getAttribute("class").contains("over"));
            browser.await("save is disabled", d -> !d.findElement(By.cssSelector("#coach-save")).isEnabled());
            browser.script("arguments[0].scrollIntoView({block: 'end'});", browser.visible("#coach-save"));
            browser.screenshot("coach-editor");

            // the counter is the server's count, and the server refuses the same prompt naming the field
            String fullPrompt = (String) browser.script("return document.querySelector('#coach-prompt').value;");
            Api api = new Api(base);
            JsonObject count = api.post("api/coaches/prompt-tokens", user.token(),
                    Json.createObjectBuilder().add("system_prompt", fullPrompt).build().toString()).json();
            assertEquals(many, count.getInt("token_count"), count::toString);
            assertEquals(2000, count.getInt("limit"), count::toString);
            Api.Reply refused = api.post("api/coaches", user.token(), Json.createObjectBuilder()
                    .add("title", "Hill Hero").add("system_prompt", fullPrompt).build().toString());
            assertEquals(400, refused.status(), refused::toString);
            assertEquals("system_prompt", refused.json().getString("field"), refused::toString);

            // back under the limit, it saves and the new coach is listed as the user's own
            browser.type("#coach-prompt", "You are a hill running coach. Answer briefly.");
            assertEquals(few, tokens(browser, n -> n < 50));
            browser.await("save is enabled again", d -> d.findElement(By.cssSelector("#coach-save")).isEnabled());
            browser.click("#coach-save");
            WebElement created = browser.await("the new coach is listed", d -> d.findElements(By.cssSelector("#coach-list li.coach"))
                    .stream().filter(li -> li.getText().contains("Hill Hero")).findFirst().orElse(null));
            assertTrue(!created.findElements(By.cssSelector("button.edit")).isEmpty()
                    && !created.findElements(By.cssSelector("button.delete")).isEmpty(), "own coach: edit and delete");
            JsonObject stored = api.get("api/coaches/" + created.getAttribute("data-coach-id"), user.token()).json();
            assertEquals("Hill Hero", stored.getString("title"), stored::toString);
            assertEquals("training", stored.getString("category"), stored::toString);
            assertEquals(2, stored.getJsonArray("tags").size(), stored::toString);
            assertEquals(few, stored.getInt("token_count"), stored::toString);
        }
    }

    @Test
    void theServersRefusalIsShownNamingTheField() {
        Web.User user = Web.User.fresh("Nico Neat", Web.freshTenant("club"), "user");
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, user);
            browser.click("#new-coach");
            browser.visible("form#coach-form");
            browser.type("#coach-title", "Tag Tangle");
            // eleven tags: the server allows ten
            browser.type("#coach-tags", "a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11");
            browser.type("#coach-prompt", "You are a coach.");
            tokens(browser, n -> n > 0);
            browser.click("#coach-save");
            String error = browser.awaitText("#coach-form-error", "(?s).*\\S.*");
            assertTrue(error.toLowerCase().contains("tags"), error);
        }
    }

    private static WebElement coach(Browser browser, String title) {
        return browser.await("coach " + title, d -> d.findElements(By.cssSelector("#coach-list li.coach")).stream()
                .filter(li -> li.findElement(By.cssSelector(".coach-title")).getText().contains(title))
                .findFirst().orElse(null));
    }

    /** Waits until the live counter shows a count satisfying {@code expected}; returns it. */
    private static int tokens(Browser browser, java.util.function.IntPredicate expected) {
        String text = browser.await("#prompt-tokens count", d -> {
            String t = d.findElement(By.cssSelector("#prompt-tokens")).getText();
            Matcher m = TOKENS.matcher(t);
            return m.find() && expected.test(Integer.parseInt(m.group(1).replace(",", ""))) ? t : null;
        });
        Matcher m = TOKENS.matcher(text);
        assertTrue(m.find(), text);
        return Integer.parseInt(m.group(1).replace(",", ""));
    }
}
