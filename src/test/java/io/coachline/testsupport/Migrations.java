package io.coachline.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

/** What the migrations folder holds and what a server reports and stores about applying it. */
public final class Migrations {

    private Migrations() {
    }

    /** The versions of the SQL files in the top-level migrations/ folder, in order. */
    public static List<String> shipped() {
        try (Stream<Path> files = Files.list(Path.of("migrations"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The versions recorded as applied in the database, in the order they were applied. */
    public static List<String> applied(Path dataDir) {
        List<Map<String, Object>> rows = new Db(dataDir).rows(
                "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank");
        return rows.stream().map(r -> String.valueOf(r.get("version"))).toList();
    }

    /** The readiness check named "database", asserting the server is UP. */
    public static JsonObject readyDatabaseCheck(Api api) {
        Api.Reply reply = api.get("/health/ready", null);
        if (reply.status() != 200 || !"UP".equals(reply.json().getString("status"))) {
            throw new AssertionError("not ready: " + reply);
        }
        return reply.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst()
                .orElseThrow(() -> new AssertionError("no database check: " + reply));
    }

    public static int appliedAtStart(JsonObject databaseCheck) {
        return Integer.parseInt(databaseCheck.getJsonObject("data").getString("migrations_applied_at_start"));
    }
}
