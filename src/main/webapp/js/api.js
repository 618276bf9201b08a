// The one way the page talks to the REST API: bearer token, JSON in and out, errors as ApiError.
// Paths are relative ("api/me") so the page also works under a context root other than "/".

const SESSION_KEY = 'coachline.session';

let unauthorized = () => {};

/** The session ({access_token, expires_at, id_token?, kind}) lives in sessionStorage: one tab, gone on close. */
export const session = {
    get() {
        try {
            const value = JSON.parse(sessionStorage.getItem(SESSION_KEY));
            return value && value.access_token && (!value.expires_at || value.expires_at > Date.now()) ? value : null;
        } catch {
            return null;
        }
    },
    save(tokenResponse, kind, extra = {}) {
        const expiresIn = Number(tokenResponse.expires_in) || 0;
        sessionStorage.setItem(SESSION_KEY, JSON.stringify({
            access_token: tokenResponse.access_token,
            id_token: tokenResponse.id_token,
            expires_at: expiresIn ? Date.now() + expiresIn * 1000 : 0,
            kind,
            ...extra
        }));
    },
    clear() {
        sessionStorage.removeItem(SESSION_KEY);
    }
};

/** Called when the API answers 401: the token is gone or expired, so the page must sign in again. */
export function onUnauthorized(handler) {
    unauthorized = handler;
}

export class ApiError extends Error {
    constructor(status, body) {
        super(body?.message || `request failed (HTTP ${status})`);
        this.status = status;
        this.error = body?.error || 'http_' + status;
        this.field = body?.field;
    }
}

export function authHeaders() {
    const current = session.get();
    return current ? { Authorization: 'Bearer ' + current.access_token } : {};
}

function withQuery(path, query) {
    if (!query) return path;
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
        if (value !== undefined && value !== null && value !== '') params.set(key, value);
    }
    const text = params.toString();
    return text ? path + (path.includes('?') ? '&' : '?') + text : path;
}

/** Turns a failed response into an ApiError (and a 401 into a sign-out). */
export async function failure(response) {
    let body = null;
    try {
        body = await response.json();
    } catch {
        // Not JSON (e.g. a proxy's HTML page): the status alone has to do.
    }
    if (response.status === 401) {
        session.clear();
        unauthorized();
    }
    return new ApiError(response.status, body);
}

async function send(path, { method = 'GET', body, query, accept = 'application/json', auth = true } = {}) {
    const headers = { Accept: accept, ...(auth ? authHeaders() : {}) };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(withQuery(path, query), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) throw await failure(response);
    return response;
}

/** A JSON request; resolves to the parsed body, or null for an empty one (204). */
export async function api(path, options) {
    const response = await send(path, options);
    const text = await response.text();
    return text ? JSON.parse(text) : null;
}

/**
 * POSTs and reads server-sent events from the response body (EventSource cannot POST).
 * onEvent(name, data) is called per event; data is parsed JSON when it is JSON.
 */
export async function stream(path, body, onEvent) {
    const response = await send(path, { method: 'POST', body, accept: 'text/event-stream' });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value.replace(/\r\n?/g, '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
            dispatch(buffer.slice(0, end), onEvent);
            buffer = buffer.slice(end + 2);
        }
    }
    if (buffer.trim()) dispatch(buffer, onEvent);
}

function dispatch(block, onEvent) {
    let name = 'message';
    const data = [];
    for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') name = value;
        else if (field === 'data') data.push(value);
    }
    if (!data.length) return;
    const text = data.join('\n');
    let parsed = text;
    try {
        parsed = JSON.parse(text);
    } catch {
        // plain text data stays text
    }
    onEvent(name, parsed);
}
