package io.coachline.tenancy.boundary;

import java.util.List;
import java.util.stream.Collectors;

import io.coachline.tenancy.control.DemoData;

/** The development sign-in page: one button per demo user, the token and a curl to try it. */
final class DevSignInPage {

    private DevSignInPage() {
    }

    static String render(List<DemoData.DemoUser> users) {
        String buttons = users.stream().map(u -> """
                <li><button type="button" data-user="%s">Sign in as %s</button> <span>(%s &middot; %s)</span></li>"""
                .formatted(escape(u.subject()), escape(u.name()), escape(u.subject()), escape(String.join(", ", u.roles()))))
                .collect(Collectors.joining("\n"));
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Coachline development sign-in</title>
                <style>
                  body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
                  .warn { background: #fff3cd; border: 1px solid #e0c060; padding: .75rem; }
                  textarea { width: 100%%; height: 7rem; font-family: monospace; }
                  pre { background: #f3f3f3; padding: .5rem; white-space: pre-wrap; word-break: break-all; }
                  button { padding: .4rem .8rem; margin: .2rem 0; }
                </style>
                </head>
                <body>
                <main>
                <h1>Development sign-in</h1>
                <p class="warn" role="alert">The development issuer is on. It signs tokens for anyone who asks; never enable it on a shared server.</p>
                <ul>
                %s
                </ul>
                <label for="token">Access token</label>
                <textarea id="token" readonly></textarea>
                <p>Try it:</p>
                <pre id="curl">Choose a user first.</pre>
                </main>
                <script type="module">
                  for (const button of document.querySelectorAll('button[data-user]')) {
                    button.addEventListener('click', async () => {
                      const response = await fetch('dev/token', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                        body: JSON.stringify({ user: button.dataset.user }) });
                      const body = await response.json();
                      if (!response.ok) { document.getElementById('curl').textContent = body.message; return; }
                      document.getElementById('token').value = body.access_token;
                      sessionStorage.setItem('coachline.token', body.access_token);
                      const base = new URL('.', location.href).href;
                      document.getElementById('curl').textContent =
                        "curl -H 'Authorization: Bearer " + body.access_token + "' " + base + "api/me";
                    });
                  }
                </script>
                </body>
                </html>
                """.formatted(buttons);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
