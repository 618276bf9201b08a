package io.coachline.platform.boundary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Caps request bodies before anything parses them: a declared Content-Length over the limit is refused
 * at once, and any other body (chunked included) is read into memory only up to the limit; one byte more
 * and the answer is a JSON 413. The activity import takes multipart uploads under its own, larger limit
 * ({@code coachline.import.max-bytes}) and is left to it.
 */
public class BodyLimitFilter extends HttpFilter {

    static final String IMPORT_PATH = "/api/activities/import";
    static final String MCP_PATH = "/mcp";

    @Inject
    @ConfigProperty(name = "coachline.http.max-body-bytes", defaultValue = "1048576")
    long apiLimit;

    @Inject
    @ConfigProperty(name = "coachline.mcp.max-body-bytes", defaultValue = "1048576")
    long mcpLimit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (IMPORT_PATH.equals(path)) {
            chain.doFilter(request, response);
            return;
        }
        long limit = MCP_PATH.equals(path) || path.startsWith(MCP_PATH + "/") ? mcpLimit : apiLimit;
        long declared = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (declared > limit) {
            refuse(response, limit);
            return;
        }
        if (declared <= 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), limit);
        if (body == null) {
            refuse(response, limit);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    /** The whole stream if it holds at most {@code limit} bytes, else null (having read limit + 1 bytes). */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
            out.write(buffer, 0, read);
            total += read;
            if (total > limit) {
                return null;
            }
        }
        return out.toByteArray();
    }

    private static void refuse(HttpServletResponse response, long limit) throws IOException {
        // The rest of the body is not read: close the connection rather than drain it.
        response.setHeader("Connection", "close");
        response.setStatus(413);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ErrorBody.json(ErrorBody.codeFor(413),
                "body: the request body is larger than " + limit + " bytes", "body"));
    }

    /** The request with its body already read (and counted) into memory. */
    static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is already in memory");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
