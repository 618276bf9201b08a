package io.coachline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Browser;
import io.coachline.testsupport.Deployments;

/**
 * The chat: a question to the active coach is answered as a stream (offline provider, no API key), and the
 * finished answer shows its route, model, tools and cost.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebChatIT {

    private static final Path DATA = Deployments.freshDataDir("web-chat");

    /** Records, from before the question is sent, what the assistant's message went through. */
    private static final String WATCH_MESSAGES = """
            window.__chat = {streaming: false, texts: []};
            new MutationObserver(() => {
                const messages = document.querySelectorAll('#messages .message.assistant');
                const last = messages[messages.length - 1];
                if (!last) return;
                if (last.classList.contains('streaming')) window.__chat.streaming = true;
                const text = last.querySelector('.answer-text')?.textContent || '';
                const seen = window.__chat.texts;
                if (text && seen[seen.length - 1] !== text) seen.push(text);
            }).observe(document.querySelector('#messages'),
                {subtree: true, childList: true, attributes: true, characterData: true});""";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Web.deployment(DATA);
    }

    private String createCoach(String token, String title) {
        Api.Reply created = new Api(base).post("api/coaches", token, Json.createObjectBuilder().add("title", title)
                .add("category", "training").add("system_prompt", "You are " + title + ", a running coach.").build().toString());
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    @Test
    void aQuestionIsAnsweredAsAStreamWithItsRouteAndCost() {
        Web.User user = Web.User.fresh("Quinn Question", Web.freshTenant("club"), "user");
        String token = user.token();
        Api api = new Api(base);
        // a run of this user's own, and two coaches of theirs, one active
        Web.importNow(api, token, "easy-run.gpx", Gpx.run("Easy run", 1, 400, 5));
        String pacer = createCoach(token, "Pace Pal");
        String tempo = createCoach(token, "Tempo Tutor");
        assertEquals(200, api.post("api/coaches/" + pacer + "/activate", token).status());

        try (Browser browser = new Browser()) {
            Web.signIn(browser, base, user);
            browser.click("nav a[href=\"#/chat\"]");
            browser.visible("#chat");
            browser.awaitText("#chat-active-coach", "(?s).*Pace Pal.*");

            // switching the coach here activates it for the user
            Web.selectContaining(browser.visible("#chat-coach-switch"), "Tempo Tutor");
            browser.awaitText("#chat-active-coach", "(?s).*Tempo Tutor.*");
            browser.await("the server has the new active coach", d -> tempo.equals(
                    api.get("api/coaches/active", token).json().getJsonObject("coach").getString("id")) ? true : null);

            browser.click("#new-conversation");
            // ask once the new conversation is open, as a person would: chat.js's openConversation() does not
            // check for a running stream after loading, so a question sent while it loads is wiped from #messages
            browser.present("#conversation-list li.current[data-conversation-id]");
            browser.script(WATCH_MESSAGES);
            browser.type("#chat-input", "What's my TSB?");
            browser.click("#chat-send");

            WebElement answer = browser.await("the answer is complete", d -> d.findElements(
                    By.cssSelector("#messages .message.assistant")).stream()
                    .filter(m -> !m.findElements(By.cssSelector(".answer-meta .route")).isEmpty()
                            && !m.findElement(By.cssSelector(".answer-meta .route")).getText().isBlank())
                    .findFirst().orElse(null));
            assertFalse(answer.getAttribute("class").contains("streaming"), "the stream is closed");
            @SuppressWarnings("unchecked")
            Map<String, Object> watched = (Map<String, Object>) browser.script("return window.__chat;");
            assertEquals(Boolean.TRUE, watched.get("streaming"), () -> "the message was marked streaming: " + watched);
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) watched.get("texts");
            assertFalse(texts.isEmpty(), () -> "the answer text arrived: " + watched);

            String text = answer.findElement(By.cssSelector(".answer-text")).getText();
            assertTrue(text.contains("TSB"), text);
            assertTrue(answer.findElement(By.cssSelector(".route")).getText().contains("simple"),
                    answer.findElement(By.cssSelector(".answer-meta")).getText());
            assertTrue(answer.findElement(By.cssSelector(".model")).getText().contains("offline"));
            assertTrue(answer.findElement(By.cssSelector(".tools")).getText().contains("get_training_load"));
            assertTrue(answer.findElement(By.cssSelector(".cost")).getText().matches("(?s).*\\$0\\.0000.*"),
                    answer.findElement(By.cssSelector(".cost")).getText());
            assertTrue(browser.text("#messages .message.user").contains("What's my TSB?"));
            browser.screenshot("chat");

            // the conversation is listed and stored as shown
            WebElement listed = browser.visible("#conversation-list li[data-conversation-id]");
            JsonObject stored = api.get("api/chat/conversations/" + listed.getAttribute("data-conversation-id"), token).json();
            JsonArray messages = stored.getJsonArray("messages");
            assertEquals(2, messages.size(), stored::toString);
            assertEquals(normalise(messages.getJsonObject(1).getString("content")), normalise(text));

            // Enter sends too; the overview runs three tools and its text grows piece by piece as each answers
            browser.script(WATCH_MESSAGES);
            WebElement input = browser.visible("#chat-input");
            input.sendKeys("Analyze my training and suggest improvements");
            input.sendKeys(Keys.ENTER);
            browser.await("a second complete answer", d -> d.findElements(By.cssSelector("#messages .message.assistant .answer-meta .route"))
                    .stream().filter(r -> !r.getText().isBlank()).count() == 2);
            List<WebElement> assistants = browser.all("#messages .message.assistant");
            WebElement overview = assistants.get(assistants.size() - 1);
            assertTrue(overview.findElement(By.cssSelector(".route")).getText().contains("standard"),
                    overview.findElement(By.cssSelector(".answer-meta")).getText());
            assertEquals("", browser.visible("#chat-input").getAttribute("value"), "the input is cleared");
            @SuppressWarnings("unchecked")
            Map<String, Object> streamed = (Map<String, Object>) browser.script("return window.__chat;");
            @SuppressWarnings("unchecked")
            List<String> pieces = (List<String>) streamed.get("texts");
            assertEquals(Boolean.TRUE, streamed.get("streaming"), streamed::toString);
            assertTrue(pieces.size() >= 2, () -> "the answer arrived in pieces: " + streamed);
            for (int i = 1; i < pieces.size(); i++) {
                assertTrue(pieces.get(i).startsWith(pieces.get(i - 1)), () -> "each piece extends the text: " + streamed);
            }
            assertEquals(normalise(overview.findElement(By.cssSelector(".answer-text")).getText()),
                    normalise(pieces.get(pieces.size() - 1)));
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
