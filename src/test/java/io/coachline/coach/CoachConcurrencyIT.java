package io.coachline.coach;

import static io.coachline.coach.CoachClient.COACHES;
import static io.coachline.coach.CoachClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Db;
import io.coachline.testsupport.Deployments;
import io.coachline.testsupport.TestTokens;

/** The per-user invariants under parallel requests of one user: they hold by construction, not by luck. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoachConcurrencyIT {

    private static final Path DATA = Deployments.freshDataDir("coach-concurrency");
    private static final int THREADS = 64;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(DATA);
    }

    /** Sends {@code count} requests from a pool, all released at once; returns the replies in order. */
    private static List<Api.Reply> parallel(int count, IntFunction<Api.Reply> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<Api.Reply> call = () -> {
                    start.await();
                    return request.apply(n);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertAllOk(List<Api.Reply> replies) {
        List<Api.Reply> failed = replies.stream().filter(r -> r.status() != 200).toList();
        assertTrue(failed.isEmpty(), failed.size() + " failed, e.g. " + (failed.isEmpty() ? "" : failed.get(0)));
    }

    @Test
    void parallelActivationsLeaveExactlyOneActiveCoach() throws Exception {
        CoachClient client = new CoachClient(base);
        String token = TestTokens.user("conc", "racer");
        List<String> coaches = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            coaches.add(client.create(token, "Coach " + i, "p").getString("id"));
        }
        List<Api.Reply> replies = parallel(200, n -> client.api.post(COACHES + "/" + coaches.get(n % 20) + "/activate", token));
        assertAllOk(replies);
        List<Map<String, Object>> rows = new Db(DATA).rows(
                "SELECT a.coach_id FROM active_coaches a JOIN users u ON u.id = a.user_id WHERE u.subject = 'racer'");
        assertEquals(1, rows.size(), rows::toString);
        String active = ok(client.api.get(COACHES + "/active", token)).getJsonObject("coach").getString("id");
        assertEquals(rows.get(0).get("coach_id"), active);
        assertEquals(1, client.list(token, "limit=100").getJsonArray("coaches").getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(c -> c.getBoolean("is_active")).count());
    }

    @Test
    void parallelUsageIsCountedExactly() throws Exception {
        CoachClient client = new CoachClient(base);
        String token = TestTokens.user("conc", "heavy-user");
        String coach = client.create(token, "Busy", "p").getString("id");
        List<Api.Reply> replies = parallel(1000, n -> client.api.post(COACHES + "/" + coach + "/usage", token));
        assertAllOk(replies);
        assertEquals(1000, ok(client.api.get(COACHES + "/" + coach, token)).getInt("usage_count"));
        assertEquals(1000, new Db(DATA).count("SELECT usage_count FROM coaches WHERE id = ?", coach));
        // every reply saw its own increment: the counts handed out are exactly 1..1000
        assertEquals(1000, replies.stream().map(r -> r.json().getInt("usage_count")).distinct().count());
    }

    @Test
    void parallelFavoriteTogglesNeverFailAndEndByParity() throws Exception {
        CoachClient client = new CoachClient(base);
        String token = TestTokens.user("conc", "fickle");
        String coach = client.create(token, "Maybe", "p").getString("id");
        List<Api.Reply> replies = parallel(101, n -> client.api.post(COACHES + "/" + coach + "/favorite", token));
        assertAllOk(replies);
        // 101 flips from "not favorite" end on favorite; each reply saw a consistent value
        assertTrue(ok(client.api.get(COACHES + "/" + coach, token)).getBoolean("is_favorite"));
        assertEquals(51, replies.stream().filter(r -> r.json().getBoolean("is_favorite")).count());
    }
}
