// Profile (#/profile): the athlete's profile and thresholds, checked by the server (its message names the
// field), with which training-load model they select.
import { $, el, fill, say, busy } from './dom.js';
import { api } from './api.js';
import { duration } from './format.js';

const FIELDS = {
    sex: '#profile-sex', birth_date: '#profile-birth-date', max_hr: '#profile-max-hr', resting_hr: '#profile-resting-hr',
    threshold_hr: '#profile-threshold-hr', threshold_pace_sec_per_km: '#profile-threshold-pace', weight_kg: '#profile-weight',
    preferred_units: '#profile-units', time_zone: '#profile-time-zone'
};
const NUMBERS = ['max_hr', 'resting_hr', 'threshold_hr', 'weight_kg'];

export function init() {
    $('#profile-form').addEventListener('submit', e => {
        e.preventDefault();
        busy($('#profile-save'), save);
    });
    for (const selector of Object.values(FIELDS)) $(selector).addEventListener('input', () => explain(read()));
    if (Intl.supportedValuesOf) {
        fill($('#time-zones'), Intl.supportedValuesOf('timeZone').map(zone => el('option', { value: zone })));
    }
}

export async function show() {
    const profile = await api('api/athlete/profile');
    clearErrors();
    say($('#profile-status'), '');
    fillForm(profile);
}

function fillForm(profile) {
    for (const [name, selector] of Object.entries(FIELDS)) {
        const value = profile[name];
        $(selector).value = value === null || value === undefined ? ''
            : name === 'threshold_pace_sec_per_km' ? duration(value) : String(value);
    }
    explain(profile);
}

/** The form as the API takes it; a pace "4:10" is 250 seconds, anything else is sent as typed for the server to judge. */
function read() {
    const body = {};
    for (const [name, selector] of Object.entries(FIELDS)) {
        const text = $(selector).value.trim();
        if (!text) continue;
        if (NUMBERS.includes(name)) body[name] = Number(text);
        else if (name === 'threshold_pace_sec_per_km') {
            const match = text.match(/^(\d{1,2}):(\d{2})$/);
            body[name] = match ? Number(match[1]) * 60 + Number(match[2]) : Number(text);
        } else body[name] = text;
    }
    return body;
}

/** Which load model the analytics use with these values (see SessionLoad). */
function explain(p) {
    const hrKnown = p.max_hr && p.resting_hr && p.max_hr > p.resting_hr;
    const runs = p.threshold_pace_sec_per_km
        ? 'Runs are scored by running TSS (rTSS) from your threshold pace.'
        : hrKnown ? 'Runs are scored by heart-rate TSS (TRIMP): set a threshold pace for rTSS.'
            : 'Runs are scored by an estimate per workout type: set your maximum and resting heart rate, or a threshold pace.';
    const others = hrKnown
        ? 'Other sessions use heart-rate TSS' + (p.threshold_hr ? ' with your threshold heart rate.' : ', threshold assumed at 88 % of heart-rate reserve.')
        : 'Other sessions use the estimate per workout type.';
    $('#profile-model').textContent = 'Training load: ' + runs + ' ' + others;
}

function clearErrors() {
    say($('#profile-error'), '');
    for (const selector of Object.values(FIELDS)) $(selector).removeAttribute('aria-invalid');
}

async function save() {
    clearErrors();
    say($('#profile-status'), '');
    try {
        const saved = await api('api/athlete/profile', { method: 'PUT', body: read() });
        fillForm(saved);
        $('#profile-status').textContent = 'Saved.';
        $('#profile-status').hidden = false;
    } catch (e) {
        if (e.status === 401) return;
        say($('#profile-error'), e.message);
        const field = FIELDS[e.field];
        if (field) {
            $(field).setAttribute('aria-invalid', 'true');
            $(field).setAttribute('aria-errormessage', 'profile-error');
            $(field).focus();
        }
    }
}
