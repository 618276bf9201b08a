package io.coachline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Browser;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.OidcServer;

/**
 * The athlete's screens (activities, one activity, plan, progress, profile) for the demo athlete's generated year
 * and for new users, on a desktop window and on a 390 px phone. One deployment for all of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebAthleteIT {

    private static final Path DATA = Deployments.freshDataDir("web-athlete");
    /** The demo athlete (tenant "demo"), signing in through the test provider with the same sub and tenant. */
    private static final Web.User DEMO = new Web.User("demo-athlete", "demo", "Jamie Runner", List.of("user"));

    /** How many pixels of the canvas are painted (not fully transparent). */
    private static final String PAINTED_PIXELS = """
            const canvas = document.querySelector(arguments[0]);
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) painted++;
            return painted;""";

    /** Visible elements of the shown screen (and the header) sticking out of the viewport, as "tag#id.class: left..right". */
    private static final String OUTSIDE_VIEWPORT = """
            const width = document.documentElement.clientWidth;
            const out = [];
            for (const e of document.querySelectorAll('header *, main > .screen:not([hidden]) *')) {
                if (e.closest('.visually-hidden, [hidden]') || e.offsetParent === null) continue;
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.height === 0) continue;
                if (r.left < -1 || r.right > width + 1) out.push(e.tagName + '#' + e.id + '.' + e.className + ': '
                    + Math.round(r.left) + '..' + Math.round(r.right));
            }
            if (document.documentElement.scrollWidth > width + 1) out.push('page scrolls sideways: ' + document.documentElement.scrollWidth);
            return out;""";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        Map<String, String> config = OidcServer.shared().config(DATA);
        config.put("coachline.demo-data", "true");
        return Deployments.war(config);
    }

    private Api api() {
        return new Api(base);
    }

    @Test
    void theHistoryPagesFiltersAndOpensAnActivityWithItsSplitsChart() {
        long total = api().get("api/activities?limit=1", DEMO.token()).json().getJsonNumber("total").longValue();
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, DEMO);
            browser.click("nav a[href=\"#/activities\"]");
            browser.awaitText("#activities-page", "1–20 of " + total + " activities");
            assertEquals(20, browser.all("#activity-list li").size());
            browser.screenshot("activities");
            browser.click("#activities-next");
            browser.awaitText("#activities-page", "21–40 of " + total + " activities");
            assertTrue(browser.clickable("#activities-prev").isEnabled());

            new Select(browser.visible("#activities-sport")).selectByValue("run");
            browser.click("#activities-apply");
            long runs = api().get("api/activities?sport=run&limit=1", DEMO.token()).json().getJsonNumber("total").longValue();
            browser.awaitText("#activities-page", "1–20 of " + runs + " activities");
            assertTrue(browser.all("#activity-list li").stream().allMatch(li -> li.getText().contains("Run")));

            WebElement first = browser.visible("#activity-list li a");
            String name = first.getText();
            String id = browser.visible("#activity-list li").getAttribute("data-activity-id");
            first.click();
            browser.awaitText("#activity-heading", java.util.regex.Pattern.quote(name));
            JsonObject detail = api().get("api/activities/" + id, DEMO.token()).json();
            int splits = detail.getJsonArray("splits").size();
            assertTrue(splits > 0, detail::toString);
            browser.await("the splits chart has one bar per km", d -> String.valueOf(splits).equals(
                    d.findElement(By.cssSelector("#splits-chart")).getAttribute("data-points")) ? true : null);
            browser.await("the splits chart is painted",
                    d -> ((Number) browser.script(PAINTED_PIXELS, "#splits-chart")).longValue() > 1000 ? true : null);
            assertEquals(splits, browser.all("#splits-table tbody tr").size());
            assertTrue(browser.text("#activity-stats").contains("Avg HR"));
            browser.screenshot("activity");
        }
    }

    @Test
    void deletingAnActivityTakesItOutOfTheListTheLoadAndThePersonalBests() {
        Web.User user = Web.User.fresh("Dana Deleter", Web.freshTenant("club"), "user");
        // the older, longer run holds every PB (the 10K one alone: the easy run is 6 km)
        Web.importNow(api(), user.token(), "tempo.gpx", Gpx.run("Tempo run", 5, 800, 5));
        Web.importNow(api(), user.token(), "easy.gpx", Gpx.run("Easy run", 2, 400, 5));
        JsonObject list = api().get("api/activities", user.token()).json();
        JsonObject tempo = list.getJsonArray("activities").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals("Tempo run")).findFirst().orElseThrow();
        String id = tempo.getString("id");
        assertTrue(api().get("api/analytics/get_pb_patterns", user.token()).body().contains(id), "the tempo run holds a PB");
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, user);
            browser.route("#/activities");
            browser.awaitText("#activities-page", "1–2 of 2 activities");
            browser.visible("#activity-list li[data-activity-id=\"" + id + "\"] a").click();
            browser.awaitText("#activity-heading", "Tempo run");
            browser.click("#delete-activity");
            browser.visible("#delete-confirm");
            browser.screenshot("activity-delete");
            browser.click("#delete-confirm-yes");
            browser.await("back on the list", d -> d.getCurrentUrl().endsWith("#/activities") ? true : null);
            browser.awaitText("#activities-page", "1–1 of 1 activity");
            assertFalse(browser.exists("#activity-list li[data-activity-id=\"" + id + "\"]"));

            browser.route("#/progress");
            browser.visible("#pb-list li");
            assertFalse(browser.exists("#pb-list a[href=\"#/activity/" + id + "\"]"), "no PB links to the deleted run");
        }
        assertEquals(404, api().get("api/activities/" + id, user.token()).status());
        assertFalse(api().get("api/analytics/get_pb_patterns", user.token()).body().contains(id));
        JsonObject load = api().get("api/analytics/get_training_load?days=30", user.token()).json();
        double thatDay = load.getJsonArray("recent_days").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("date").equals(tempo.getString("date")))
                .mapToDouble(d -> d.getJsonNumber("load").doubleValue()).findFirst().orElseThrow();
        assertEquals(0.0, thatDay, 1e-9, "the day's load is gone from the PMC: " + load);
    }

    @Test
    void thePlanWeekShowsPlannedWorkoutsAgainstWhatWasDone() {
        JsonObject week = api().get("api/analytics/get_plan_week", DEMO.token()).json();
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, DEMO);
            browser.click("nav a[href=\"#/plan\"]");
            browser.awaitText("#plan-summary", "(?s)" + java.util.regex.Pattern.quote(week.getString("plan_name")) + ".*");
            List<WebElement> days = browser.all("#plan-week li.day");
            assertEquals(7, days.size());
            for (int i = 0; i < 7; i++) {
                JsonObject day = week.getJsonArray("days").getJsonObject(i);
                assertEquals(day.getString("date"), days.get(i).getAttribute("data-date"));
                assertEquals(day.getString("status"), days.get(i).getAttribute("data-status"));
            }
            browser.screenshot("plan");
        }
    }

    @Test
    void aRejectedProfileValueShowsTheServersMessageAndAGoodOneIsSaved() {
        Web.User user = Web.User.fresh("Pat Profile", Web.freshTenant("club"), "user");
        String expected = api().put("api/athlete/profile", user.token(),
                "{\"max_hr\":400,\"preferred_units\":\"metric\",\"time_zone\":\"UTC\"}").json().getString("message");
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, user);
            browser.click("nav a[href=\"#/profile\"]");
            browser.awaitText("#profile-model", "(?s).*estimate per workout type.*");
            browser.type("#profile-max-hr", "400");
            browser.click("#profile-save");
            assertEquals(expected, browser.awaitText("#profile-error", ".+"));
            assertEquals("true", browser.visible("#profile-max-hr").getAttribute("aria-invalid"));
            browser.screenshot("profile-error");

            browser.type("#profile-max-hr", "190");
            browser.type("#profile-resting-hr", "48");
            browser.type("#profile-threshold-pace", "4:10");
            browser.type("#profile-time-zone", "Europe/Berlin");
            browser.click("#profile-save");
            browser.awaitText("#profile-status", "Saved\\.");
            assertTrue(browser.text("#profile-model").contains("rTSS"));
            browser.screenshot("profile");
        }
        JsonObject saved = api().get("api/athlete/profile", user.token()).json();
        assertEquals(190, saved.getInt("max_hr"));
        assertEquals(250.0, saved.getJsonNumber("threshold_pace_sec_per_km").doubleValue());
        assertEquals("Europe/Berlin", saved.getString("time_zone"));
    }

    @Test
    void progressShowsTheDemoAthletesBestsAndInsights() {
        JsonObject patterns = api().get("api/analytics/get_pb_patterns", DEMO.token()).json();
        JsonObject insights = api().get("api/analytics/get_active_insights?limit=10", DEMO.token()).json();
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, DEMO);
            browser.click("nav a[href=\"#/progress\"]");
            browser.visible("#pb-list li");
            List<JsonObject> bests = patterns.getJsonArray("current_bests").getValuesAs(JsonObject.class);
            assertFalse(bests.isEmpty(), patterns::toString);
            List<WebElement> shown = browser.all("#pb-list li");
            assertEquals(bests.size(), shown.size());
            for (int i = 0; i < bests.size(); i++) {
                assertTrue(shown.get(i).getText().contains(bests.get(i).getString("distance_name"))
                        && shown.get(i).getText().contains(bests.get(i).getString("date")), shown.get(i)::getText);
            }
            int count = insights.getJsonArray("insights").size();
            assertTrue(count > 0, insights::toString);
            assertEquals(count, browser.all("#insight-list li").size());
            assertTrue(browser.text("#insight-list").contains(insights.getJsonArray("insights").getJsonObject(0).getString("title")));
            browser.screenshot("progress");
        }
    }

    @Test
    void aNewUserIsToldWhatToDoInsteadOfSeeingEmptyCharts() {
        Web.User user = Web.User.fresh("Nova Newcomer", Web.freshTenant("club"), "user");
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, user);
            browser.route("#/training");
            assertTrue(browser.awaitText("#pmc-empty", "(?s).*import.*").contains("Profile"));
            assertFalse(browser.displayed("#pmc-chart"), "no empty axes");
            assertFalse(browser.displayed("#race-predictions"), "no empty table");
            browser.screenshot("empty-training");
            browser.route("#/activities");
            browser.awaitText("#activities-empty", "(?s)No activities yet.*Training.*");
            assertTrue(browser.exists("#activities-empty a[href=\"#/training\"]"));
            browser.route("#/plan");
            browser.awaitText("#plan-empty", "(?s)No active plan.*");
            browser.route("#/progress");
            browser.awaitText("#pbs-empty", "(?s)No personal bests yet.*");
            browser.awaitText("#insights-empty", "(?s)No insights yet.*");
            browser.screenshot("empty-progress");
        }
    }

    @Test
    void everyScreenFitsA390PixelPhone() {
        String id = api().get("api/activities?sport=run&limit=1", DEMO.token()).json()
                .getJsonArray("activities").getJsonObject(0).getString("id");
        try (Browser browser = new Browser()) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            Web.signIn(browser, base, DEMO);
            assertEquals(390L, ((Number) browser.script("return document.documentElement.clientWidth;")).longValue());
            Map<String, String> screens = new java.util.LinkedHashMap<>();
            screens.put("coaches", "#coach-list li");
            screens.put("chat", "#chat-input");
            screens.put("training", "#recent-runs tbody tr");
            screens.put("activities", "#activity-list li");
            screens.put("activity/" + id, "#splits-table tbody tr");
            screens.put("plan", "#plan-week li");
            screens.put("progress", "#pb-list li");
            screens.put("profile", "#profile-save");
            screens.forEach((screen, content) -> {
                browser.route("#/" + screen);
                browser.visible(content);
                browser.script("window.scrollTo(0, 0);");
                @SuppressWarnings("unchecked")
                List<String> outside = (List<String>) browser.script(OUTSIDE_VIEWPORT);
                browser.screenshot("phone-" + screen.replaceAll("/.*", ""));
                assertTrue(outside.isEmpty(), () -> screen + " at 390 px: " + outside);
            });
            browser.route("#/chat");
            WebElement input = browser.visible("#chat-input");
            browser.script("window.scrollTo(0, 0);");
            Number bottom = (Number) browser.script("return arguments[0].getBoundingClientRect().bottom;", browser.visible("#chat-send"));
            assertTrue(bottom.doubleValue() <= 844, "the question box is on the first screen: " + bottom + " " + input.getLocation());
        }
    }
}
