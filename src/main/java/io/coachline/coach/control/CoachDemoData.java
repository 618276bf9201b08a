package io.coachline.coach.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.ConfigProvider;

import io.coachline.platform.control.Inputs;
import io.coachline.coach.entity.Coach;
import io.coachline.coach.entity.CreateCoachInput;
import io.coachline.coach.entity.Visibility;
import io.coachline.tenancy.control.DemoData;

/**
 * With {@code coachline.demo-data=true}, gives the demo tenant six starter system coaches, one per
 * category, from {@code demo/coaches.json}. Ids are derived from the category, so a restart adds nothing
 * twice; a starter coach an admin has deleted comes back at the next start in demo mode.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class CoachDemoData {

    static final String RESOURCE = "/demo/coaches.json";
    private static final Logger LOG = Logger.getLogger(CoachDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void seed() {
        if (!ConfigProvider.getConfig(CoachDemoData.class.getClassLoader())
                .getOptionalValue(DemoData.DEMO_DATA_KEY, Boolean.class).orElse(false)) {
            return;
        }
        List<?> tenant = em.createNativeQuery("SELECT id FROM tenants WHERE external_id = ?1")
                .setParameter(1, DemoData.TENANT).getResultList();
        if (tenant.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        int added = 0;
        List<CreateCoachInput> starters = starters();
        for (CreateCoachInput starter : starters) {
            CreateCoachInput input = Inputs.validate("demo coach", starter);
            String id = idFor(input.category());
            if (em.find(Coach.class, id) == null) {
                Coach coach = Coach.systemCoach(id, (String) tenant.get(0), Visibility.TENANT, null, now);
                CoachContent.apply(coach, input.fields(), now);
                em.persist(coach);
                added++;
            }
        }
        int addedNow = added;
        LOG.info(() -> "Demo data: " + starters.size() + " starter coaches in tenant '" + DemoData.TENANT + "' ("
                + addedNow + " added now)");
    }

    static String idFor(String category) {
        return UUID.nameUUIDFromBytes(("coachline-demo-coach:" + category).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static List<CreateCoachInput> starters() {
        try (InputStream json = CoachDemoData.class.getResourceAsStream(RESOURCE);
             Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
                     .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
                     .setProperty("jsonb.fail-on-unknown-properties", true))) {
            return List.of(jsonb.fromJson(json, CreateCoachInput[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the demo coaches from " + RESOURCE, e);
        }
    }
}
