// Start-up, sign-in screen and the hash router (#/coaches, #/chat, #/training, #/activities, #/activity/<id>,
// #/plan, #/progress, #/profile, #/admin).
import { $, el, fill, say } from './dom.js';
import { api, session, onUnauthorized } from './api.js';
import { loadConfig, completeOidc, startOidc, devSignIn, signOut } from './auth.js';
import * as coaches from './coaches.js';
import * as chat from './chat.js';
import * as training from './training.js';
import * as admin from './admin.js';
import * as activities from './activities.js';
import * as activity from './activity.js';
import * as plan from './plan.js';
import * as progress from './progress.js';
import * as profile from './profile.js';

const SCREENS = { coaches, chat, training, activities, activity, plan, progress, profile, admin };
/** The nav link that is current on a screen without a link of its own. */
const NAV_OF = { activity: 'activities' };
const ADMIN_ROLES = ['admin', 'super-admin'];

let config = { oidc: null, dev_issuer: false, demo_users: [] };
/** Who is signed in: {me, roles, isAdmin, isSuperAdmin}; null when signed out. A new object per sign-in. */
let context = null;
const initialised = new Set();

function showOnly(id) {
    for (const screen of document.querySelectorAll('main > .screen')) screen.hidden = screen.id !== id;
}

// What one user saw must not stay in the page for the next one to sign in here.
const USER_DATA = ['#coach-list', '#conversation-list', '#messages', '#race-predictions tbody', '#recent-runs tbody',
    '#import-results', '#admin-coach-list', '#assignment-list', '#cost-report tbody', '#cost-report tfoot',
    '#activity-list', '#plan-week', '#pb-list', '#insight-list', '#activities-empty', '#plan-empty', '#pbs-empty',
    '#insights-empty', '#pmc-empty'];

function showSignedOut(message) {
    context = null;
    for (const selector of USER_DATA) fill($(selector));
    for (const text of ['#who', '#active-coach', '#chat-active-coach', '#import-status', '#pmc-summary', '#plan-summary',
        '#activities-page', '#profile-model']) $(text).textContent = '';
    activities.reset();
    activity.clear();
    $('#profile-form').reset();
    for (const canvas of document.querySelectorAll('canvas')) {
        window.Chart?.getChart(canvas)?.destroy();
        delete canvas.dataset.points;
    }
    $('#main-nav').hidden = true;
    $('#account').hidden = true;
    $('#nav-admin')?.remove();
    $('#dev-users-panel').hidden = true;
    say($('#app-error'), '');
    say($('#sign-in-error'), message);
    showOnly('signed-out');
}

function renderDevUsers() {
    const users = config.demo_users || [];
    fill($('#dev-users'), users.map(u => el('li', {},
        el('button', { type: 'button', class: 'dev-user', dataset: { user: u.user }, onclick: () => signInAs(u.user) },
            el('strong', {}, u.name || u.user), ' ',
            el('span', { class: 'hint' }, `${u.user} · tenant ${u.tenant} · ${(u.roles || []).join(', ')}`)))));
    if (!users.length) fill($('#dev-users'), el('li', {}, 'No demo users are configured.'));
    $('#dev-users-panel').hidden = false;
    $('#dev-users button')?.focus();
}

async function signInAs(user) {
    try {
        await devSignIn(user);
        await enter();
    } catch (e) {
        say($('#sign-in-error'), e.message);
    }
}

async function onSignInClick() {
    say($('#sign-in-error'), '');
    try {
        if (config.oidc) {
            await startOidc(config.oidc);
        } else if (config.dev_issuer) {
            renderDevUsers();
        } else {
            say($('#sign-in-error'), 'No sign-in is configured on this server (coachline.oidc.*).');
        }
    } catch (e) {
        say($('#sign-in-error'), e.message);
    }
}

async function enter() {
    const me = await api('api/me');
    if (!me) return;
    const roles = me.roles || [];
    context = {
        me,
        roles,
        isAdmin: roles.some(r => ADMIN_ROLES.includes(r)),
        isSuperAdmin: roles.includes('super-admin')
    };
    fill($('#who'), el('span', { class: 'who-name' }, me.name || me.user_id), ' ',
        el('span', { class: 'hint' }, `(${me.user_id}) · ${me.tenant_id}`));
    // The admin link exists only for admins, rather than being hidden from everyone else.
    $('#nav-admin')?.remove();
    if (context.isAdmin) {
        $('#nav-links').append(el('li', { id: 'nav-admin' }, el('a', { href: '#/admin' }, 'Admin')));
    }
    $('#main-nav').hidden = false;
    $('#account').hidden = false;
    if (!location.hash || location.hash === '#') history.replaceState(null, '', '#/coaches');
    await route();
}

async function route() {
    if (!context) return;
    const current = context;
    let name = location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] || 'coaches';
    if (!SCREENS[name]) name = 'coaches';
    for (const link of document.querySelectorAll('nav a')) {
        if (link.getAttribute('href') === '#/' + (NAV_OF[name] || name)) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
    }
    say($('#app-error'), '');
    if (name === 'admin' && !current.isAdmin) {
        showOnly('forbidden');
        return;
    }
    showOnly(name);
    const screen = SCREENS[name];
    try {
        if (!initialised.has(name)) {
            screen.init();
            initialised.add(name);
        }
        await screen.show(current);
    } catch (e) {
        if (context === current && e.status !== 401) say($('#app-error'), e.message);
    }
}

async function main() {
    onUnauthorized(() => showSignedOut('Your session has ended: sign in again.'));
    $('#sign-in').addEventListener('click', onSignInClick);
    $('#sign-out').addEventListener('click', async () => {
        await signOut(config.oidc);
        // The next user starts on the default screen, not on the page the last one left.
        history.replaceState(null, '', location.pathname);
        showSignedOut();
        $('#sign-in').focus();
    });
    window.addEventListener('hashchange', () => {
        route();
        if (context) $('#main').focus({ preventScroll: true });
    });
    try {
        config = await loadConfig();
    } catch (e) {
        say($('#sign-in-error'), 'The server cannot be reached: ' + e.message);
    }
    // Enabled only now, so a click cannot act on a configuration not yet known.
    $('#sign-in').disabled = false;
    try {
        await completeOidc(config.oidc);
    } catch (e) {
        showSignedOut(e.message);
        return;
    }
    if (session.get()) {
        try {
            await enter();
            return;
        } catch (e) {
            if (e.status !== 401) showSignedOut(e.message);
            return;
        }
    }
    showSignedOut();
}

main();
