package io.coachline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;

import jakarta.json.JsonArray;
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

/** The admin screen: a tenant admin publishes a private system coach and assigns it to one user. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebAdminIT {

    private static final Path DATA = Deployments.freshDataDir("web-admin");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Web.deployment(DATA);
    }

    @Test
    void anAdminAssignsAPrivateCoachAndOnlyThatUserSeesIt() {
        String tenant = Web.freshTenant("club");
        Web.User athlete = Web.User.fresh("Riley Athlete", tenant, "user");
        Web.User other = Web.User.fresh("Sam Other", tenant, "user");
        Web.User admin = Web.User.fresh("Alex Admin", tenant, "user", "admin");
        String title = "Marathon Mentor " + athlete.sub().substring(athlete.sub().length() - 4);

        // both users have signed in once, so the tenant knows them
        for (Web.User user : new Web.User[] {athlete, other}) {
            try (Browser browser = new Browser()) {
                Web.signIn(browser, base, user);
                browser.visible("#coaches");
            }
        }

        String coachId;
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, admin);
            browser.click("nav a[href=\"#/admin\"]");
            browser.visible("#admin");
            browser.click("#admin-new-coach");
            browser.visible("form#admin-coach-form");
            browser.type("#admin-coach-title", title);
            browser.type("#admin-coach-description", "Long-run plans for the spring marathon");
            new Select(browser.visible("#admin-coach-category")).selectByValue("training");
            new Select(browser.visible("#admin-coach-visibility")).selectByValue("private");
            assertEquals(Boolean.FALSE, browser.script("""
                    const global = document.querySelector('#admin-coach-visibility option[value="global"]');
                    return !!global && !global.disabled && !global.hidden;"""), "global is for super-admins only");
            browser.type("#admin-coach-prompt", "You are a marathon coach. Plan long runs carefully.");
            browser.click("#admin-coach-save");
            WebElement listed = browser.await("the coach is listed", d -> d.findElements(By.cssSelector("#admin-coach-list li[data-coach-id]"))
                    .stream().filter(li -> li.getText().contains(title)).findFirst().orElse(null));
            coachId = listed.getAttribute("data-coach-id");
            assertTrue(listed.getText().toLowerCase().contains("private"), listed.getText());

            listed.findElement(By.cssSelector("button.assignments")).click();
            browser.visible("#assignments");
            Select users = new Select(browser.visible("#assign-user"));
            browser.await("the tenant's users are offered", d -> users.getOptions().stream()
                    .anyMatch(o -> o.getAttribute("value").equals(athlete.sub())) ? true : null);
            users.selectByValue(athlete.sub());
            browser.click("#assign");
            browser.await("the athlete is assigned", d -> d.findElements(By.cssSelector("#assignment-list li")).stream()
                    .anyMatch(li -> li.getText().contains(athlete.name()) || li.getText().contains(athlete.sub())) ? true : null);
            assertEquals(1, browser.all("#assignment-list li").size());
            assertTrue(browser.exists("#assignment-list li button.unassign"));
            browser.script("window.scrollTo(0, 0);");
            browser.screenshot("admin");
        }

        // the server agrees
        JsonArray assignments = new Api(base).get("api/admin/coaches/" + coachId + "/assignments", admin.token()).array();
        assertEquals(1, assignments.size(), assignments::toString);
        assertEquals(athlete.sub(), assignments.getJsonObject(0).getString("user_id"));

        // the athlete, signed in afresh, sees the coach; the other user of the tenant does not
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, athlete);
            WebElement coach = browser.await("the assigned coach is listed", d -> d.findElements(
                    By.cssSelector("#coach-list li.coach[data-coach-id=\"" + coachId + "\"]")).stream().findFirst().orElse(null));
            assertTrue(coach.getText().contains(title), coach.getText());
            assertFalse(coach.findElements(By.cssSelector("button.activate")).isEmpty(), "it can be activated");
            assertTrue(coach.findElements(By.cssSelector("button.delete")).isEmpty(), "a system coach is not the user's to delete");
        }
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, other);
            browser.visible("#coaches");
            // the list has loaded (its empty state or coaches) and the private coach is not in it
            browser.await("the coach list has loaded", d -> ((Boolean) browser.script(
                    "return !!document.querySelector('#coach-list').textContent.trim();")) ? true : null);
            assertFalse(browser.exists("#coach-list li.coach[data-coach-id=\"" + coachId + "\"]"));
            JsonObject list = new Api(base).get("api/coaches", other.token()).json();
            assertEquals(0, list.getInt("total"), list::toString);
        }
    }
}
