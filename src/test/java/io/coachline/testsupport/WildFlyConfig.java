package io.coachline.testsupport;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Writes the WildFly smoke run's configuration before Maven starts WildFly (exec-maven-plugin, see pom.xml):
 * the test key pair ({@link TestTokens#SIGNING_KEY_PROPERTY}, read by the test JVM), its public JWKS, and
 * {@code server.properties} (the start goal's properties file) with the same settings the Payara test
 * deployments get from {@link Deployments#config}, the key given as a file URL since the server starts first.
 */
public final class WildFlyConfig {

    private WildFlyConfig() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("signing-key.json"), TestTokens.signingKeyJson());
        Path jwks = Files.writeString(dir.resolve("jwks.json"), TestTokens.jwks());

        Map<String, String> config = Deployments.config(dir.resolve("data-" + UUID.randomUUID()));
        config.remove("mp.jwt.verify.publickey");
        config.put("mp.jwt.verify.publickey.location", jwks.toUri().toString());
        Properties properties = new Properties();
        properties.putAll(config);
        try (Writer out = Files.newBufferedWriter(dir.resolve("server.properties"))) {
            properties.store(out, "WildFly smoke run (written by " + WildFlyConfig.class.getName() + ")");
        }
    }
}
