// Create and edit one of your own coaches, with the limits shown as you type.
import { $, say, debounce } from './dom.js';
import { api } from './api.js';
import { fillCategories } from './coach-data.js';

// The server's limits (CoachLimits); the prompt's token limit comes from the token count answer.
const TITLE_MAX = 100;
const DESCRIPTION_MAX = 500;
const FIELD_INPUTS = {
    title: '#coach-title', description: '#coach-description', category: '#coach-category', tags: '#coach-tags',
    sample_prompts: '#coach-samples', system_prompt: '#coach-prompt'
};

let editing = null;
let onSaved = () => {};
let tokenSeq = 0;
let promptOver = false;

export function initCoachForm(saved) {
    onSaved = saved;
    fillCategories($('#coach-category'));
    $('#coach-title').addEventListener('input', charsLeft);
    $('#coach-description').addEventListener('input', charsLeft);
    $('#coach-prompt').addEventListener('input', debounce(countTokens, 300));
    $('#coach-form').addEventListener('submit', save);
    $('#coach-cancel').addEventListener('click', close);
    $('#coach-form').addEventListener('keydown', e => {
        if (e.key === 'Escape') close();
    });
}

/** Opens the form for a new coach (null) or for one of the caller's own coaches. */
export async function openCoachForm(coach) {
    editing = coach;
    const form = $('#coach-form');
    form.reset();
    say($('#coach-form-error'), '');
    $('#coach-form-heading').textContent = coach ? 'Edit coach' : 'New coach';
    $('#coach-category').value = 'custom';
    $('#coach-editor').hidden = false;
    if (coach) {
        try {
            // Listings leave the system prompt out: read the whole coach.
            const full = await api('api/coaches/' + encodeURIComponent(coach.id));
            $('#coach-title').value = full.title;
            $('#coach-description').value = full.description || '';
            $('#coach-category').value = full.category;
            $('#coach-tags').value = (full.tags || []).join(', ');
            $('#coach-samples').value = (full.sample_prompts || []).join('\n');
            $('#coach-prompt').value = full.system_prompt || '';
        } catch (e) {
            say($('#coach-form-error'), e.message);
        }
    }
    charsLeft();
    showTokens(0, 2000);
    if ($('#coach-prompt').value) countTokens();
    $('#coach-editor').scrollIntoView({ block: 'nearest' });
    $('#coach-title').focus();
}

function close() {
    $('#coach-editor').hidden = true;
    editing = null;
    $('#new-coach').focus();
}

function charsLeft() {
    for (const [input, max] of [['#coach-title', TITLE_MAX], ['#coach-description', DESCRIPTION_MAX]]) {
        const left = max - $(input).value.length;
        const hint = $(input + '-left');
        hint.textContent = `${left} characters left`;
        hint.classList.toggle('over', left < 0);
    }
}

function showTokens(count, limit) {
    const counter = $('#prompt-tokens');
    counter.textContent = `${count} / ${limit} tokens`;
    promptOver = count > limit;
    counter.classList.toggle('over', promptOver);
    $('#coach-save').disabled = promptOver;
}

/** The server counts with the model's tokenizer (o200k), so the page never guesses. */
async function countTokens() {
    const seq = ++tokenSeq;
    const prompt = $('#coach-prompt').value;
    if (!prompt) {
        showTokens(0, 2000);
        return;
    }
    try {
        const answer = await api('api/coaches/prompt-tokens', { method: 'POST', body: { system_prompt: prompt } });
        if (seq === tokenSeq) showTokens(answer.token_count, answer.limit);
    } catch (e) {
        // The count stays as it was; saving still gets the server's verdict.
        if (seq === tokenSeq && e.status !== 401) say($('#coach-form-error'), e.message);
    }
}

const lines = (text, separator) => text.split(separator).map(s => s.trim()).filter(Boolean);

async function save(event) {
    event.preventDefault();
    if (promptOver) return;
    const body = {
        title: $('#coach-title').value.trim(),
        description: $('#coach-description').value.trim(),
        category: $('#coach-category').value,
        tags: lines($('#coach-tags').value, ','),
        sample_prompts: lines($('#coach-samples').value, '\n'),
        system_prompt: $('#coach-prompt').value
    };
    const button = $('#coach-save');
    button.disabled = true;
    try {
        if (editing) {
            await api('api/coaches/' + encodeURIComponent(editing.id), { method: 'PATCH', body });
        } else {
            await api('api/coaches', { method: 'POST', body });
        }
        close();
        await onSaved();
    } catch (e) {
        say($('#coach-form-error'), e.message);
        const field = FIELD_INPUTS[e.field?.split(/[.[]/)[0]];
        (field ? $(field) : $('#coach-form-error')).focus?.();
    } finally {
        button.disabled = promptOver;
    }
}
