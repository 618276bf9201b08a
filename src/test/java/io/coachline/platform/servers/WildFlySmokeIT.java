package io.coachline.platform.servers;

import java.net.MalformedURLException;
import java.net.URI;

import io.coachline.testsupport.Api;

/**
 * {@link ServerSmoke} on WildFly: the server pom.xml provisions (Galleon layers + src/main/wildfly/coachline.cli),
 * starts and deploys the built WAR to before the failsafe execution "wildfly" runs this class; its
 * configuration comes from testsupport.WildFlyConfig. Health is on WildFly's management port.
 */
class WildFlySmokeIT extends ServerSmoke {

    private static Api at(String property) {
        String url = System.getProperty(property);
        if (url == null) {
            throw new IllegalStateException(property + " is not set: run through mvn verify (failsafe execution wildfly)");
        }
        try {
            return new Api(URI.create(url).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(property + "=" + url, e);
        }
    }

    @Override
    Api api() {
        return at("coachline.wildfly.url");
    }

    @Override
    Api health() {
        return at("coachline.wildfly.management-url");
    }
}
