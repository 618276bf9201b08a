package io.coachline.platform.boundary;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The origin (scheme://host:port) under which the server names itself in absolute URLs: the
 * {@code WWW-Authenticate} challenge and the protected-resource metadata. Never the request's Host
 * header, which any client can set: the configured public URL, else the address and port the
 * connection actually arrived at.
 */
@ApplicationScoped
public class PublicBaseUrl {

    public static final String KEY = "coachline.public-base-url";

    @Inject
    @ConfigProperty(name = KEY)
    Optional<String> configured;

    public Origin origin(HttpServletRequest request) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return Origin.parse(configured.get());
        }
        String address = request.getLocalAddr();
        String host = address.contains(":") ? "[" + address + "]" : address;
        return new Origin(request.getScheme(), host, request.getLocalPort());
    }

    /** The application's base URL, ending in '/'. */
    public String base(HttpServletRequest request) {
        return origin(request) + request.getContextPath() + "/";
    }

    public record Origin(String scheme, String host, int port) {

        /** An http(s) URL with no path beyond '/', no query and no user info. */
        static Origin parse(String url) {
            URI uri;
            try {
                uri = URI.create(url.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(KEY + " is not a URL: " + url, e);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath());
            if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null || !bare
                    || uri.getRawQuery() != null || uri.getRawUserInfo() != null) {
                throw new IllegalStateException(KEY + " must be http(s)://host[:port] without a path: " + url);
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return new Origin(scheme, uri.getHost(), port);
        }

        /** Host header value: the port only when it is not the scheme's default. */
        public String hostHeader() {
            boolean defaultPort = port == ("https".equals(scheme) ? 443 : 80);
            return defaultPort ? host : host + ":" + port;
        }

        @Override
        public String toString() {
            return scheme + "://" + hostHeader();
        }
    }
}
