package io.coachline.athlete.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.inject.Inject;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.coachline.analytics.control.DemoAthlete;
import io.coachline.analytics.entity.AthleteData;
import io.coachline.tenancy.control.DemoData;

/**
 * Gives the demo athlete a generated, realistic year of training (fixed seed) ending today, so every
 * analytics tool has something true to say on a fresh start. Runs once: skipped when the athlete
 * already has activities.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class DemoAthleteSeeder {

    public static final String ATHLETE = "demo-athlete";
    private static final Logger LOG = Logger.getLogger(DemoAthleteSeeder.class.getName());

    @PersistenceContext
    EntityManager em;

    // A business method of its own, so the whole history commits (or fails) as one transaction.
    @Inject
    GeneratedHistory history;

    @PostConstruct
    void seed() {
        Config config = ConfigProvider.getConfig(DemoAthleteSeeder.class.getClassLoader());
        if (!config.getOptionalValue(DemoData.DEMO_DATA_KEY, Boolean.class).orElse(false)) {
            return;
        }
        List<?> user = em.createNativeQuery("SELECT u.id FROM users u JOIN tenants t ON t.id = u.tenant_id "
                        + "WHERE t.external_id = ?1 AND u.subject = ?2")
                .setParameter(1, DemoData.TENANT).setParameter(2, ATHLETE).getResultList();
        if (user.isEmpty()) {
            return;
        }
        String userId = (String) user.get(0);
        Number existing = (Number) em.createNativeQuery("SELECT COUNT(*) FROM activities WHERE user_id = ?1")
                .setParameter(1, userId).getSingleResult();
        if (existing.longValue() > 0) {
            return;
        }
        ZoneId zone = ZoneId.of("Europe/Berlin");
        AthleteData data = DemoAthlete.generate(LocalDate.now(zone));
        history.store(userId, zone, data);
        LOG.info(() -> "Demo data: " + data.activities().size() + " activities, " + data.checkIns().size()
                + " check-ins and an active plan for " + ATHLETE);
    }

}
