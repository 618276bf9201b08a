package io.coachline.platform.boundary;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Error page for failures the container answers itself, before JAX-RS runs: chiefly the MP-JWT
 * mechanism rejecting a forged, expired or wrong-issuer token. Answers with the API's JSON error
 * body instead of the server's HTML page.
 */
@WebServlet(urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    public static final String PATH = "/_error";

    @Inject
    PublicBaseUrl publicBaseUrl;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        String message;
        if (status == 401) {
            boolean hadToken = request.getHeader("Authorization") != null;
            // The container rejected the token before PublicOriginFilter ran: name the server's own origin here too.
            response.setHeader("WWW-Authenticate", ErrorBody.challenge(publicBaseUrl.base(request), hadToken));
            message = hadToken ? "the bearer token is invalid, expired or from an untrusted issuer"
                    : "a valid bearer token is required";
        } else if (status >= 500) {
            message = "unexpected server error";
        } else if (status == 404) {
            message = "no such resource";
        } else if (status == 403) {
            message = "not allowed";
        } else if (status == 405) {
            message = "method not allowed on this resource";
        } else if (status == 413 || status == 414 || status == 431) {
            message = "the request is too large";
        } else {
            message = "request failed with status " + status;
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ErrorBody.json(ErrorBody.codeFor(status), message, null));
    }
}
