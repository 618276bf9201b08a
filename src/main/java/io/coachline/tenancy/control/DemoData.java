package io.coachline.tenancy.control;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.inject.Inject;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Start-up for local runs: warns loudly when the development issuer is on, and with
 * {@code coachline.demo-data=true} provisions the demo tenant and its users. Features seed their own demo
 * data from startup beans that depend on this one (coaches: {@code CoachDemoData}).
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class DemoData {

    public static final String DEMO_DATA_KEY = "coachline.demo-data";
    public static final String TENANT = "demo";

    /** A demo user: what the development sign-in page offers. */
    public record DemoUser(String subject, String name, String email, List<String> roles) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("demo-admin", "Alex Admin", "admin@demo.coachline.local", List.of("user", "admin")),
            new DemoUser("demo-athlete", "Jamie Runner", "jamie@demo.coachline.local", List.of("user")),
            new DemoUser("demo-athlete-2", "Sam Strider", "sam@demo.coachline.local", List.of("user")));

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    UserDirectory directory;

    @PostConstruct
    void start() {
        Config config = ConfigProvider.getConfig(DemoData.class.getClassLoader());
        DevIssuer.refusal(config).ifPresent(LOG::warning);
        if (DevIssuer.enabled(config)) {
            LOG.warning("\n************************************************************************\n"
                    + "* DEVELOPMENT ISSUER IS ON (coachline.dev-issuer.enabled=true).        *\n"
                    + "* Anyone who can reach /dev/token can sign in as any user and tenant.  *\n"
                    + "* Never enable it on a server reachable by others.                     *\n"
                    + "************************************************************************");
        }
        if (config.getOptionalValue(DEMO_DATA_KEY, Boolean.class).orElse(false)) {
            for (DemoUser user : USERS) {
                directory.resolve(new UserDirectory.TokenClaims(TENANT, user.subject(), user.name(), user.email(),
                        Set.copyOf(user.roles())));
            }
            LOG.info(() -> "Demo data: tenant '" + TENANT + "' with " + USERS.size() + " users");
        }
    }

    public static DemoUser user(String subject) {
        return USERS.stream().filter(u -> u.subject().equals(subject)).findFirst().orElse(null);
    }
}
