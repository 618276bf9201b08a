package io.coachline.platform.boundary;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Presents every request to the application with the server's own origin ({@link PublicBaseUrl}) in
 * place of the client's Host header, so that nothing built from the request (JAX-RS base URI, the
 * 401 challenge, the protected-resource metadata) can be made to name another host.
 */
public class PublicOriginFilter extends HttpFilter {

    @Inject
    PublicBaseUrl publicBaseUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new PublicOriginRequest(request, publicBaseUrl.origin(request)), response);
    }

    static final class PublicOriginRequest extends HttpServletRequestWrapper {

        private final PublicBaseUrl.Origin origin;

        PublicOriginRequest(HttpServletRequest request, PublicBaseUrl.Origin origin) {
            super(request);
            this.origin = origin;
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(origin.toString()).append(getRequestURI());
        }

        @Override
        public String getScheme() {
            return origin.scheme();
        }

        @Override
        public boolean isSecure() {
            return "https".equals(origin.scheme());
        }

        @Override
        public String getServerName() {
            return origin.host();
        }

        @Override
        public int getServerPort() {
            return origin.port();
        }

        @Override
        public String getHeader(String name) {
            return "host".equalsIgnoreCase(name) ? origin.hostHeader() : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "host".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(origin.hostHeader()))
                    : super.getHeaders(name);
        }
    }
}
