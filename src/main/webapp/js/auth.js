// Sign-in: OpenID Connect authorization code flow with PKCE against the configured issuer, or the
// development issuer's "sign in as" tokens. The access token is kept by api.js's session.
import { api, session } from './api.js';

const PENDING_KEY = 'coachline.oidc.pending';

/** The page's own URL without query or hash: what the IdP redirects back to. */
export const redirectUri = () => location.origin + location.pathname;

/** GET /api/config: the OIDC provider (or null) and, with the development issuer on, its demo users. */
export const loadConfig = () => api('api/config', { auth: false });

export async function devSignIn(user) {
    session.save(await api('dev/token', { method: 'POST', body: { user }, auth: false }), 'dev');
}

function base64url(bytes) {
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const randomString = () => base64url(crypto.getRandomValues(new Uint8Array(32)));

async function s256(verifier) {
    return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

async function discover(issuer) {
    const response = await fetch(issuer.replace(/\/+$/, '') + '/.well-known/openid-configuration');
    if (!response.ok) throw new Error(`identity provider discovery failed (HTTP ${response.status})`);
    return response.json();
}

const scopesOf = oidc => Array.isArray(oidc.scopes) ? oidc.scopes.join(' ') : (oidc.scopes || 'openid');

/** Sends the browser to the identity provider; the verifier, state and nonce wait in sessionStorage. */
export async function startOidc(oidc) {
    const metadata = await discover(oidc.issuer);
    const pending = { verifier: randomString(), state: randomString(), nonce: randomString(), hash: location.hash };
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    const url = new URL(metadata.authorization_endpoint);
    url.search = new URLSearchParams({
        response_type: 'code',
        client_id: oidc.client_id,
        redirect_uri: redirectUri(),
        scope: scopesOf(oidc),
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await s256(pending.verifier),
        code_challenge_method: 'S256'
    }).toString();
    location.assign(url.toString());
}

function claimsOf(jwt) {
    const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(decodeURIComponent(escape(atob(payload))));
}

/**
 * On the way back from the identity provider (?code&state or ?error): checks the state, exchanges the
 * code with the verifier and cleans the URL. Resolves to false when this is not such a return.
 */
export async function completeOidc(oidc) {
    const params = new URLSearchParams(location.search);
    if (!params.has('code') && !params.has('error')) return false;
    const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) || 'null');
    sessionStorage.removeItem(PENDING_KEY);
    history.replaceState(null, '', redirectUri() + (pending?.hash || ''));
    if (params.has('error')) {
        throw new Error('sign-in failed: ' + (params.get('error_description') || params.get('error')));
    }
    if (!oidc || !pending || params.get('state') !== pending.state) {
        throw new Error('sign-in failed: the answer does not belong to a sign-in started here (state mismatch)');
    }
    const metadata = await discover(oidc.issuer);
    const response = await fetch(metadata.token_endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: new URLSearchParams({
            grant_type: 'authorization_code',
            code: params.get('code'),
            redirect_uri: redirectUri(),
            client_id: oidc.client_id,
            code_verifier: pending.verifier
        })
    });
    const tokens = await response.json().catch(() => ({}));
    if (!response.ok || !tokens.access_token) {
        throw new Error('sign-in failed: ' + (tokens.error_description || tokens.error || `HTTP ${response.status}`));
    }
    // The ID token came straight from the token endpoint over TLS; the nonce ties it to this sign-in.
    if (tokens.id_token && claimsOf(tokens.id_token).nonce !== pending.nonce) {
        throw new Error('sign-in failed: the ID token was not issued for this sign-in (nonce mismatch)');
    }
    session.save(tokens, 'oidc');
    return true;
}

/** Forgets the token; after an OIDC sign-in also ends the identity provider's session when it can. */
export async function signOut(oidc) {
    const current = session.get();
    session.clear();
    if (current?.kind !== 'oidc' || !oidc) return;
    try {
        const metadata = await discover(oidc.issuer);
        if (!metadata.end_session_endpoint) return;
        const url = new URL(metadata.end_session_endpoint);
        url.searchParams.set('post_logout_redirect_uri', redirectUri());
        url.searchParams.set('client_id', oidc.client_id);
        if (current.id_token) url.searchParams.set('id_token_hint', current.id_token);
        location.assign(url.toString());
    } catch {
        // The local sign-out has happened; an unreachable IdP only keeps its own session.
    }
}
