package io.coachline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;

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

/** The training screen: importing a GPX file with visible progress, then the chart and tables with its data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebTrainingIT {

    private static final Path DATA = Deployments.freshDataDir("web-training");

    /** Samples the progress bar every 20 ms from before the upload starts. */
    private static final String WATCH_PROGRESS = """
            window.__progress = [];
            const bar = document.querySelector('#import-progress');
            window.__progressTimer = setInterval(() => {
                const seen = window.__progress;
                if (seen[seen.length - 1] !== bar.value) seen.push(bar.value);
            }, 20);""";

    /** How many pixels of the canvas are painted (not fully transparent). */
    private static final String PAINTED_PIXELS = """
            const canvas = document.querySelector(arguments[0]);
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) painted++;
            return painted;""";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Web.deployment(DATA);
    }

    @Test
    void anImportedRunShowsItsProgressThenFillsTheChartAndTables() {
        Web.User user = Web.User.fresh("Taylor Trainer", Web.freshTenant("club"), "user");
        // a 50-minute run two days ago: 600 trackpoints five seconds apart, with heart rate
        Path gpx = Gpx.file("hill-loop.gpx", "Hill loop", 2, 600, 5);
        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, user);
            browser.click("nav a[href=\"#/training\"]");
            browser.visible("#training");
            browser.present("canvas#pmc-chart");

            browser.script(WATCH_PROGRESS);
            browser.present("input#import-file[type=file]").sendKeys(gpx.toString());
            browser.await("the import reaches 100 %", d -> {
                Object value = browser.script("return document.querySelector('#import-progress').value;");
                return ((Number) value).doubleValue() >= 100 ? true : null;
            });
            String status = browser.awaitText("#import-status", "(?is).*done\\W*");
            @SuppressWarnings("unchecked")
            List<Number> progress = (List<Number>) browser.script("clearInterval(window.__progressTimer); return window.__progress;");
            assertEquals(100.0, progress.get(progress.size() - 1).doubleValue(), progress::toString);
            for (int i = 1; i < progress.size(); i++) {
                assertTrue(progress.get(i).doubleValue() >= progress.get(i - 1).doubleValue(), () -> "progress never goes back: " + progress);
            }
            WebElement result = browser.visible("#import-results li");
            assertTrue(result.getText().contains("hill-loop.gpx") && result.getText().toLowerCase().contains("imported"),
                    result.getText() + " / " + status);
            browser.script("arguments[0].scrollIntoView({block: 'center'});", browser.visible("#import-results"));
            browser.screenshot("import");

            // the server stored the run
            JsonObject runs = new Api(base).get("api/analytics/get_recent_runs?days=30", user.token()).json();
            assertTrue(runs.toString().contains("Hill loop"), runs::toString);

            // the chart of the last 30 days draws one point per day, and pixels
            new Select(browser.visible("#period")).selectByValue("30");
            browser.await("the chart has 30 days", d -> "30".equals(
                    d.findElement(By.cssSelector("canvas#pmc-chart")).getAttribute("data-points")) ? true : null);
            browser.await("the chart is painted", d -> ((Number) browser.script(PAINTED_PIXELS, "canvas#pmc-chart")).longValue() > 1000 ? true : null);
            JsonObject load = new Api(base).get("api/analytics/get_training_load?days=30", user.token()).json();
            assertEquals(30, load.getJsonArray("recent_days").size(), load::toString);
            assertTrue(load.getJsonArray("recent_days").getValuesAs(JsonObject.class).stream()
                    .anyMatch(day -> day.getJsonNumber("load").doubleValue() > 0), load::toString);

            // a longer period draws more days
            new Select(browser.visible("#period")).selectByValue("90");
            browser.await("the chart has 90 days", d -> "90".equals(
                    d.findElement(By.cssSelector("canvas#pmc-chart")).getAttribute("data-points")) ? true : null);

            // the recent runs table lists it (after the screen is shown again, at the latest)
            browser.route("#/coaches");
            browser.visible("#coaches");
            browser.route("#/training");
            browser.await("the run is listed", d -> d.findElements(By.cssSelector("#recent-runs tbody tr")).stream()
                    .anyMatch(tr -> tr.getText().contains("Hill loop")) ? true : null);
            browser.present("#race-predictions");
            browser.script("window.scrollTo(0, 0);");
            browser.screenshot("training");
        }
    }
}
