// Chat (#/chat): conversations, the streamed answer with its route/model/tools/cost, and the active coach.
import { $, el, fill, say, usd } from './dom.js';
import { api, stream } from './api.js';
import { fetchActiveCoach, listAllCoaches } from './coach-data.js';

let context = null;
let currentId = null;
let streaming = false;
// Counts questions sent: a conversation read that started before a send must not replace what the send showed.
let sends = 0;

export function init() {
    $('#new-conversation').addEventListener('click', async () => {
        try {
            await openConversation((await createConversation()).id);
            $('#chat-input').focus();
        } catch (e) {
            fail(e);
        }
    });
    $('#chat-form').addEventListener('submit', e => {
        e.preventDefault();
        send();
    });
    $('#chat-input').addEventListener('keydown', e => {
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            send();
        }
    });
    $('#chat-coach-switch').addEventListener('change', switchCoach);
}

export async function show(ctx) {
    if (ctx !== context) {
        context = ctx;
        currentId = null;
        fill($('#messages'));
        fill($('#conversation-list'));
    }
    say($('#chat-error'), '');
    const [conversations] = await Promise.all([loadConversations(), loadCoaches()]);
    if (streaming) return;
    const chosen = currentId && conversations.some(c => c.id === currentId) ? currentId : conversations[0]?.id;
    if (chosen) await openConversation(chosen);
    else fill($('#messages'), emptyHint());
}

const emptyHint = () => el('p', { class: 'hint empty' }, 'Ask your coach about your training.');

function fail(e) {
    if (e.status !== 401) say($('#chat-error'), e.message);
}

const createConversation = () => api('api/chat/conversations', { method: 'POST', body: {} });

function conversationLabel(c) {
    return c.title || 'Conversation of ' + new Date(c.created_at).toLocaleString();
}

async function loadConversations() {
    const conversations = await api('api/chat/conversations');
    fill($('#conversation-list'), conversations.map(c => el('li', { dataset: { conversationId: c.id } },
        el('button', { type: 'button', onclick: () => openConversation(c.id).catch(fail) }, conversationLabel(c)))));
    if (!conversations.length) fill($('#conversation-list'), el('li', { class: 'hint' }, 'No conversations yet.'));
    markCurrent();
    return conversations;
}

function markCurrent() {
    for (const li of document.querySelectorAll('#conversation-list li[data-conversation-id]')) {
        const current = li.dataset.conversationId === currentId;
        li.classList.toggle('current', current);
        if (current) li.firstChild.setAttribute('aria-current', 'true');
        else li.firstChild.removeAttribute('aria-current');
    }
}

async function openConversation(id) {
    if (streaming) return;
    currentId = id;
    markCurrent();
    const sendsBefore = sends;
    const conversation = await api('api/chat/conversations/' + encodeURIComponent(id));
    if (currentId !== id || streaming || sends !== sendsBefore) return;
    if (!$(`#conversation-list li[data-conversation-id="${CSS.escape(id)}"]`)) await loadConversations();
    say($('#chat-error'), '');
    fill($('#messages'), (conversation.messages || []).map(m => m.role === 'user'
        ? userMessage(m.content)
        : assistantMessage(m.content, m)));
    if (!conversation.messages?.length) {
        fill($('#messages'), emptyHint());
    }
    scrollDown();
}

async function loadCoaches() {
    const [coaches, active] = await Promise.all([listAllCoaches(), fetchActiveCoach()]);
    const select = $('#chat-coach-switch');
    fill(select, el('option', { value: '' }, 'No coach'),
        coaches.map(c => el('option', { value: c.id }, c.title)));
    if (active && !coaches.some(c => c.id === active.id)) select.append(el('option', { value: active.id }, active.title));
    select.value = active?.id || '';
    $('#chat-active-coach').textContent = active ? active.title : 'No coach';
}

async function switchCoach() {
    const select = $('#chat-coach-switch');
    try {
        if (select.value) {
            const coach = await api(`api/coaches/${encodeURIComponent(select.value)}/activate`, { method: 'POST' });
            $('#chat-active-coach').textContent = coach.title;
        } else {
            await api('api/coaches/active', { method: 'DELETE' });
            $('#chat-active-coach').textContent = 'No coach';
        }
    } catch (e) {
        fail(e);
    }
}

const userMessage = text => el('div', { class: 'message user' }, el('span', { class: 'visually-hidden' }, 'You: '), text);

/** An answer bubble; `answer` (route, model, tools_called, cost_usd) adds the meta line. */
function assistantMessage(text, answer) {
    const message = el('div', { class: 'message assistant' },
        el('span', { class: 'visually-hidden' }, 'Coach: '),
        el('div', { class: 'answer-text' }, text));
    if (answer) message.append(meta(answer));
    return message;
}

function meta(answer) {
    const tools = answer.tools_called?.length ? answer.tools_called.join(', ') : 'none';
    const item = (label, cls, value) => el('span', {}, label + ' ', el('span', { class: cls }, value));
    return el('div', { class: 'answer-meta' },
        item('Route', 'route', answer.route || '—'),
        item('Model', 'model', answer.model || '—'),
        item('Tools', 'tools', tools),
        // Stored messages carry no cost (only a fresh answer does).
        item('Cost', 'cost', answer.cost_usd === undefined ? 'n/a' : usd(answer.cost_usd)));
}

function scrollDown() {
    const messages = $('#messages');
    messages.scrollTop = messages.scrollHeight;
}

/** A clear sentence for the failures a user can meet, from the HTTP status or an error event. */
function describe(status, message) {
    if (status === 429) {
        return 'Your chat budget is used up for now, so the question was not sent. ' + (message || '');
    }
    if (status === 503) {
        return 'The coach model is unavailable right now. Please try again in a minute. ' + (message || '');
    }
    return message || `The question could not be answered (HTTP ${status}).`;
}

async function send() {
    const input = $('#chat-input');
    const content = input.value.trim();
    if (!content || streaming) return;
    say($('#chat-error'), '');
    streaming = true;
    sends++;
    $('#chat-send').disabled = true;
    let bubble = null;
    let asked = null;
    try {
        if (!currentId) {
            currentId = (await createConversation()).id;
            await loadConversations();
            fill($('#messages'));
        }
        $('#messages .empty')?.remove();
        const text = el('div', { class: 'answer-text' });
        const progress = el('div', { class: 'answer-progress hint' }, 'Thinking…');
        bubble = el('div', { class: 'message assistant streaming', 'aria-busy': 'true' },
            el('span', { class: 'visually-hidden' }, 'Coach: '), text, progress);
        asked = userMessage(content);
        $('#messages').append(asked, bubble);
        input.value = '';
        scrollDown();
        const tools = [];
        let done = false;
        await stream(`api/chat/conversations/${encodeURIComponent(currentId)}/messages`, { content }, (name, data) => {
            if (name === 'route') {
                progress.textContent = `Route ${data.route}, model ${data.model}…`;
            } else if (name === 'tool') {
                tools.push(data.name);
                progress.textContent = 'Looking at ' + tools.join(', ') + '…';
            } else if (name === 'delta') {
                text.textContent += data.text;
            } else if (name === 'answer') {
                text.textContent = data.content;
                progress.replaceWith(meta(data));
                done = true;
            } else if (name === 'error') {
                say($('#chat-error'), describe(data.status, data.message));
                done = true;
            }
            scrollDown();
        });
        if (!done) say($('#chat-error'), 'The answer stopped before it was complete. Please ask again.');
        if (!text.textContent) bubble.remove();
        else progress.remove();
    } catch (e) {
        bubble?.remove();
        asked?.remove();
        // Nothing was stored: give the question back so it can be sent again.
        if (!input.value) input.value = content;
        if (e.status !== 401) say($('#chat-error'), describe(e.status, e.message));
    } finally {
        bubble?.classList.remove('streaming');
        bubble?.removeAttribute('aria-busy');
        streaming = false;
        $('#chat-send').disabled = false;
        if (context) loadConversations().catch(() => {});
    }
}
