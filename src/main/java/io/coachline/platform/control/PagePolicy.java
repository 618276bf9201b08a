package io.coachline.platform.control;

import java.net.URI;
import java.util.Optional;

/**
 * The Content-Security-Policy of the web page. The page loads only its own files (ES modules, styles,
 * the Chart.js WebJar), talks to the API on its own origin and, for OpenID Connect sign-in, fetches
 * discovery and the token endpoint from the issuer; it is never framed and submits no forms elsewhere.
 */
public final class PagePolicy {

    private PagePolicy() {
    }

    /** @param issuer the OpenID Connect issuer the page signs in at, if any (a non-URL issuer adds nothing) */
    public static String contentSecurityPolicy(Optional<String> issuer) {
        String connect = "'self'" + issuer.flatMap(PagePolicy::origin).map(origin -> " " + origin).orElse("");
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src " + connect + "; form-action 'self'; base-uri 'none'; object-src 'none'; "
                + "frame-ancestors 'none'";
    }

    /** scheme://host[:port] of an http(s) URL, or empty. */
    static Optional<String> origin(String url) {
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return Optional.empty();
            }
            return Optional.of(scheme.toLowerCase() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
