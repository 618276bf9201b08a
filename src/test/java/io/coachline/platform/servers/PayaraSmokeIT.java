package io.coachline.platform.servers;

import java.net.URL;
import java.nio.file.Path;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import io.coachline.testsupport.Api;
import io.coachline.testsupport.Deployments;

/** {@link ServerSmoke} on Payara Micro: the built WAR deployed by Arquillian; Health on the HTTP port. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayaraSmokeIT extends ServerSmoke {

    private static final Path DATA = Deployments.freshDataDir("smoke");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(DATA);
    }

    @Override
    Api api() {
        return new Api(base);
    }

    @Override
    Api health() {
        return new Api(base);
    }
}
