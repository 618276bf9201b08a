package io.coachline.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments: the real WAR that {@code mvn package} built, plus a configuration file that points
 * it at a fresh database directory and at the test identity provider ({@link TestTokens}).
 */
public final class Deployments {

    private Deployments() {
    }

    /** A fresh, not yet existing directory for one deployment's database. */
    public static Path freshDataDir(String name) {
        Path dir = Path.of(System.getProperty("coachline.it.dir", "target/it"), name + "-" + UUID.randomUUID());
        if (Files.exists(dir)) {
            throw new IllegalStateException("not fresh: " + dir);
        }
        return dir.toAbsolutePath();
    }

    /** The standard test configuration: database under {@code dataDir}, tokens from {@link TestTokens}. */
    public static Map<String, String> config(Path dataDir) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("coachline.db.path", dataDir.resolve("coachline.db").toString());
        config.put("mp.jwt.verify.publickey", TestTokens.jwks());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        config.put("mp.jwt.verify.audiences", TestTokens.AUDIENCE);
        config.put("coachline.platform-tenant", TestTokens.PLATFORM_TENANT);
        return config;
    }

    public static WebArchive war(Path dataDir) {
        return war(config(dataDir));
    }

    public static WebArchive war(Map<String, String> config) {
        return war("coachline.war", config);
    }

    /** Under another archive name (and so context root), for a class with several deployments. */
    public static WebArchive war(String archiveName, Map<String, String> config) {
        File built = new File(System.getProperty("coachline.war", "target/coachline.war"));
        if (!built.isFile()) {
            throw new IllegalStateException("build the WAR first (mvn verify): " + built);
        }
        WebArchive war = ShrinkWrap.create(WebArchive.class, archiveName)
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, built));
        // The WAR ships defaults in the same file: keep them and add the test's settings after them.
        String path = "/WEB-INF/classes/META-INF/microprofile-config.properties";
        Properties properties = new Properties();
        if (war.contains(path)) {
            try (var shipped = war.get(path).getAsset().openStream()) {
                properties.load(shipped);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        properties.putAll(config);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "test deployment");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war.addAsResource(new StringAsset(text.toString()), "META-INF/microprofile-config.properties");
    }
}
