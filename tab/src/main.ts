import {
  baseLayerLuminance,
  fluentButton,
  fluentCheckbox,
  fluentOption,
  fluentSelect,
  fluentTextField,
  provideFluentDesignSystem,
  StandardLuminance,
} from '@fluentui/web-components';
import { app, authentication, pages, people } from '@microsoft/teams-js';
import { ACTIVITY_EARLIEST } from '../../core/activities';
import { norwayDate, yearAhead } from '../../core/dates';
import { andList, formatDate as formatDay } from '../../core/format';
import { REQUEST_ALL_MAX, UNIT_NAME_MAX, UNIT_NAME_MIN, UNITS_LISTED_MAX } from '../../core/model';
import type {
  ActivitiesPage,
  ActivityRow,
  ConfirmationText,
  TraineeDetail as Detail,
  ForYouRow,
  GoalHistoryView,
  Overview,
  RegistrationForm,
  TraineeSummary as Summary,
} from '../shared/api';
import { fill as fillIn, type Lang, TEXTS, type Texts } from './texts';

provideFluentDesignSystem().register(
  fluentButton(),
  fluentCheckbox(),
  fluentSelect(),
  fluentOption(),
  fluentTextField(),
);

type Theme = 'default' | 'dark' | 'contrast';
type View = 'personal' | 'channel' | 'config';

const state: {
  lang: Lang;
  t: Texts;
  view: View;
  teamId?: string;
  headers: Record<string, string>;
  /** Loaded by Teams (the manifest's addresses say `host=teams`): SSO tokens, Teams context and theme. */
  inTeams: boolean;
  overview?: Overview;
  detail?: Detail;
  filter: string;
  search: string;
  notice?: { text: string; error?: boolean };
  /** A goal's history as shown under it, and whether the viewer may undo its approval there. */
  history?: { docId: string; lines: string[]; undoable: boolean; advice: GoalHistoryView['advice'] };
  /** The confirmation of service drawn for printing (the leader's view). */
  confirmation?: ConfirmationText;
  /**
   * What the viewer is asked about before it is done (a second click), by its `data-ask` key:
   * `withdraw:<activity>` (it then counts for nothing), `undo:<activity>` (the reason is asked for),
   * `role:<person>|<role>`, `finalise:<session>` (read-only from then on), `absence|<first day>`,
   * `period|<start>`, `comment:<goal or activity>`, `dispute:<activity>`.
   */
  asking?: string;
  /** Where the next drawing puts the focus (what a «… ?» click opened: marked `data-asked`). */
  focus?: string;
  /** The leader is asked to confirm approving every goal shown with a complete basis. */
  approvingAll?: boolean;
  /** Whom the LIS may pick to invite: Teams' people picker, or (in development) the demo people. */
  pick?: 'teams' | { aadObjectId: string; name: string }[];
  /** The registration form (someone with no LIS to follow, or a LIS editing theirs), once fetched. */
  registration?: RegistrationForm;
} = {
  lang: 'nb',
  t: TEXTS.nb,
  view: 'personal',
  headers: {},
  inTeams: false,
  filter: 'remaining',
  search: '',
};

const root = document.getElementById('app') as HTMLElement;
const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
/** The same, with goal ids kept on one line ("DEL1-\n067" read as two things on a phone). */
const escIds = (s: unknown) =>
  esc(s).replace(/\b(\p{Lu}{2,5}\d?-\d{1,4})\b/gu, '<span class="nowrap">$1</span>');

/** Fills a text in the tab's language (numbers included). */
const fill = (s: string, vars: Record<string, string | number>): string => fillIn(s, vars, state.lang);

function setLang(locale: string | undefined): void {
  state.lang = locale && /^en/i.test(locale) ? 'en' : 'nb';
  state.t = TEXTS[state.lang];
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'nb';
}

/** Follows Teams' theme: our CSS variables and the Fluent components' base luminance. */
function applyTheme(theme: string | undefined): void {
  const t: Theme = theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'default';
  document.documentElement.dataset.theme = t;
  baseLayerLuminance.setValueFor(
    document.documentElement,
    t === 'default' ? StandardLuminance.LightMode : StandardLuminance.DarkMode,
  );
}

// Days as the server counts them (in Norway: an approval at 00:30 shows that day), written the same way.
const formatDate = (iso: string): string => formatDay(state.lang, iso);

/** In Teams, a token for each call: teams-js caches and renews it (a token kept by the page expires within the hour). */
async function authHeaders(): Promise<Record<string, string>> {
  if (!state.inTeams) return state.headers;
  return { authorization: `Bearer ${await authentication.getAuthToken()}` };
}

/** `status` 0: no answer came (the network, or the app away); the change may or may not have been made. */
async function api<T>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const call = async () =>
    fetch(path, {
      ...init,
      headers: {
        'content-type': 'application/json',
        // Refusals come with a sentence saying why, in the language the page shows.
        'accept-language': state.lang,
        ...(await authHeaders()),
        ...(init.headers ?? {}),
      },
    });
  try {
    let res = await call();
    // One retry on 401 with a fresh token (the one teams-js had may just have expired).
    if (res.status === 401 && state.inTeams) res = await call();
    const body = (await res.json().catch(() => ({}))) as T;
    return { status: res.status, body };
  } catch {
    return { status: 0, body: {} as T };
  }
}

/** Changes asked for from the page and not yet answered, by what was asked (a form, a button's route and item). */
const inFlight = new Set<string>();
/** The key of each change asked for, kept until an answer says what became of it. */
const changeKeys = new Map<string, string>();

/**
 * Sends a change once: a second click while the first is under way does nothing, and a change
 * sent again after no answer came carries the same `Idempotency-Key`, so the server writes it once.
 */
async function change<T>(
  intent: string,
  path: string,
  body: unknown,
): Promise<{ status: number; body: T & { correlationId?: string; message?: string } } | undefined> {
  if (inFlight.has(intent)) return undefined;
  inFlight.add(intent);
  const key = changeKeys.get(intent) ?? crypto.randomUUID();
  changeKeys.set(intent, key);
  try {
    const r = await api<T & { correlationId?: string; message?: string }>(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'idempotency-key': key },
    });
    // An answer (done, or refused with nothing written) ends the change; the next one is new.
    if (r.status > 0 && r.status < 500) changeKeys.delete(intent);
    return r;
  } finally {
    inFlight.delete(intent);
  }
}

function failure(status: number, body: { correlationId?: string; message?: string }): string {
  const t = state.t;
  // A refusal of what was sent (a date in the future, a goal already waiting …) says why.
  if (typeof body.message === 'string' && body.message) return body.message;
  if (status === 401) return t.unauthenticated;
  if (status === 403) return t.forbidden;
  if (status === 409) return t.conflict;
  if (status === 0) return t.noAnswer;
  return fill(t.error, { id: body.correlationId ?? status });
}

function bar(done: number, waiting: number, total: number, label: string): string {
  const pct = (n: number) => (total > 0 ? (n / total) * 100 : 0).toFixed(1);
  return `<div class="bar" role="img" aria-label="${esc(label)}"><span class="done" style="width:${pct(done)}%"></span><span class="waiting" style="width:${pct(waiting)}%"></span></div>`;
}

function summaryCard(s: Summary): string {
  const t = state.t;
  const label = fill(t.approvedOf, { a: s.approved, t: s.total });
  // The name is the card's one control (a button that says what it opens); a click anywhere on the
  // card does the same for a mouse. A whole card as a button would hide its figures from a screen
  // reader and name it by less than it shows (WCAG 2.5.3).
  const name = s.canOpen
    ? `<button type="button" class="card-open" data-open="${esc(s.traineeId)}"><span class="sr-only">${esc(t.open)} </span>${esc(s.name)}</button>`
    : esc(s.name);
  return `<section class="card${s.canOpen ? ' clickable' : ''}">
    <h2>${name}</h2>
    <p class="muted">${esc(s.phase)}${s.specialty ? `, ${esc(s.specialty)}` : ''}</p>
    <p><span class="big" data-testid="approved-${esc(s.traineeId)}">${s.approved}</span> / <span data-testid="total-${esc(s.traineeId)}">${s.total}</span></p>
    ${bar(s.approved, s.pendingApproval ?? 0, s.total, label)}
    <p>${esc(label)}</p>
    ${s.pendingApproval !== undefined ? `<p class="muted" data-testid="waiting-${esc(s.traineeId)}">${waitingLine(s.pendingApproval, s.pendingSignature ?? 0, s.pendingMet ?? 0)}</p>` : ''}
    ${s.forYou ? `<p><span class="badge for_you" data-testid="for-you-${esc(s.traineeId)}">${esc(fill(t.forYou, { n: s.forYou }))}</span></p>` : ''}
    ${s.forecast ? `<p><span class="badge ${esc(s.forecast)}">${esc(t.forecast[s.forecast] ?? s.forecast)}</span></p>` : ''}
    ${s.canOpen ? `<p aria-hidden="true"><span class="link-text">${esc(t.open)} →</span></p>` : ''}
  </section>`;
}

function timeline(d: Detail): string {
  const t = state.t;
  if (!d.service) return '';
  const start = Date.parse(d.service.start);
  const end = Date.parse(d.service.end);
  const pos = (iso: string) =>
    Math.min(100, Math.max(0, ((Date.parse(norwayDate(iso)) - start) / (end - start)) * 100));
  const today = norwayDate(new Date());
  // A label near either end hangs inwards from its mark: centred, it ran out of the card on a phone.
  const edge = (p: number) => (p < 15 ? ' start' : p > 85 ? ' end' : '');
  const marks = d.milestones
    .map((m) => {
      const p = pos(m.date);
      return `<span class="mark" style="left:${p}%"></span><span class="label${edge(p)}" style="left:${p}%">${esc(t.milestone[m.kind] ?? m.kind)}</span>`;
    })
    .join('');
  const a = d.progress.absence;
  const absence = a
    ? `<h3>${esc(t.absence)}</h3>
       <p data-testid="absence">${esc(fill(t.absenceLine, { d: a.days, p: a.percent }))}${a.limit !== undefined ? `, ${esc(fill(t.absenceLimit, { l: a.limit }))}` : ''}</p>
       ${a.limit !== undefined ? bar(0, a.percent, a.limit * 1.5, `${fill('{p} / {l}', { p: a.percent, l: a.limit })} %`) : ''}
       ${absenceEntries(d)}${absenceForm(d)}`
    : '';
  // Every period with its place (LIS1's two parts summed), absence per period where the viewer may see it.
  const periods = `<h3>${esc(t.periods)}</h3>
    <ul class="plain" data-testid="periods">${d.periods
      .map(
        (p) =>
          `<li><strong>${esc(t.arenas[p.place] ?? p.place)}</strong>${p.setting === 'institution' ? ` · ${esc(t.institution)}` : ''}${p.workplace ? ` · ${esc(p.workplace)}` : ''}: ${esc(formatDate(p.start))} – ${esc(formatDate(p.end))} · ${esc(fill('{p} %', { p: p.percent }))}${p.ongoing ? ` (${esc(t.periodNow)})` : ''}${p.absenceDays !== undefined ? ` · ${esc(fill(t.periodAbsence, { d: p.absenceDays, p: p.absencePercent ?? 0 }))}` : ''}${d.canEditService && !p.current ? removeEntry('period', p.start, t.periodRemoveConfirm) : ''}</li>`,
      )
      .join('')}${d.parts
      .map((x) => {
        if (x.notEntered) return `<li>${esc(t.partNotEntered)}</li>`;
        const part = fill(t.part[x.psychiatry ? 'hospitalPsychiatry' : x.part] ?? x.part, {
          d: x.days,
          n: x.needed,
        });
        return `<li>${esc(x.planned > x.days ? fill(t.partSoFar, { part, planned: x.planned }) : part)}</li>`;
      })
      .join('')}</ul>${periodForm(d)}`;
  return `<section class="card"><h2>${esc(t.timeline)}</h2>
    <p class="muted">${esc(formatDate(d.service.start))} – ${esc(formatDate(d.service.end))}</p>
    <div class="timeline" aria-hidden="true"><div class="track"></div><div class="elapsed" style="width:${pos(today)}%"></div>${marks}<span class="mark today" style="left:${pos(today)}%"></span></div>
    <ul class="plain">${d.milestones
      .map((m) => {
        const overdue = !m.done && m.date < today;
        const where = m.done
          ? ` – ${fill(t.milestoneDone, { name: m.doneByName ?? '' })}`
          : overdue
            ? ` – ${t.milestoneOverdue}`
            : '';
        // As on the chat's status card: the leader or the advisor marks one due or overdue as held, with a note.
        const mark = m.markable
          ? `<form id="milestone-${esc(m.kind)}" data-keep data-trainee="${esc(d.traineeId)}" class="filters"><input type="hidden" name="kind" value="${esc(m.kind)}" /><label>${esc(t.milestoneNote)}<input name="note" maxlength="500" /></label><fluent-button data-decide="milestones/done">${esc(t.milestoneMark)}</fluent-button></form>`
          : '';
        return `<li${overdue ? ' class="overdue"' : ''}>${overdue ? '⚠ ' : ''}${esc(t.milestone[m.kind] ?? m.kind)}: ${esc(formatDate(m.date))}${esc(where)}${m.note ? ` <q>${esc(m.note)}</q>` : ''}${mark}</li>`;
      })
      .join('')}<li>${esc(t.today)}: ${esc(formatDate(today))}</li></ul>
    ${periods}
    ${absence}</section>`;
}

/** Each absence entered, with the leader's way to remove one entered by mistake (after a second click). */
function absenceEntries(d: Detail): string {
  const t = state.t;
  if (!d.absences?.length) return '';
  const rows = d.absences
    .map((x) => {
      const line = `${formatDate(x.from)} – ${formatDate(x.to)} · ${t.absenceKinds[x.kind] ?? x.kind}`;
      const remove = d.canRecordAbsence
        ? removeEntry('absence', x.from, fill(t.absenceRemoveConfirm, { lis: d.name }))
        : '';
      return `<li>${esc(line)}${remove}</li>`;
    })
    .join('');
  return `<ul class="plain" data-testid="absences">${rows}</ul>`;
}

/**
 * «Fjern …» on an entry the leader made in the LIS's record (an absence, an earlier service period,
 * by its first day), and once pressed the question and «Ja, fjern».
 */
function removeEntry(kind: 'absence' | 'period', first: string, question: string): string {
  const t = state.t;
  const key = `${kind}|${first}`;
  return state.asking === key
    ? `<p>${esc(question)}</p><fluent-button data-entry-remove="${esc(key)}" data-asked="${esc(key)}">${esc(t.entryRemoveYes)}</fluent-button>`
    : ` <fluent-button appearance="lightweight" data-ask="${esc(key)}">${esc(t.entryRemove)}</fluent-button>`;
}

/** The leader (or a delegate) enters a service period the LIS served before the current one. */
function periodForm(d: Detail): string {
  const t = state.t;
  if (!d.canEditService) return '';
  const places = Object.entries(t.arenas)
    .map(([k, v], i) => `<fluent-option value="${k}" ${i === 0 ? 'selected' : ''}>${esc(v)}</fluent-option>`)
    .join('');
  // A LIS3 in general practice: a municipal period is in open general practice or in an institution.
  const settings = d.parts.some((p) => p.part === 'institution')
    ? `<label>${esc(t.periodSetting)}<fluent-select name="setting" aria-label="${esc(t.periodSetting)}"><fluent-option value="general_practice" selected>${esc(t.periodSettings.general_practice ?? '')}</fluent-option><fluent-option value="institution">${esc(t.periodSettings.institution ?? '')}</fluent-option></fluent-select></label>`
    : '';
  return `<details><summary>${esc(t.periodAdd)}</summary>
    <form id="period" data-keep data-trainee="${esc(d.traineeId)}" class="filters">
      <label>${esc(t.periodPlace)}<fluent-select name="place" aria-label="${esc(t.periodPlace)}">${places}</fluent-select></label>${settings}
      <label>${esc(t.periodWorkplace)}<fluent-text-field name="workplace" aria-label="${esc(t.periodWorkplace)}" maxlength="120"></fluent-text-field></label>
      <label>${esc(t.absenceFrom)}<input name="start" type="date" required /></label>
      <label>${esc(t.absenceTo)}<input name="end" type="date" required /></label>
      <label>${esc(t.periodPosition)}<fluent-text-field name="position" aria-label="${esc(t.periodPosition)}" maxlength="100"></fluent-text-field></label>
      <label>${esc(t.periodPercent)}<input name="percent" type="number" min="1" max="100" step="1" value="100" required /></label>
      <fluent-button appearance="accent" type="submit">${esc(t.periodSave)}</fluent-button>
    </form></details>`;
}

async function period(form: HTMLFormElement): Promise<void> {
  const data = new FormData(form);
  const text = (k: string) => String(data.get(k) ?? '').trim();
  const body = {
    place: text('place'),
    ...(text('setting') ? { setting: text('setting') } : {}),
    ...(text('workplace') ? { workplace: text('workplace') } : {}),
    start: text('start'),
    end: text('end'),
    ...(text('position') ? { position: text('position') } : {}),
    percent: Number(text('percent') || 100),
  };
  await sendEntry(form, 'periods', body, () =>
    fill(state.t.periodSaved, { from: formatDate(body.start), to: formatDate(body.end) }),
  );
}

/** The leader (or a delegate) enters an absence: dates and a kind, never a diagnosis. */
function absenceForm(d: Detail): string {
  const t = state.t;
  if (!d.canRecordAbsence) return '';
  const kinds = Object.entries(t.absenceKinds)
    .map(([k, v], i) => `<fluent-option value="${k}" ${i === 0 ? 'selected' : ''}>${esc(v)}</fluent-option>`)
    .join('');
  return `<details><summary>${esc(t.absenceRecord)}</summary>
    <form id="absence" data-keep data-trainee="${esc(d.traineeId)}" class="filters">
      <label>${esc(t.absenceFrom)}<input name="from" type="date" required /></label>
      <label>${esc(t.absenceTo)}<input name="to" type="date" required /></label>
      <label>${esc(t.absenceKind)}<fluent-select name="kind" aria-label="${esc(t.absenceKind)}">${kinds}</fluent-select></label>
      <fluent-button appearance="accent" type="submit">${esc(t.absenceSave)}</fluent-button>
    </form></details>`;
}

async function absence(form: HTMLFormElement): Promise<void> {
  const data = new FormData(form);
  const body = {
    from: String(data.get('from') ?? ''),
    to: String(data.get('to') ?? ''),
    kind: String(data.get('kind') ?? ''),
  };
  await sendEntry<{ days?: number }>(form, 'absence', body, (b, d) =>
    fill(state.t.absenceSaved, { lis: d.name, d: b.days ?? 0 }),
  );
}

function goalsTable(d: Detail): string {
  const t = state.t;
  const q = state.search.trim().toLowerCase();
  const ready = new Set(d.progress.ready.map((r) => r.docId));
  // Several ready: one click asks for them all (up to what one click takes).
  const askAll =
    d.canRequest && ready.size > 1
      ? `<p><fluent-button appearance="accent" id="ask-all">${esc(fill(t.askAll, { n: Math.min(ready.size, REQUEST_ALL_MAX) }))}</fluent-button></p>`
      : '';
  const rows = d.goals
    .filter(
      (g) =>
        state.filter === 'all' ||
        g.status === state.filter ||
        (state.filter === 'remaining' && g.status !== 'approved'),
    )
    .filter((g) => !q || `${g.goalId} ${g.title} ${g.theme}`.toLowerCase().includes(q))
    .map((g) => {
      // As on the chat's status card: a goal with a signed activity that this employer approves.
      const canAsk = d.canRequest && ready.has(g.docId);
      const canRecall = d.canRecall && g.status === 'pending_approval';
      const canRemind = d.canRemind && g.remindable && d.leader;
      const ids = `data-id="${esc(g.docId)}" data-rev="${g.rev}"`;
      // The leader undoes an approval from the goal's history, with the reason the LIS will read.
      const undo =
        state.history?.docId === g.docId && state.history.undoable
          ? `<form id="undo-${esc(g.docId)}" data-keep data-trainee="${esc(d.traineeId)}" class="filters"><label>${esc(t.undoReason)}<textarea name="comment" rows="2" required></textarea></label><fluent-button data-decide="goals/undo" ${ids}>${esc(t.undo)}</fluent-button></form>`
          : '';
      // The advisor changes the advice she gave from the goal's history, as on the goal's card.
      const advice = state.history?.docId === g.docId ? state.history.advice : null;
      const change = advice
        ? `<form id="advise-${esc(g.docId)}" data-keep data-trainee="${esc(d.traineeId)}" class="filters"><p class="muted">${esc(advice === 'for' ? t.adviceGivenFor : t.adviceGivenAgainst)}</p><label>${esc(t.commentAdvice)}<textarea name="comment" rows="2"></textarea></label><fluent-button data-decide="goals/recommend" ${ids}>${esc(t.decide.recommend ?? '')}</fluent-button> <fluent-button data-decide="goals/advise-against" ${ids}>${esc(t.decide.adviseAgainst ?? '')}</fluent-button></form>`
        : '';
      const comment = commentForm(d, 'goals/comment', {
        id: g.docId,
        rev: g.rev,
        status: g.status,
        what: g.goalId,
      });
      // Opened, the form takes a row of its own under the goal.
      const commenting = state.asking === `comment:${g.docId}`;
      const history =
        state.history?.docId === g.docId
          ? `<tr><td colspan="5"><div class="history" role="region" aria-label="${esc(t.history)}"><strong>${esc(t.history)}</strong><ul class="plain">${state.history.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>${undo}${change}</div></td></tr>`
          : '';
      return `<tr class="goal"><td>${esc(g.goalId)}</td><td>${esc(g.title)}<br /><span class="muted">${esc(g.theme)}</span></td><td>${esc(t.arenas[g.arena] ?? g.arena)}</td>
        <td><span class="badge ${esc(g.status)}">${esc(t.status[g.status] ?? g.status)}</span>${g.returned ? ` <span class="badge returned">${esc(t.returnedBadge)}</span>` : ''}</td>
        <td>${d.canHistory ? `<fluent-button appearance="lightweight" data-history="${esc(g.docId)}">${esc(t.history)}<span class="sr-only"> ${esc(g.goalId)}</span></fluent-button>` : ''}${canAsk ? ` <fluent-button appearance="accent" data-decide="goals/request" ${ids}>${esc(t.ask)}</fluent-button>` : ''}${canRemind ? ` <fluent-button data-decide="goals/remind" ${ids}>${esc(fill(t.remind, { who: d.approvers.length ? andList(state.lang, d.approvers) : (d.leader ?? '') }))}</fluent-button>` : ''}${canRecall ? ` <fluent-button data-decide="goals/recall" ${ids}>${esc(t.recall)}</fluent-button>` : ''}${commenting ? '' : ` ${comment}`}</td></tr>${commenting ? `<tr><td colspan="5">${comment}</td></tr>` : ''}${history}`;
    })
    .join('');
  const options = ['remaining', 'all', 'not_started', 'in_progress', 'pending_approval', 'approved']
    .map(
      (s) =>
        `<fluent-option value="${s}" ${state.filter === s ? 'selected' : ''}>${esc(s === 'all' ? t.all : s === 'remaining' ? t.remaining : t.status[s])}</fluent-option>`,
    )
    .join('');
  return `<section class="card"><h2>${esc(t.goals)}</h2>
    <div class="filters">
      <label>${esc(t.filter)}<fluent-select id="filter" aria-label="${esc(t.filter)}">${options}</fluent-select></label>
      <label>${esc(t.search)}<fluent-text-field id="search" aria-label="${esc(t.search)}" placeholder="${esc(t.searchPlaceholder)}" value="${esc(state.search)}"></fluent-text-field></label>
    </div>
    ${askAll}
    <table><thead><tr><th scope="col">${esc(t.id)}</th><th scope="col">${esc(t.goalTitle)}</th><th scope="col">${esc(t.arena)}</th><th scope="col">${esc(t.filter)}</th><th scope="col"><span class="sr-only">${esc(t.history)}</span></th></tr></thead>
    <tbody data-testid="goal-rows">${rows}</tbody></table></section>`;
}

/**
 * The LIS records a learning activity and picks who signs it; a supervisor records one for the LIS
 * and signs it in the same step (as «signer Alex: …» in the chat): it counts at once, and the LIS
 * confirms or disputes it.
 */
function recordForm(d: Detail): string {
  const t = state.t;
  const forLis = !d.canRecord && d.canRecordForLis;
  if (!d.canRecord && !forLis) return '';
  const goals = d.goals
    .filter((g) => g.status !== 'approved')
    .map(
      (g) =>
        `<fluent-checkbox name="goals" value="${esc(`${g.catalogId}|${g.goalId}`)}" data-find="${esc(`${g.goalId} ${g.title}`.toLowerCase())}">${esc(`${g.goalId} ${g.title}`)}</fluent-checkbox>`,
    )
    .join('');
  const kinds = Object.entries(t.kinds)
    .map(([k, v], i) => `<fluent-option value="${k}" ${i === 0 ? 'selected' : ''}>${esc(v)}</fluent-option>`)
    .join('');
  const sups = d.supervisors
    // The option shown first is marked selected, so what the select shows is also its value.
    .map(
      (s, i) =>
        `<fluent-option value="${esc(s.aadObjectId)}" ${i === 0 ? 'selected' : ''}>${esc(s.name)}</fluent-option>`,
    )
    .join('');
  return `<section class="card"><h2>${esc(forLis ? fill(t.recordFor, { lis: d.name }) : t.record)}</h2>
    ${forLis ? `<p class="muted">${esc(fill(t.recordForNote, { lis: d.name }))}</p>` : ''}
    <form id="${forLis ? 'record-for' : 'record'}" data-keep data-trainee="${esc(d.traineeId)}" class="filters" style="flex-direction:column;align-items:stretch">
      <label>${esc(t.kind)}<fluent-select name="activityKind" aria-label="${esc(t.kind)}">${kinds}</fluent-select></label>
      <label>${esc(t.date)}<input name="date" type="date" required min="${ACTIVITY_EARLIEST}" max="${norwayDate(new Date())}" value="${norwayDate(new Date())}" /></label>
      <label>${esc(t.description)}<fluent-text-field name="description" aria-label="${esc(t.description)}" required maxlength="1000"></fluent-text-field></label>
      <fieldset class="choices"><legend>${esc(t.goalsFor)}</legend>
        <fluent-text-field id="goal-filter" data-filter aria-label="${esc(t.goalFilter)}" placeholder="${esc(t.goalFilterPlaceholder)}"></fluent-text-field>${goals}</fieldset>
      ${forLis ? '' : `<label>${esc(t.supervisor)}<fluent-select name="supervisor" aria-label="${esc(t.supervisor)}">${sups}${d.leader ? `<fluent-option value="leader">${esc(fill(t.toLeader, { name: d.leader }))}</fluent-option>` : ''}<fluent-option value="">${esc(t.noSignature)}</fluent-option></fluent-select></label>`}
      ${d.supervisors.length === 0 && d.canInvite ? `<p class="muted">${esc(t.noSupervisors)}</p>` : ''}
      <fluent-button appearance="accent" type="submit">${esc(forLis ? t.recordForSave : t.save)}</fluent-button>
    </form></section>`;
}

/**
 * Goals approved earlier elsewhere (in another system or workplace, before the LIS used the app),
 * stated together with one set of facts: the leader gets them to confirm. In LIS1 only goals of
 * the arena chosen are shown and sent (an approval counts only in the goal's own arena); in LIS2/3
 * any goal, from any arena (the employer approves the whole plan).
 */
function priorForm(d: Detail): string {
  const t = state.t;
  const open = d.goals.filter((g) => g.status === 'not_started' || g.status === 'in_progress');
  // The LIS states them for the leader to confirm; the leader (or a delegate) records them at once.
  const record = !d.canRequest && d.canRecordPrior;
  if (!(d.canRequest || record) || !open.length) return '';
  const lis1 = d.phase === 'LIS1';
  const arenas = lis1
    ? ['hospital', 'municipality', 'psychiatry'].filter((a) => open.some((g) => g.arena === a))
    : [...new Set([open[0]?.arena ?? 'municipality', 'hospital', 'municipality', 'psychiatry'])];
  const options = arenas
    .map(
      (a, i) =>
        `<fluent-option value="${a}" ${i === 0 ? 'selected' : ''}>${esc(t.arenas[a] ?? a)}</fluent-option>`,
    )
    .join('');
  const goals = open
    .map(
      (g) =>
        `<fluent-checkbox name="goals" value="${esc(g.docId)}" data-rev="${g.rev}" data-arena="${lis1 ? esc(g.arena) : ''}" data-find="${esc(`${g.goalId} ${g.title}`.toLowerCase())}"${!lis1 || g.arena === arenas[0] ? '' : ' hidden'}>${esc(`${g.goalId} ${g.title}`)}</fluent-checkbox>`,
    )
    .join('');
  const today = norwayDate(new Date());
  return `<details class="card" id="prior-box"><summary><h2>${esc(t.priorTitle)}</h2></summary>
    <p class="muted">${esc(record ? fill(t.priorRecordIntro, { lis: d.name }) : t.priorIntro)}</p>
    <form id="prior" data-keep data-trainee="${esc(d.traineeId)}"${record ? ' data-mode="record"' : ''} class="filters" style="flex-direction:column;align-items:stretch">
      <label>${esc(t.priorArena)}<fluent-select name="arena" aria-label="${esc(t.priorArena)}">${options}</fluent-select></label>
      <label>${esc(t.priorPlace)}<fluent-text-field name="place" aria-label="${esc(t.priorPlace)}" required maxlength="120"></fluent-text-field></label>
      <label>${esc(t.priorApprover)}<fluent-text-field name="approver" aria-label="${esc(t.priorApprover)}" required maxlength="120"></fluent-text-field></label>
      <label>${esc(t.priorDate)}<input name="date" type="date" required min="${ACTIVITY_EARLIEST}" max="${today}" /></label>
      <label>${esc(t.priorAttachment)}<fluent-text-field name="attachment" aria-label="${esc(t.priorAttachment)}" maxlength="300"></fluent-text-field></label>
      <fieldset class="choices"><legend>${esc(t.priorGoals)}</legend>
        <fluent-text-field id="prior-filter" data-filter aria-label="${esc(t.goalFilter)}" placeholder="${esc(t.goalFilterPlaceholder)}"></fluent-text-field>
        <fluent-button appearance="lightweight" id="prior-all">${esc(t.priorAll)}</fluent-button>${goals}</fieldset>
      <fluent-button appearance="accent" type="submit">${esc(record ? t.priorRecordSend : t.priorSend)}</fluent-button>
    </form></details>`;
}

/** The decisions a kind of waiting item offers, the first the main one: the route and the button's words. */
const CHOICES: Record<Exclude<ForYouRow['kind'], 'confirmRecord'>, [route: string, label: string][]> = {
  approve: [
    ['goals/approve', 'approve'],
    ['goals/return', 'returnIt'],
  ],
  recommend: [
    ['goals/recommend', 'recommend'],
    ['goals/advise-against', 'adviseAgainst'],
  ],
  sign: [
    ['activities/sign', 'sign'],
    ['activities/return', 'returnIt'],
  ],
  markMet: [
    ['activities/mark-met', 'markMet'],
    ['activities/return', 'returnIt'],
  ],
};

/** An approval's basis as the approval card shows it: what is signed, the advisor's advice, what is missing. */
function basisView(b: NonNullable<ForYouRow['basis']>): string {
  const t = state.t;
  const lines = [
    ...b.signed.map(
      (s) =>
        `${esc(fill(s.met ? t.basisMet : t.basisSigned, { what: s.what, name: s.by, when: formatDate(s.at) }))}${s.comment ? ` <q>${esc(s.comment)}</q>` : ''}`,
    ),
    ...(b.advisor
      ? [
          `${esc(fill(t.basisAdvisor, { name: b.advisor.name }))}${b.advisor.comment ? ` <q>${esc(b.advisor.comment)}</q>` : ''}`,
        ]
      : []),
    ...(b.against
      ? [
          `${esc(fill(t.basisAgainst, { name: b.against.name }))}${b.against.comment ? ` <q>${esc(b.against.comment)}</q>` : ''}`,
        ]
      : []),
    ...(b.comments ?? []).map(
      (c) =>
        `${esc(fill(t.basisComment, { name: c.name, when: formatDate(c.at) }))} <q>${esc(c.comment)}</q>`,
    ),
    ...b.missing.filter((m) => m !== 'advisor' || !b.against).map((m) => esc(t.basisMissing[m] ?? m)),
  ];
  return `<div class="basis"><strong>${esc(t.basis)}</strong><ul class="plain">${lines.map((l) => `<li>${l}</li>`).join('')}</ul></div>`;
}

/**
 * What of this LIS waits for the viewer's own decision (the leader's approval, the advisor's advice,
 * the supervisor's signature, the leader's mark), each with what is needed to decide it and the same
 * decisions as its card in the chat. Each is a form of its own, so a comment being written is kept.
 */
function forYouView(d: Detail): string {
  const t = state.t;
  if (d.forYou.length === 0) return '';
  const items = d.forYou
    .map((i) => {
      if (i.kind === 'confirmRecord') return recordToConfirm(d, i);
      const facts = [
        ...(i.date ? [formatDate(i.date)] : []),
        ...(i.activityKind ? [t.kinds[i.activityKind] ?? i.activityKind] : []),
        ...(i.goals?.length ? [i.goals.join(', ')] : []),
        ...(i.requestedAt ? [fill(t.sentOn, { when: formatDate(i.requestedAt) })] : []),
      ].join(' · ');
      const c = i.claim;
      const notes = [
        ...(c ? [fill(t.claimed, { date: formatDate(c.date), place: c.place, approver: c.approver })] : []),
        ...(c?.attachment ? [fill(t.claimedAttachment, { what: c.attachment })] : []),
        ...(i.kind === 'approve' && !i.complete && !c ? [t.basisIncomplete] : []),
        ...(i.onBehalfOf
          ? [fill(i.kind === 'markMet' ? t.onBehalfMark : t.onBehalfApprove, { name: i.onBehalfOf })]
          : []),
      ];
      const buttons = CHOICES[i.kind]
        .map(
          ([route, label], n) =>
            `<fluent-button ${n === 0 ? 'appearance="accent" ' : ''}data-decide="${route}" data-id="${esc(i.id)}" data-rev="${i.rev}">${esc(t.decide[label] ?? label)}</fluent-button>`,
        )
        .join(' ');
      return `<li><form id="decide-${esc(i.id)}" data-keep data-trainee="${esc(d.traineeId)}" class="for-you">
        <strong>${esc(fill(t.forYouHead[i.kind] ?? '{what}', { what: i.title }))}</strong>
        ${facts ? `<div class="muted">${escIds(facts)}</div>` : ''}
        ${i.basis ? basisView(i.basis) : ''}
        ${notes.map((x) => `<p class="muted">${esc(x)}</p>`).join('')}
        <label>${esc(i.kind === 'recommend' ? t.commentAdvice : i.kind === 'approve' && !i.complete && !c ? t.commentIncomplete : t.comment)}<textarea name="comment" rows="2"></textarea></label>
        <div>${buttons}</div></form></li>`;
    })
    .join('');
  // Several with a complete basis: one click approves them all (up to what one click takes), after a second.
  const complete = d.forYou.filter((i) => i.kind === 'approve' && i.complete).slice(0, REQUEST_ALL_MAX);
  const all =
    complete.length > 1
      ? state.approvingAll
        ? `<p>${esc(fill(t.approveAllConfirm, { n: complete.length, ids: complete.map((i) => i.id.split(':')[2]).join(', ') }))}</p><fluent-button appearance="accent" id="approve-all-yes">${esc(fill(t.approveAllYes, { n: complete.length }))}</fluent-button>`
        : `<fluent-button appearance="accent" id="approve-all">${esc(fill(t.approveAll, { n: complete.length }))}</fluent-button>`
      : '';
  return `<section class="card attention" data-testid="for-you"><h2>${esc(t.forYouHeading)}</h2>${all}<ul class="plain">${items}</ul></section>`;
}

/**
 * On a LIS's own page, what waits for them as someone else's supervisor, advisor or leader (a LIS3
 * who supervises a LIS1): the page opens on their own, and the list of LIS is one choice away.
 */
function othersWaiting(d: Detail): string {
  const t = state.t;
  if (!d.canRequest) return '';
  const others = (state.overview?.trainees ?? []).filter(
    (x) => x.traineeId !== d.traineeId && (x.forYou ?? 0) > 0,
  );
  if (others.length === 0) return '';
  const items = others
    .map(
      (x) =>
        `<li><fluent-button appearance="lightweight" data-open="${esc(x.traineeId)}">${esc(x.name)}</fluent-button> ${esc(fill(t.forYou, { n: x.forYou ?? 0 }))}</li>`,
    )
    .join('');
  return `<section class="card attention" data-testid="others-waiting"><h2>${esc(t.othersWaiting)}</h2><ul class="plain">${items}</ul></section>`;
}

/** A record a supervisor made for the LIS: what it says, who recorded it, and «Bekreft» or «Bestrid …». */
function recordToConfirm(d: Detail, i: ForYouRow): string {
  const t = state.t;
  const facts = [
    ...(i.date ? [formatDate(i.date)] : []),
    ...(i.activityKind ? [t.kinds[i.activityKind] ?? i.activityKind] : []),
    ...(i.goals?.length ? [i.goals.join(', ')] : []),
  ].join(' · ');
  const who = i.recordedBy ?? '';
  return `<li class="for-you"><strong>${esc(fill(t.forYouHead.confirmRecord ?? '{what}', { what: i.title }))}</strong>
    ${facts ? `<div class="muted">${escIds(facts)}</div>` : ''}
    <p class="muted">${esc(fill(t.byLisPendingYou, { who, lis: d.name }))}</p>
    ${answerRecordButtons(d, { id: i.id, rev: i.rev, who, byLis: 'pending' })}</li>`;
}

function detailView(d: Detail): string {
  const t = state.t;
  const p = d.progress;
  const catalogs = p.catalogs
    .map(
      (
        c,
      ) => `<h3>${esc(c.name)}</h3><div class="row"><span>${esc(fill(t.approvedOf, { a: c.approved, t: c.total }))}</span></div>${bar(c.approved, 0, c.total, fill(t.approvedOf, { a: c.approved, t: c.total }))}
      ${c.arenas.map((a) => `<div class="row"><span>${esc(t.arenas[a.arena] ?? a.arena)}</span><span>${esc(fill(t.left, { n: a.remaining }))}</span></div>${bar(a.approved, a.pending, a.total, `${t.arenas[a.arena] ?? a.arena}: ${a.approved}/${a.total}`)}`).join('')}
      <p class="muted">${esc(t.byTheme)}: ${c.themes
        .slice(0, 8)
        .map((x) => `${esc(x.theme)} ${x.remaining}`)
        .join(' · ')}</p>`,
    )
    .join('');
  // Approvals in a plan the LIS was moved off: named, as they are still to be registered.
  const earlier = p.earlier
    .map(
      (e) =>
        `<p class="muted" data-testid="earlier-plan">${esc(fill(t.approvedEarlier, { plan: e.name, ids: e.approved.join(', ') }))}</p>`,
    )
    .join('');
  const returned = d.returned.length
    ? `<section class="card attention"><h2>${esc(t.returnedHeading)}</h2><ul class="plain">${d.returned
        .map(
          (r) =>
            `<li>${esc(fill(r.kind === 'activity' ? (r.undid ? t.undoneActivity : t.returnedActivity) : r.undid ? t.undoneGoal : t.returnedGoal, { what: r.what, who: r.by, when: formatDate(r.at) }))}${r.comment ? ` <q>${esc(r.comment)}</q>` : ''}</li>`,
        )
        .join('')}</ul></section>`
    : '';
  const pending = p.pending.length
    ? `<ul class="plain">${p.pending.map((q) => `<li>${esc(fill(q.kind === 'approval' ? t.pendingApproval : q.kind === 'met' ? t.pendingMet : t.pendingSignature, { what: q.what, who: q.waitingForId && q.waitingForId === state.overview?.me.aadObjectId ? t.you : q.waitingFor }))}${q.also ? `. ${esc(q.also)}` : ''}</li>`).join('')}</ul>`
    : `<p class="muted">${esc(t.nothingPending)}</p>`;
  return `<div class="header"><div><h1>${esc(d.name)}</h1><p class="muted">${esc(d.phase)}${d.specialty ? `, ${esc(d.specialty)}` : ''} · ${esc(d.employer)}</p></div>
      ${p.forecast ? `<span class="badge ${esc(p.forecast.status)}">${esc(t.forecast[p.forecast.status] ?? '')}</span>` : ''}</div>
    <div class="grid">
      <section class="card"><p><span class="big" data-testid="approved">${p.approved}</span> / <span data-testid="total">${p.total}</span></p>
        ${bar(p.approved, p.pendingApproval, p.total, fill(t.approvedOf, { a: p.approved, t: p.total }))}
        <p data-testid="remaining">${esc(fill(t.left, { n: p.remaining }))}</p>
        <p class="muted" data-testid="waiting">${waitingLine(p.pendingApproval, p.pendingSignature, p.pendingMet)}</p>
        ${p.forecastReasons.length ? `<p data-testid="forecast">${esc(`${p.forecastReasons.join('. ')}`)}</p>` : ''}
        ${p.elsewhereLines.map((l) => `<p data-testid="elsewhere">${esc(l)}</p>`).join('')}
        ${p.serviceShortLine ? `<p data-testid="service-short">${esc(p.serviceShortLine)}</p>` : ''}</section>
      <section class="card"><h2>${esc(t.pending)}</h2>${pending}</section>
    </div>
    ${othersWaiting(d)}
    ${forYouView(d)}
    ${returned}
    <div class="sections"><section class="card"><h2>${esc(t.progress)}</h2>${catalogs}${earlier}</section>${timeline(d)}</div>
    ${activitiesView(d)}
    ${decidedView(d)}
    ${sessionsView(d)}
    ${rolesView(d)}
    ${confirmationView(d)}
    ${exportView(d)}
    <div style="margin-top:16px">${goalsTable(d)}</div>
    <div style="margin-top:16px">${recordForm(d)}</div>
    <div style="margin-top:16px">${priorForm(d)}</div>
    ${d.canRequest && state.view === 'personal' ? `<div style="margin-top:16px">${registrationView(false)}</div>` : ''}`;
}

/**
 * Advisory sessions: what the caller may see of them (the leader: that they took place, and when).
 * The LIS and the advisor schedule one here; in one not yet finalised the LIS writes the
 * preparation, and the advisor, once it has been held, the minutes: a draft, or finalised after a
 * second click (then read-only, and the LIS is told).
 */
function sessionsView(d: Detail): string {
  const t = state.t;
  if (d.sessions.length === 0 && !d.canSchedule) return '';
  const today = norwayDate(new Date());
  const rows = d.sessions
    .map((x) => {
      const head = `${formatDate(x.date)} · ${t.sessionForm[x.form] ?? x.form} · ${fill(t.hours, { n: x.hours })} · ${x.held ? t.sessionHeld : x.date < today ? t.sessionNotFinalised : t.sessionPlanned}`;
      const body = [
        x.topics ? `<div>${esc(t.topics)}: ${esc(x.topics)}</div>` : '',
        x.preparation && x.write !== 'preparation'
          ? `<div>${esc(t.preparation)}: ${esc(x.preparation)}</div>`
          : '',
        x.minutes && x.write !== 'minutes' ? `<div>${esc(t.minutes)}: ${esc(x.minutes)}</div>` : '',
      ].join('');
      return `<li><strong>${esc(head)}</strong>${body}${sessionWrite(d, x)}${sessionMove(d, x)}</li>`;
    })
    .join('');
  const list = rows
    ? `<ul class="plain" data-testid="sessions">${rows}</ul>`
    : `<p class="muted">${esc(t.sessionsNone)}</p>`;
  // Counted as the chat's card counts them: those held, group hours against a LIS3's requirement.
  const c = d.sessionCounts;
  const counts = c
    ? `<p data-testid="session-counts">${esc(fill(c.groupRequired ? t.sessionCountsOf : t.sessionCounts, { ...c }))}</p>`
    : '';
  return `<section class="card" style="margin-top:16px"><h2>${esc(t.sessions)}</h2>${counts}${list}${d.canSchedule ? scheduleForm(d) : ''}</section>`;
}

/** A session not held yet, moved to another day or called off (asking first), by the LIS or the advisor. */
function sessionMove(d: Detail, x: Detail['sessions'][number]): string {
  const t = state.t;
  if (!x.movable || !x.id) return '';
  const ids = `data-id="${esc(x.id)}" data-rev="${x.rev ?? 0}"`;
  const asked = `cancel:${x.id}`;
  const cancel =
    state.asking === asked
      ? `<p>${esc(t.sessionCancelConfirm)}</p><fluent-button data-decide="sessions/cancel" ${ids} data-asked="${esc(asked)}">${esc(t.sessionCancelYes)}</fluent-button>`
      : `<fluent-button appearance="lightweight" data-ask="${esc(asked)}">${esc(t.sessionCancel)}</fluent-button>`;
  return `<form id="reschedule-${esc(x.id)}" data-keep data-trainee="${esc(d.traineeId)}" class="filters">
      <label>${esc(t.sessionNewDate)}<input name="date" type="date" required min="${ACTIVITY_EARLIEST}" max="${yearAhead(norwayDate(new Date()))}" value="${esc(x.date)}" /></label>
      <fluent-button data-decide="sessions/move" ${ids}>${esc(t.sessionMove)}</fluent-button> ${cancel}</form>`;
}

/** The viewer's own text in a session: the LIS's preparation, or the advisor's minutes. */
function sessionWrite(d: Detail, x: Detail['sessions'][number]): string {
  const t = state.t;
  if (!x.write || !x.id) return '';
  const ids = `data-id="${esc(x.id)}" data-rev="${x.rev ?? 0}"`;
  const prepares = x.write === 'preparation';
  const buttons = prepares
    ? `<fluent-button appearance="accent" data-decide="sessions/prepare" ${ids}>${esc(t.sessionSave)}</fluent-button>`
    : `<fluent-button data-decide="sessions/minutes" ${ids}>${esc(t.sessionSaveDraft)}</fluent-button> ${
        state.asking === `finalise:${x.id}`
          ? `<p>${esc(t.finaliseConfirm)}</p><fluent-button appearance="accent" data-decide="sessions/finalise" ${ids} data-asked="${esc(`finalise:${x.id}`)}">${esc(t.finaliseYes)}</fluent-button>`
          : `<fluent-button appearance="accent" data-ask="${esc(`finalise:${x.id}`)}">${esc(t.finalise)}</fluent-button>`
      }`;
  const label = prepares ? t.preparationLabel : t.minutes;
  return `<form id="session-${esc(x.id)}" data-keep data-trainee="${esc(d.traineeId)}" class="filters" style="flex-direction:column;align-items:stretch">
      <label>${esc(label)}<textarea name="text" rows="4" maxlength="4000" aria-label="${esc(label)}">${esc((prepares ? x.preparation : x.minutes) ?? '')}</textarea></label>
      <div>${buttons}</div></form>`;
}

function scheduleForm(d: Detail): string {
  const t = state.t;
  return `<details><summary>${esc(t.sessionSchedule)}</summary>
    <form id="schedule" data-keep data-trainee="${esc(d.traineeId)}" class="filters">
      <label>${esc(t.date)}<input name="date" type="date" required min="${ACTIVITY_EARLIEST}" max="${yearAhead(norwayDate(new Date()))}" value="${norwayDate(new Date())}" /></label>
      <label>${esc(t.sessionKind)}<fluent-select name="sessionForm" aria-label="${esc(t.sessionKind)}"><fluent-option value="individual" selected>${esc(t.sessionForm.individual ?? '')}</fluent-option><fluent-option value="group">${esc(t.sessionForm.group ?? '')}</fluent-option></fluent-select></label>
      <label>${esc(t.sessionHours)}<input name="hours" type="number" min="0.25" max="8" step="0.25" value="1" required /></label>
      <label>${esc(t.topics)}<fluent-text-field name="topics" aria-label="${esc(t.topics)}" required maxlength="500"></fluent-text-field></label>
      <fluent-button appearance="accent" type="submit">${esc(t.scheduleSave)}</fluent-button>
    </form></details>`;
}

async function schedule(form: HTMLFormElement): Promise<void> {
  const data = new FormData(form);
  const body = {
    date: String(data.get('date') ?? ''),
    sessionForm: String(data.get('sessionForm') ?? 'individual'),
    hours: Number(data.get('hours') ?? 1),
    topics: String(data.get('topics') ?? ''),
  };
  await sendEntry<{ date?: string }>(form, 'sessions', body, (b, d) => {
    // Whoever of the two did not schedule it is told: the advisor, or the LIS.
    const other = d.canInvite
      ? d.roles.find((x) => x.role === 'advisor' && x.state === 'active')?.name
      : d.name;
    const date = formatDate(b.date ?? body.date);
    return other ? fill(state.t.scheduledTold, { date, who: other }) : fill(state.t.scheduled, { date });
  });
}

function activitiesView(d: Detail): string {
  const t = state.t;
  if (d.activities.length === 0) return '';
  const rows = d.activities
    .map((a) => {
      // As on the activity's card in the chat: the LIS reminds whoever it waits for, once a day.
      const remind =
        d.canRemind && a.remindable && a.who
          ? `<div><fluent-button data-decide="activities/remind" data-id="${esc(a.id)}" data-rev="${a.rev}" data-who="${esc(a.who)}">${esc(fill(t.remind, { who: a.who }))}</fluent-button></div>`
          : '';
      return activityLine(
        a,
        // A record to confirm is answered under «Venter på deg» (listed there however old its date).
        `${remind}${d.canManageActivities ? `${ownActivity(d, a)}${d.forYou.some((f) => f.id === a.id) ? '' : answerRecordButtons(d, a)}` : ''}${undoActivity(d, a)}${commentForm(d, 'activities/comment', { ...a, what: `${formatDate(a.date)} ${a.description}` })}`,
      );
    })
    .join('');
  const more = d.activitiesNext
    ? `<fluent-button appearance="lightweight" id="activities-older">${esc(t.activitiesOlder)}</fluent-button>`
    : '';
  return `<section class="card" style="margin-top:16px"><h2>${esc(t.activities)}</h2><ul class="plain" data-testid="activities">${rows}</ul>${more}</section>`;
}

/**
 * A signature given by mistake (or a mark as met), undone by whoever gave it, as from the activity's
 * card: a first click asks why, and the reason goes to the LIS with the activity.
 */
function undoActivity(d: Detail, a: ActivityRow): string {
  const t = state.t;
  if (!a.undoable) return '';
  if (state.asking !== `undo:${a.id}`)
    return `<div><fluent-button appearance="lightweight" data-ask="${esc(`undo:${a.id}`)}">${esc(a.status === 'signed' ? t.undoSign : t.undoMet)}</fluent-button></div>`;
  return `<form id="undo-${esc(a.id)}" data-keep data-trainee="${esc(d.traineeId)}" class="filters"><label>${esc(t.undoSignReason)}<textarea name="comment" rows="2" required data-asked="${esc(`undo:${a.id}`)}"></textarea></label><fluent-button data-decide="activities/undo" data-id="${esc(a.id)}" data-rev="${a.rev}">${esc(a.status === 'signed' ? t.undoSignYes : t.undoMetYes)}</fluent-button></form>`;
}

/**
 * The advisor's comment on a goal not approved yet or on an activity, as the chat's cards offer it:
 * a first click opens the form, and the comment goes to the LIS (the leader sees it too).
 */
function commentForm(
  d: Detail,
  route: 'goals/comment' | 'activities/comment',
  /** `what`: which one, for a screen reader (the buttons in a list look alike). */
  item: { id: string; rev: number; status: string; what: string },
): string {
  const t = state.t;
  const goal = route === 'goals/comment';
  if (
    goal
      ? !d.canCommentGoals || item.status === 'approved'
      : !d.canCommentActivities || item.status === 'withdrawn'
  )
    return '';
  const key = `comment:${item.id}`;
  if (state.asking !== key)
    return `<fluent-button appearance="lightweight" data-ask="${esc(key)}">${esc(t.commentOpen)}<span class="sr-only"> ${esc(item.what)}</span></fluent-button>`;
  const label = fill(goal ? t.commentGoalLabel : t.commentActivityLabel, { lis: d.name });
  return `<form id="comment-${esc(item.id)}" data-keep data-trainee="${esc(d.traineeId)}" class="filters"><label>${esc(label)}<textarea name="comment" rows="2" required data-asked="${esc(key)}"></textarea></label><fluent-button appearance="accent" data-decide="${route}" data-id="${esc(item.id)}" data-rev="${item.rev}">${esc(t.commentSend)}</fluent-button></form>`;
}

/**
 * The LIS answers a record a supervisor made for them, as on its card in the chat: «Bekreft», or
 * «Bestrid …» and a second click that says the activity is then withdrawn.
 */
function answerRecordButtons(d: Detail, a: Pick<ActivityRow, 'id' | 'rev' | 'who' | 'byLis'>): string {
  const t = state.t;
  if (!d.canManageActivities || a.byLis !== 'pending') return '';
  const ids = `data-id="${esc(a.id)}" data-rev="${a.rev}" data-who="${esc(a.who ?? '')}"`;
  const dispute =
    state.asking === `dispute:${a.id}`
      ? `<p>${esc(fill(t.disputeConfirm, { who: a.who ?? '' }))}</p><fluent-button data-decide="activities/dispute" ${ids} data-asked="${esc(`dispute:${a.id}`)}">${esc(t.disputeYes)}</fluent-button>`
      : `<fluent-button appearance="lightweight" data-ask="${esc(`dispute:${a.id}`)}">${esc(t.disputeRecord)}</fluent-button>`;
  return `<div><fluent-button appearance="accent" data-decide="activities/confirm-record" ${ids}>${esc(t.confirmRecord)}</fluent-button> ${dispute}</div>`;
}

/** One activity in a list: when, what kind, its goals, what it says, where it stands, and the buttons given. */
function activityLine(a: ActivityRow, buttons = ''): string {
  const t = state.t;
  const status = fill(t.activityStatus[a.status] ?? a.status, {
    who: a.who ?? '',
    when: a.at ? formatDate(a.at) : '',
  });
  const d = state.detail;
  const lis = d?.name ?? '';
  // A supervisor's own record waits for the LIS to confirm it (the LIS reads it as theirs to answer).
  const byLis =
    a.byLis === 'pending'
      ? `<div class="muted">${esc(fill(d?.canManageActivities ? t.byLisPendingYou : t.byLisPending, { who: a.who ?? '', lis }))}</div>`
      : '';
  const standing = a.byLis === 'disputed' ? fill(t.byLisDisputed, { lis }) : status;
  const c = a.advisorComment;
  const comment = c
    ? `<div>${esc(fill(t.advisorComment, { name: c.name, when: formatDate(c.at) }))} <q>${esc(c.comment)}</q></div>`
    : '';
  return `<li><strong>${escIds(`${formatDate(a.date)} · ${t.kinds[a.kind] ?? a.kind} · ${a.goals.join(', ')}`)}</strong><div>${esc(a.description)}</div><div class="muted">${esc(standing)}</div>${byLis}${comment}${buttons}</li>`;
}

/** A supervisor's own: what of this LIS they signed or sent back, newest first (as «hva har jeg signert?»). */
function decidedView(d: Detail): string {
  const t = state.t;
  if (d.decidedByYou.length === 0) return '';
  const rows = d.decidedByYou.map((a) => activityLine(a, undoActivity(d, a))).join('');
  const rest = d.decidedByYouCount - d.decidedByYou.length;
  const more = rest > 0 ? `<p class="muted">${esc(fill(t.decidedMore, { n: rest, lis: d.name }))}</p>` : '';
  return `<section class="card" style="margin-top:16px"><h2>${esc(t.decidedByYou)}</h2><ul class="plain" data-testid="decided-by-you">${rows}</ul>${more}</section>`;
}

/**
 * The LIS's own buttons on an activity, as on its card in the chat: a request waiting is taken back;
 * one sent back (or never sent) goes for signing again, to the same or another supervisor, or is
 * withdrawn after a second click that says what withdrawing means.
 */
function ownActivity(d: Detail, a: ActivityRow): string {
  const t = state.t;
  const ids = `data-id="${esc(a.id)}" data-rev="${a.rev}"`;
  // Waiting for a supervisor who is away: sent to another one instead, in one step (as on its card).
  const others = d.supervisors.filter((s) => s.aadObjectId !== a.supervisorId);
  const move =
    a.status === 'pending_signature' && others.length
      ? `<form id="move-${esc(a.id)}" data-keep data-trainee="${esc(d.traineeId)}" class="filters"><label>${esc(t.moveTo)}<select name="to">${others.map((s) => `<option value="${esc(s.aadObjectId)}">${esc(s.name)}</option>`).join('')}</select></label><fluent-button data-decide="activities/reassign" ${ids}>${esc(t.move)}</fluent-button></form>`
      : '';
  if (a.status === 'pending_signature' || a.status === 'pending_met')
    return `<div><fluent-button data-decide="activities/recall" ${ids}>${esc(t.recallActivity)}</fluent-button></div>${move}`;
  if (a.status !== 'returned' && a.status !== 'registered') return '';
  // As on its card: recorded (or sent back by the leader), it may go to the leader to be marked as met.
  const askMet =
    d.leader && a.askableMet
      ? `<fluent-button data-decide="activities/ask-met" ${ids} data-who="${esc(d.leader)}">${esc(fill(t.askMet, { who: d.leader }))}</fluent-button>`
      : '';
  const withdraw =
    state.asking === `withdraw:${a.id}`
      ? `<p>${esc(t.withdrawConfirm)}</p><fluent-button data-decide="activities/withdraw" ${ids} data-asked="${esc(`withdraw:${a.id}`)}">${esc(t.withdrawYes)}</fluent-button>`
      : `<fluent-button appearance="lightweight" data-ask="${esc(`withdraw:${a.id}`)}">${esc(t.withdraw)}</fluent-button>`;
  // Put right what it was sent back for (what was done, when), then sent to the same or another supervisor.
  const resend = d.supervisors.length
    ? `<label>${esc(t.description)}<textarea name="description" rows="2" maxlength="1000" aria-label="${esc(t.description)}">${esc(a.description)}</textarea></label>
      <label>${esc(t.date)}<input name="date" type="date" required min="${ACTIVITY_EARLIEST}" max="${norwayDate(new Date())}" value="${esc(a.date)}" /></label>
      <label>${esc(t.resendTo)}<select name="to">${d.supervisors.map((s) => `<option value="${esc(s.aadObjectId)}" ${s.aadObjectId === a.supervisorId ? 'selected' : ''}>${esc(s.name)}</option>`).join('')}</select></label>
      <fluent-button appearance="accent" data-decide="activities/resend" ${ids}>${esc(t.resend)}</fluent-button>`
    : '';
  return `<form id="resend-${esc(a.id)}" data-keep data-trainee="${esc(d.traineeId)}" class="filters">${resend}${askMet}${withdraw}</form>`;
}

/**
 * Who holds which role around the LIS, for those who may see it (not a supervisor). The LIS invites
 * from here (one person at a time, from Teams' people picker), ends a role or withdraws an invitation.
 */
function rolesView(d: Detail): string {
  const t = state.t;
  if (d.roles.length === 0 && !d.canInvite) return '';
  const rows = d.roles
    .map((r) => {
      const vars = { name: r.name, role: t.roleNames[r.role] ?? r.role };
      const invited = r.state === 'invited' || r.state === 'lapsed';
      const key = `${r.aadObjectId}|${r.role}`;
      const remove = !d.canInvite
        ? ''
        : state.asking === `role:${key}`
          ? `<p>${esc(fill(invited ? t.withdrawInviteConfirm : t.removeRoleConfirm, vars))}</p><fluent-button data-role-remove="${esc(key)}" data-asked="${esc(`role:${key}`)}">${esc(invited ? t.withdrawInviteYes : t.removeRoleYes)}</fluent-button>`
          : ` <fluent-button appearance="lightweight" data-ask="${esc(`role:${key}`)}">${esc(invited ? t.withdrawInvite : t.removeRole)}</fluent-button>`;
      const note =
        r.state === 'lapsed'
          ? fill(t.roleLapsed, { date: formatDate(r.lapsedOn ?? '') })
          : invited
            ? t.roleInvited
            : '';
      // Run out unanswered: invited again in one click (a new invitation can be withdrawn as any).
      const again =
        d.canInvite && r.state === 'lapsed'
          ? ` <fluent-button appearance="lightweight" data-invite-again="${esc(key)}">${esc(fill(t.inviteAgain, vars))}</fluent-button>`
          : '';
      return `<li>${esc(fill(t.roleLine, vars))}${note ? ` <span class="muted">(${esc(note)})</span>` : ''}${again}${remove}</li>`;
    })
    .join('');
  const list = rows
    ? `<ul class="plain" data-testid="roles">${rows}</ul>`
    : `<p class="muted">${esc(t.rolesNone)}</p>`;
  return `<section class="card" style="margin-top:16px"><h2>${esc(t.roles)}</h2>${list}${d.canInvite ? inviteForm(d) : ''}</section>`;
}

function inviteForm(d: Detail): string {
  const t = state.t;
  const pick = state.pick;
  if (!pick) return `<p class="muted">${esc(t.inviteInChat)}</p>`;
  const roles = ['supervisor', 'leader', 'advisor']
    .map(
      (r, i) =>
        `<fluent-option value="${r}" ${i === 0 ? 'selected' : ''}>${esc(t.roleNames[r] ?? r)}</fluent-option>`,
    )
    .join('');
  const single = d.roles.some((r) => r.state === 'active' && (r.role === 'leader' || r.role === 'advisor'));
  return `<form id="invite" data-keep data-trainee="${esc(d.traineeId)}" class="filters">
      <label>${esc(t.inviteAs)}<fluent-select name="role" aria-label="${esc(t.inviteAs)}">${roles}</fluent-select></label>${personField()}
      ${single ? `<fluent-checkbox name="replace" value="true">${esc(t.inviteReplace)}</fluent-checkbox>` : ''}
      <fluent-button appearance="accent" type="submit">${esc(pick === 'teams' ? t.invitePick : t.invite)}</fluent-button></form>`;
}

/** Where a form picks a person in development (the demo people); in Teams the picker opens on sending. */
function personField(): string {
  const t = state.t;
  const pick = state.pick;
  if (!pick || pick === 'teams') return '';
  // No one chosen at first: a first name chosen for the leader would lend her approval (or a role) to
  // whoever heads the list with one click.
  const options = `<fluent-option value="" selected>${esc(t.choosePerson)}</fluent-option>${pick
    .map((p) => `<fluent-option value="${esc(p.aadObjectId)}">${esc(p.name)}</fluent-option>`)
    .join('')}`;
  return `<label>${esc(t.invitePerson)}<fluent-select name="person" aria-label="${esc(t.invitePerson)}">${options}</fluent-select></label>`;
}

/** The person picked for a form: in Teams from its own people picker (titled), else from `personField`. */
async function pickedPerson(
  form: HTMLFormElement,
  title: string,
): Promise<{ aadObjectId: string; name: string } | undefined> {
  if (state.pick !== 'teams') {
    const id = form.querySelector<Valued>('[name="person"]')?.value;
    const chosen = id ? state.pick?.find((p) => p.aadObjectId === id) : undefined;
    if (!chosen) {
      state.notice = { text: state.t.choosePersonFirst, error: true };
      render();
    }
    return chosen;
  }
  try {
    const [p] = await people.selectPeople({
      singleSelect: true,
      openOrgWideSearchInChatOrChannel: true,
      title,
    });
    return p ? { aadObjectId: p.objectId, name: p.displayName ?? '' } : undefined;
  } catch {
    // The picker was closed without a choice: nothing to send.
    return undefined;
  }
}

/**
 * A leader lends approval for one LIS or all of hers to someone picked, for a period (her holiday):
 * the loans not yet over, each to end early, and the form.
 */
function delegationView(o: Overview): string {
  const t = state.t;
  if (o.delegable.length === 0 && o.delegations.length === 0) return '';
  const rows = o.delegations
    .map(
      (d) =>
        `<li>${esc(fill(t.delegationLine, { who: d.delegateName || t.aPerson, lis: d.trainee, from: formatDate(d.from), to: formatDate(d.to) }))} <fluent-button appearance="lightweight" data-delegation-end="${esc(`${d.traineeId}|${d.id}`)}">${esc(t.delegationEnd)}</fluent-button></li>`,
    )
    .join('');
  const lis = [
    ...(o.delegable.length > 1 ? [{ traineeId: 'all', trainee: t.delegateAll }] : []),
    ...o.delegable,
  ]
    .map(
      (x, i) =>
        `<fluent-option value="${esc(x.traineeId)}" ${i === 0 ? 'selected' : ''}>${esc(x.trainee)}</fluent-option>`,
    )
    .join('');
  const form = !o.delegable.length
    ? ''
    : !state.pick
      ? `<p class="muted">${esc(t.delegateInChat)}</p>`
      : `<form id="delegate" data-keep data-trainee="${OWN}" class="filters">${personField()}
      <label>${esc(t.delegateFor)}<fluent-select name="trainee" aria-label="${esc(t.delegateFor)}">${lis}</fluent-select></label>
      <label>${esc(t.absenceFrom)}<input name="from" type="date" required value="${norwayDate(new Date())}" /></label>
      <label>${esc(t.absenceTo)}<input name="to" type="date" required /></label>
      <fluent-button appearance="accent" type="submit">${esc(state.pick === 'teams' ? t.delegatePick : t.delegateSave)}</fluent-button></form>`;
  return `<section class="card" style="margin-top:16px"><h2>${esc(t.delegateTitle)}</h2><p class="muted">${esc(t.delegateIntro)}</p>
    ${rows ? `<ul class="plain" data-testid="delegations">${rows}</ul>` : ''}${form}</section>`;
}

async function delegateApproval(form: HTMLFormElement): Promise<void> {
  const t = state.t;
  const who = await pickedPerson(form, t.delegatePickTitle);
  if (!who) return;
  const data = new FormData(form);
  const from = String(data.get('from') ?? '');
  const to = String(data.get('to') ?? '');
  const body = {
    delegate: who.aadObjectId,
    name: who.name,
    trainee: String(data.get('trainee') ?? 'all'),
    from,
    to,
  };
  const path = '/api/tab/delegations';
  const r = await change<{ delegateName?: string; trainees?: string[] }>(
    `${path} ${JSON.stringify(body)}`,
    path,
    body,
  );
  if (!r) return;
  if (r.status === 201) sent.add(form.id);
  if (!(await loadOverview())) return;
  state.notice =
    r.status === 201
      ? {
          text: fill(t.delegated, {
            who: r.body.delegateName || who.name,
            lis: (r.body.trainees ?? []).join(', '),
            from: formatDate(from),
            to: formatDate(to),
          }),
        }
      : { text: failure(r.status, r.body), error: true };
  render();
}

async function endLoan(key: string): Promise<void> {
  const [traineeId = '', id = ''] = key.split('|');
  const path = '/api/tab/delegations/end';
  const r = await change<{ trainee?: string; delegateName?: string }>(`${path} ${key}`, path, {
    traineeId,
    id,
  });
  if (!r) return;
  if (!(await loadOverview())) return;
  state.notice =
    r.status === 200
      ? { text: fill(state.t.delegationEnded, { who: r.body.delegateName ?? '', lis: r.body.trainee ?? '' }) }
      : { text: failure(r.status, r.body), error: true };
  render();
}

/** Invites the person picked (in Teams, in its people picker) to the role chosen. */
async function invite(form: HTMLFormElement): Promise<void> {
  const t = state.t;
  const role = form.querySelector<Valued>('[name="role"]')?.value ?? 'supervisor';
  const roleName = t.roleNames[role] ?? role;
  const replace = !!form.querySelector<Checkable>('[name="replace"]')?.checked;
  const who = await pickedPerson(form, fill(t.invitePickTitle, { role: roleName }));
  if (!who) return;
  await sendInvitation(who, role, replace, form.id);
}

/** One invitation through the API, and what it did in words (invited; reachable in Teams or not yet). */
function sendInvitation(
  who: { aadObjectId: string; name: string },
  role: string,
  replace: boolean,
  formId?: string,
): Promise<void> {
  const t = state.t;
  return decideFromPage<{ name?: string; unreachable?: boolean }>(
    'roles/invite',
    { ...who, role, ...(replace ? { replace: true } : {}) },
    (b) => ({
      text: fill(b.unreachable ? t.inviteUnreachable : t.invited, {
        name: b.name || who.name,
        role: t.roleNames[role] ?? role,
      }),
    }),
    formId,
  );
}

/**
 * Invites again someone whose invitation ran out unanswered, to the same role; one meant to replace
 * the leader or advisor who still holds the role replaces them again (the server says which).
 */
async function inviteAgain(key: string): Promise<void> {
  const [aadObjectId = '', role = ''] = key.split('|');
  const r = state.detail?.roles.find(
    (x) => x.aadObjectId === aadObjectId && x.role === role && x.state === 'lapsed',
  );
  if (r) await sendInvitation({ aadObjectId, name: r.name }, role, r.replaces === true);
}

/** Ends a role, or withdraws an invitation, once the LIS has confirmed it. */
function removeRole(key: string): Promise<void> {
  const t = state.t;
  const [aadObjectId = '', role = ''] = key.split('|');
  return decideFromPage<{ name?: string; state?: string }>('roles/remove', { aadObjectId, role }, (b) => ({
    text: fill(b.state === 'withdrawn' ? t.inviteWithdrawn : t.roleRemoved, {
      name: b.name ?? '',
      role: t.roleNames[role] ?? role,
    }),
  }));
}

/** The leader's way to the confirmation of service: a draft PDF, or the same text on a page to print. */
function confirmationView(d: Detail): string {
  const t = state.t;
  if (!d.canConfirm) return '';
  const c = state.confirmation;
  const page = c
    ? `<section class="card printable" id="confirmation" aria-label="${esc(c.title)}"><h2>${esc(c.title)}</h2><p class="draft">${esc(c.draft)}</p>
        <dl>${c.facts.map((f) => `<dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd>`).join('')}</dl>
        <h3>${esc(c.goalsHeading)}</h3><ul class="plain">${c.goals.map((g) => `<li>${esc(g)}</li>`).join('')}</ul>
        <p>${esc(c.signature)}</p></section>`
    : '';
  return `<section class="card no-print" style="margin-top:16px"><h2>${esc(t.confirmHeading)}</h2><p class="muted">${esc(t.confirmIntro)}</p>
    <fluent-button appearance="accent" data-confirm="pdf">${esc(t.confirmPdf)}</fluent-button>
    <fluent-button data-confirm="print">${esc(t.confirmPrint)}</fluent-button></section>${page}`;
}

async function confirmation(kind: string): Promise<void> {
  const d = state.detail;
  if (!d) return;
  const base = `/api/tab/trainees/${encodeURIComponent(d.traineeId)}/confirmation`;
  if (kind === 'print') {
    const r = await api<ConfirmationText & { error?: string; correlationId?: string }>(
      `${base}?lang=${state.lang}`,
    );
    if (r.status !== 200) {
      state.notice = {
        text: failure(r.status, r.body),
        error: true,
      };
      render();
      return;
    }
    state.confirmation = r.body;
    render();
    window.print();
    return;
  }
  await download(`${base}.pdf?lang=${state.lang}`, 'tjenesteattest-utkast.pdf');
}

/** Fetches a document with the caller's token and hands it to the browser as a download. */
async function download(path: string, filename: string): Promise<void> {
  const res = await fetch(path, { headers: await authHeaders() });
  if (res.status !== 200) {
    const body = (await res.json().catch(() => ({}))) as { correlationId?: string };
    state.notice = { text: failure(res.status, body), error: true };
    render();
    return;
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The leader's pass for the coordinator: the approved goals of all their LIS since a date, in one
 * file (the server refuses anyone who leads no LIS).
 */
function exportAllView(): string {
  const t = state.t;
  return `<section class="card" style="margin-top:16px"><h2>${esc(t.exportHeading)}</h2><p class="muted">${esc(t.exportAllIntro)}</p>
    <label>${esc(t.exportSince)} <input type="date" id="export-since" /></label>
    <fluent-button appearance="accent" data-export-all="xlsx">${esc(t.exportXlsx)}</fluent-button>
    <fluent-button data-export-all="pdf">${esc(t.exportPdf)}</fluent-button></section>`;
}

/** What waits for others, naming only what does ("0 aktiviteter venter" is no news), or that nothing does. */
function waitingLine(approval: number, signature: number, met: number): string {
  const t = state.t;
  const parts = [
    approval > 0 ? fill(t.waitingApproval, { n: approval }) : '',
    signature > 0 ? fill(t.waitingSignature, { n: signature }) : '',
    met > 0 ? fill(t.waitingMet, { n: met }) : '',
  ].filter(Boolean);
  return esc(parts.length ? parts.join(' · ') : t.nothingPending);
}

/** A dry run of an official goal list, for leaders: every row checked, what would change; nothing saved. */
function catalogCheckView(): string {
  const t = state.t;
  return `<section class="card" style="margin-top:16px"><h2>${esc(t.checkHeading)}</h2><p class="muted">${esc(t.checkIntro)}</p>
    <form id="catalog-check">
      <label>${esc(t.checkFile)} <input type="file" name="file" accept=".csv,.xlsx" required /></label>
      <label>${esc(t.checkId)} <input name="catalogId" required maxlength="64" value="lis1-clinical-2020" /></label>
      <label>${esc(t.checkPart)} <select name="part"><option>LIS1</option><option>LIS2/3</option></select></label>
      <label>${esc(t.checkKind)} <select name="kind"><option value="clinical">${esc(t.checkKindClinical)}</option><option value="fkm">${esc(t.checkKindFkm)}</option></select></label>
      <label>${esc(t.checkVersion)} <input name="version" required maxlength="40" /></label>
      <label>${esc(t.checkFrom)} <input type="date" name="from" required /></label>
      <fluent-button appearance="accent" type="submit">${esc(t.checkButton)}</fluent-button>
    </form><div data-testid="catalog-check" role="status"></div></section>`;
}

/** Reads the chosen file, sends it for the dry run, and says what came of it. */
async function checkCatalogFile(form: HTMLFormElement): Promise<void> {
  const t = state.t;
  const data = new FormData(form);
  const file = data.get('file');
  const out = form.parentElement?.querySelector<HTMLElement>('[data-testid="catalog-check"]');
  if (!(file instanceof File) || !out) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  const r = await api<{
    goals?: number;
    ignoredColumns?: string[];
    against?: { version: string };
    diff?: { added: string[]; removed: string[]; reworded: unknown[]; moved: unknown[]; unchanged: number };
    problems?: { row: number; field: string; message: string }[];
    correlationId?: string;
  }>('/api/tab/catalogs/check', {
    method: 'POST',
    body: JSON.stringify({
      fileName: file.name,
      content: btoa(binary),
      // Not "id": a control named so would hide the form's own id (DOM named properties).
      id: data.get('catalogId'),
      part: data.get('part'),
      kind: data.get('kind'),
      version: data.get('version'),
      from: data.get('from'),
    }),
  });
  const b = r.body;
  const lines =
    r.status === 200 && b.diff && b.against
      ? [
          fill(t.checkResult, {
            n: b.goals ?? 0,
            v: b.against.version,
            a: b.diff.added.length,
            r: b.diff.removed.length,
            w: b.diff.reworded.length,
            m: b.diff.moved.length,
            u: b.diff.unchanged,
          }),
        ]
      : r.status === 200
        ? [fill(t.checkNew, { n: b.goals ?? 0 })]
        : r.status === 422 && b.problems
          ? [t.checkProblems, ...b.problems.map((p) => `${p.row}: ${p.field} – ${p.message}`)]
          : [failure(r.status, b)];
  if (b.ignoredColumns?.length) lines.push(fill(t.checkIgnored, { c: b.ignoredColumns.join(', ') }));
  out.innerHTML = lines.map((l) => `<p>${esc(l)}</p>`).join('');
}

/** The record for Kompetanseportalen: this LIS's approved goals (the LIS, the leader or a delegate). */
function exportView(d: Detail): string {
  const t = state.t;
  if (!d.canExport) return '';
  return `<section class="card" style="margin-top:16px"><h2>${esc(t.exportHeading)}</h2><p class="muted">${esc(t.exportIntro)}</p>
    <fluent-button appearance="accent" data-export="xlsx">${esc(t.exportXlsx)}</fluent-button>
    <fluent-button data-export="pdf">${esc(t.exportPdf)}</fluent-button></section>`;
}

/**
 * Draws the page anew, and puts the keyboard's focus where the person was (the page is replaced
 * whole, which would leave it on nothing): on what a «… ?» click opened, else on the same control,
 * else on the notice that says what happened. Nothing moves when nothing on the page had the focus.
 */
function render(): void {
  const was = focusKey(document.activeElement);
  const asked = state.focus;
  state.focus = undefined;
  draw();
  const target =
    (asked ? root.querySelector<HTMLElement>(asked) : null) ??
    (was ? root.querySelector<HTMLElement>(was) : null) ??
    (was && state.notice ? root.querySelector<HTMLElement>('.notice') : null) ??
    // Another view (a LIS opened, or the list again): its heading, as a screen reader expects.
    (was ? root.querySelector<HTMLElement>('h1, h2') : null);
  if (target && !target.matches('button, fluent-button, input, textarea, select, [tabindex]'))
    target.tabIndex = -1;
  if (target && target !== document.activeElement) target.focus();
}

/** A selector that finds a control again once the page is drawn anew (by its id or its data). */
function focusKey(el: Element | null): string | undefined {
  if (!(el instanceof HTMLElement) || !root.contains(el)) return undefined;
  if (el.id) return `#${CSS.escape(el.id)}`;
  for (const name of FOCUS_KEYS) {
    const v = el.getAttribute(name);
    if (v === null) continue;
    const id = el.getAttribute('data-id');
    return `[${name}="${CSS.escape(v)}"]${id ? `[data-id="${CSS.escape(id)}"]` : ''}`;
  }
  const form = el.closest('form')?.id;
  const field = el.getAttribute('name');
  return form && field ? `form[id="${CSS.escape(form)}"] [name="${CSS.escape(field)}"]` : undefined;
}
const FOCUS_KEYS = [
  'data-asked',
  'data-ask',
  'data-decide',
  'data-open',
  'data-history',
  'data-answer',
  'data-role-remove',
  'data-invite-again',
  'data-entry-remove',
  'data-delegation-end',
  'data-export',
];

function draw(): void {
  const t = state.t;
  const o = state.overview;
  const notice = state.notice
    ? `<p class="notice${state.notice.error ? ' error' : ''}" role="status" tabindex="-1">${esc(state.notice.text)}</p>`
    : '';
  const dev = state.headers['X-Dev-User']
    ? `<p class="muted">${esc(t.devTitle)} · <fluent-button appearance="lightweight" id="dev-switch">${esc(t.devSwitch)}</fluent-button></p>`
    : '';
  if (!o) return;
  const drafts = keptDrafts();
  if (state.view === 'channel') {
    const list = o.trainees.length
      ? `<div class="grid">${o.trainees.map(summaryCard).join('')}</div>`
      : `<p>${esc(t.channelNone)}</p>`;
    const back = state.detail
      ? `<p><fluent-button appearance="lightweight" id="back">${esc(t.back)}</fluent-button></p>`
      : '';
    root.innerHTML = `${dev}${notice}${state.detail ? `${back}${detailView(state.detail)}` : `<div class="header"><h1>${esc(fill(t.channel, { unit: o.unit?.name ?? '' }))}</h1></div><p class="muted">${esc(t.channelRule)}</p>${list}`}`;
    restoreDrafts(drafts);
    return;
  }
  const selector =
    o.trainees.length > 1
      ? `<label>${esc(t.choose)}<fluent-select id="trainee" aria-label="${esc(t.choose)}"><fluent-option value="">${esc(t.myTrainees)}</fluent-option>${o.trainees.map((s) => `<fluent-option value="${esc(s.traineeId)}" ${state.detail?.traineeId === s.traineeId ? 'selected' : ''}>${esc(s.name)}</fluent-option>`).join('')}</fluent-select></label>`
      : '';
  // A leader of one LIS is shown that LIS at once: the delegation is then below it.
  const body = state.detail
    ? detailView(state.detail) + delegationView(o)
    : o.trainees.length
      ? `<h1>${esc(t.myTrainees)}</h1><div class="grid">${o.trainees.map(summaryCard).join('')}</div>${delegationView(o)}${o.me.leads ? exportAllView() + catalogCheckView() : ''}`
      : `<p>${esc(t.none)}</p>${registrationView(true)}${unitNewForm(false, t.unitNewLeader)}`;
  root.innerHTML = `${dev}<div class="header"><span class="muted">${esc(t.title)}</span>${selector}</div>${notice}${invitationsView(o)}${body}`;
  restoreDrafts(drafts);
  phaseFields(document.getElementById('register') as HTMLFormElement | null);
}

/** The drafts of the registration form belong to no LIS (someone registering has none yet). */
const REGISTRATION = 'registration';
/** Nor do those of a leader's own forms on her overview (lending her approval). */
const OWN = 'own';

/**
 * Registering as a LIS (someone with no LIS to follow: open at once), or editing the registration
 * (the LIS's own page: fetched when opened), with the chat's form's texts and choices.
 */
function registrationView(open: boolean): string {
  const f = state.registration;
  const t = state.t;
  const title = f?.texts.title ?? (open ? t.registerTitle : t.registerEdit);
  return `<details class="card" id="register-box"${open || f ? ' open' : ''}><summary><h2>${esc(title)}</h2></summary>${f ? registrationForm(f) : ''}</details>`;
}

function registrationForm(f: RegistrationForm): string {
  const v = f.values;
  const x = f.texts;
  const option = (value: string, title: string, selected: boolean) =>
    `<fluent-option value="${esc(value)}"${selected ? ' selected' : ''}>${esc(title)}</fluent-option>`;
  // Many workplaces (across the country): a field narrows the list to those whose name holds what is typed.
  const narrow =
    f.units.length > UNITS_LISTED_MAX
      ? `<label>${esc(state.t.unitFilter)}<fluent-text-field data-unit-filter aria-label="${esc(state.t.unitFilter)}" placeholder="${esc(state.t.unitFilterPlaceholder)}"></fluent-text-field></label>`
      : '';
  const units = f.units.length
    ? `${narrow}<label>${esc(x.employer)}<fluent-select name="unitId" aria-label="${esc(x.employer)}">${v.unitId ? '' : option('', '–', true)}${f.units.map((u) => option(u.value, u.title, u.value === v.unitId)).join('')}</fluent-select></label>`
    : `<p class="muted" data-testid="no-units">${esc(x.noUnits)}</p>`;
  const chosen = new Set(v.catalogs.split(',').filter(Boolean));
  const catalogs = f.catalogs
    .map(
      (c) =>
        `<fluent-checkbox name="catalogs" value="${esc(c.value)}"${chosen.has(c.value) ? ' checked' : ''}>${esc(c.title)}</fluent-checkbox>`,
    )
    .join('');
  const box = (name: string, label: string, phases: string, on: string) =>
    `<fluent-checkbox name="${name}" value="true" data-for="${phases}"${on === 'true' ? ' checked' : ''}>${esc(label)}</fluent-checkbox>`;
  const trainee = state.detail?.traineeId ?? REGISTRATION;
  return `<p class="muted">${esc(x.intro)}</p>
    <form id="register" data-keep data-trainee="${esc(trainee)}" class="filters" style="flex-direction:column;align-items:stretch">
      <label>${esc(x.phase)}<fluent-select name="phase" aria-label="${esc(x.phase)}">${f.phases.map((p) => option(p.value, p.title, p.value === v.phase)).join('')}</fluent-select></label>
      <label data-for="LIS2 LIS3">${esc(x.specialty)}<fluent-text-field name="specialty" aria-label="${esc(x.specialty)}" placeholder="${esc(x.specialtyPlaceholder)}" maxlength="120" value="${esc(v.specialty)}"></fluent-text-field></label>
      ${units}
      <label>${esc(x.start)}<input name="start" type="date" required value="${esc(v.start)}" /></label>
      <label>${esc(x.end)}<input name="end" type="date" required value="${esc(v.end)}" /></label>
      <label>${esc(x.position)}<fluent-text-field name="position" aria-label="${esc(x.position)}" maxlength="100" value="${esc(v.position)}"></fluent-text-field></label>
      <label>${esc(x.percent)}<input name="percent" type="number" min="1" max="100" step="1" required value="${esc(v.percent)}" /></label>
      <label>${esc(x.partStart)}<input name="partStart" type="date" value="${esc(v.partStart)}" /></label>
      ${box('psychiatry', x.psychiatry, 'LIS1_hospital', v.psychiatry)}
      ${box('institution', x.institution, 'LIS3', v.institution)}
      <fieldset class="choices"><legend>${esc(x.catalogs)}</legend>${catalogs}</fieldset>
      <fluent-button appearance="accent" type="submit">${esc(x.submit)}</fluent-button>
    </form>`;
}

/** Shows the fields that belong to the phase chosen (a specialty for LIS2/3, psychiatry for LIS1's hospital part …). */
function phaseFields(form: HTMLFormElement | null): void {
  if (!form) return;
  const phase = form.querySelector<Valued>('[name="phase"]')?.value ?? '';
  for (const el of form.querySelectorAll<HTMLElement>('[data-for]'))
    el.hidden = !(el.dataset.for ?? '').split(' ').includes(phase);
}

/** The registration form's texts, choices and starting values (once: it changes only with a registration). */
async function loadRegistration(): Promise<void> {
  if (state.registration) return;
  const r = await api<RegistrationForm>('/api/tab/registration');
  if (r.status !== 200) return;
  state.registration = r.body;
  render();
}

/** Registers the caller as a LIS, or saves the changed registration: then the page is drawn anew with it. */
async function register(form: HTMLFormElement): Promise<void> {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const checked = (name: string) =>
    !!form.querySelector<Checkable>(`fluent-checkbox[name="${name}"]:not([hidden])`)?.checked;
  const phase = text('phase');
  const body = {
    phase,
    unitId: text('unitId'),
    start: text('start'),
    end: text('end'),
    ...(phase.startsWith('LIS1') ? {} : { specialty: text('specialty') }),
    position: text('position'),
    percent: Number(text('percent') || 100),
    ...(text('partStart') ? { partStart: text('partStart') } : {}),
    ...(phase === 'LIS1_hospital' ? { psychiatry: checked('psychiatry') } : {}),
    ...(phase === 'LIS3' ? { institution: checked('institution') } : {}),
    catalogs: [...form.querySelectorAll<Checkable>('fluent-checkbox[name="catalogs"]')]
      .filter((b) => b.checked)
      .map((b) => b.value),
  };
  const path = '/api/tab/registration';
  const r = await change<{ traineeId?: string }>(`${path} ${JSON.stringify(body)}`, path, body);
  if (!r) return;
  if (r.status === 200 || r.status === 201) {
    sent.add(form.id);
    // The form starts from the registration now stored (and says «Endre …» from now on).
    state.registration = undefined;
    if (!(await loadOverview())) return;
    state.notice = { text: r.body.message ?? '' };
  } else state.notice = { text: failure(r.status, r.body), error: true };
  render();
}

/** Invitations waiting for the viewer's answer: each LIS and role, with «Takk ja» and «Takk nei». */
function invitationsView(o: Overview): string {
  const t = state.t;
  if (!o.invitations?.length) return '';
  const rows = o.invitations
    .map((i) => {
      const ids = `data-trainee="${esc(i.traineeId)}" data-invitation="${esc(i.invitationId)}"`;
      return `<li>${esc(fill(t.invitationLine, { lis: i.trainee, role: t.roleNames[i.role] ?? i.role }))}
        <fluent-button appearance="accent" data-answer="yes" ${ids}>${esc(t.acceptInvitation)}</fluent-button>
        <fluent-button data-answer="no" ${ids}>${esc(t.declineInvitation)}</fluent-button></li>`;
    })
    .join('');
  return `<section class="card attention"><h2>${esc(t.invitations)}</h2><ul class="plain" data-testid="invitations">${rows}</ul></section>`;
}

/** «Takk ja» or «Takk nei» to an invitation: the page is drawn again with the LIS (or without the invitation). */
async function answer(traineeId: string, invitationId: string, accept: boolean): Promise<void> {
  const t = state.t;
  const path = '/api/tab/invitations/answer';
  const r = await change<{ trainee?: string; role?: string }>(`${path} ${invitationId}`, path, {
    traineeId,
    invitationId,
    accept,
  });
  if (!r) return;
  if (!(await loadOverview())) return;
  const vars = { lis: r.body.trainee ?? '', role: t.roleNames[r.body.role ?? ''] ?? '' };
  state.notice =
    r.status === 200
      ? { text: fill(accept ? t.invitationAccepted : t.invitationDeclined, vars) }
      : { text: failure(r.status, r.body), error: true };
  render();
}

/**
 * What is filled in on the page's forms (`form[data-keep]`: recording an activity, earlier
 * approvals). The page is drawn anew on a search, a filter, a history opened or a save refused:
 * each form keeps what was typed and chosen (for the same LIS), until it is sent.
 */
interface Draft {
  form: string;
  traineeId: string;
  /** By field name (a filter field by its id). */
  values: Record<string, string>;
  /** The values of the boxes ticked. */
  checked: string[];
  /** Whether the section it is in was open. */
  open: boolean;
}
type Valued = HTMLElement & { value: string };
type Checkable = HTMLElement & { checked: boolean; value: string };
/** Forms sent: drawn empty next time. */
const sent = new Set<string>();

function keptDrafts(): Draft[] {
  return [...root.querySelectorAll<HTMLFormElement>('form[data-keep]')].flatMap((form) => {
    // The LIS the form on the page is for (`state.detail` may already be the next one).
    const traineeId = form.dataset.trainee;
    if (sent.delete(form.id) || !traineeId) return [];
    const values: Record<string, string> = {};
    for (const el of form.querySelectorAll<Valued>('[name]:not(fluent-checkbox), [data-filter]'))
      values[el.getAttribute('name') ?? el.id] = el.value;
    const checked = [...form.querySelectorAll<Checkable>('fluent-checkbox[name]')]
      .filter((b) => b.checked)
      .map((b) => b.value);
    return [{ form: form.id, traineeId, values, checked, open: !!form.closest('details')?.open }];
  });
}

function restoreDrafts(drafts: readonly Draft[]): void {
  for (const d of drafts) {
    const form = document.getElementById(d.form) as HTMLFormElement | null;
    const anyLis = d.traineeId === REGISTRATION || d.traineeId === OWN;
    if (!form || (!anyLis && state.detail?.traineeId !== d.traineeId)) continue;
    for (const [key, value] of Object.entries(d.values)) {
      const el = form.querySelector<Valued>(
        `[name="${key}"]:not(fluent-checkbox), [data-filter][id="${key}"]`,
      );
      if (!el) continue;
      // A list drawn this instant has not taken in its options yet: the one marked selected wins then.
      if (el.tagName === 'FLUENT-SELECT')
        for (const option of el.querySelectorAll('fluent-option'))
          option.toggleAttribute('selected', option.getAttribute('value') === value);
      el.value = value;
    }
    for (const box of form.querySelectorAll<Checkable>('fluent-checkbox[name]'))
      box.checked = d.checked.includes(box.value);
    const section = form.closest('details');
    if (section) section.open = d.open;
    filterChoices(form);
  }
}

/**
 * Shows only the goals of a form that match what is typed in its filter, and, where the form has
 * an arena, that arena's (the chosen ones stay chosen).
 */
function filterChoices(form: HTMLFormElement | null): void {
  if (!form) return;
  const q = (form.querySelector<Valued>('[data-filter]')?.value ?? '').trim().toLowerCase();
  const arena = form.querySelector<Valued>('[name="arena"]')?.value;
  for (const box of form.querySelectorAll<HTMLElement>('fluent-checkbox[name="goals"]'))
    box.hidden =
      (!!q && !(box.dataset.find ?? '').includes(q)) ||
      (!!arena && !!box.dataset.arena && box.dataset.arena !== arena);
}

/** Shows only the workplaces whose name holds every word typed (the one chosen stays). */
function filterUnits(form: HTMLFormElement | null, typed: string): void {
  const select = form?.querySelector<Valued>('[name="unitId"]');
  if (!select) return;
  const words = typed.toLocaleLowerCase('nb-NO').split(/\s+/).filter(Boolean);
  for (const option of select.querySelectorAll<HTMLElement & { value: string }>('fluent-option')) {
    const title = (option.textContent ?? '').toLocaleLowerCase('nb-NO');
    option.hidden = option.value !== select.value && !words.every((w) => title.includes(w));
  }
}

/** Shows one LIS (drawn at once, or `quiet`: by the caller, with the notice of what was just done). */
async function openTrainee(traineeId: string, quiet = false): Promise<void> {
  if (!traineeId) {
    state.detail = undefined;
    render();
    return;
  }
  const r = await api<Detail & { correlationId?: string }>(
    `/api/tab/trainees/${encodeURIComponent(traineeId)}`,
  );
  if (r.status !== 200) state.notice = { text: failure(r.status, r.body), error: true };
  else {
    state.detail = r.body;
    state.history = undefined;
    state.notice = undefined;
  }
  if (!quiet) render();
}

/** "Vis eldre" under the activities: the next page, added below the ones shown. */
async function olderActivities(): Promise<void> {
  const d = state.detail;
  const from = d?.activitiesNext;
  if (!d || !from) return;
  const r = await api<ActivitiesPage & { correlationId?: string }>(
    `/api/tab/trainees/${encodeURIComponent(d.traineeId)}/activities?date=${from.date}&skip=${encodeURIComponent(from.skip.join(','))}`,
  );
  if (r.status !== 200) state.notice = { text: failure(r.status, r.body), error: true };
  else {
    d.activities = [...d.activities, ...r.body.activities];
    if (r.body.next) d.activitiesNext = r.body.next;
    else delete d.activitiesNext;
  }
  render();
}

async function showHistory(docId: string): Promise<void> {
  const d = state.detail;
  if (!d) return;
  if (state.history?.docId === docId) {
    state.history = undefined;
    render();
    return;
  }
  const t = state.t;
  const r = await api<GoalHistoryView & { correlationId?: string }>(
    `/api/tab/trainees/${encodeURIComponent(d.traineeId)}/history?goal=${encodeURIComponent(docId)}`,
  );
  if (r.status !== 200) {
    state.notice = { text: failure(r.status, r.body), error: true };
  } else {
    const lines = [
      ...(r.body.recorded
        ? [
            `${formatDate(r.body.recorded.at)} – ${fill(t.recorded, { place: r.body.recorded.place, who: r.body.recorded.approver })}`,
          ]
        : []),
      ...r.body.events.map(
        (e) =>
          `${formatDate(e.at)} – ${e.who} ${e.what}${e.onBehalfOf ? ` (${fill(t.onBehalf, { name: e.onBehalfOf })})` : ''}${e.comment ? `: «${e.comment}»` : ''}`,
      ),
    ];
    state.history = {
      docId,
      lines: lines.length ? lines : [t.noHistory],
      undoable: !!r.body.undoable,
      advice: r.body.advice ?? null,
    };
  }
  render();
}

/**
 * One of the page's decisions sent (`route` under the LIS), then the page drawn again with the line
 * `said` makes of the answer, or why not. `form`: the form it came from, drawn empty once done
 * (refused: what was written stays, to be put right).
 */
async function decideFromPage<B>(
  route: string,
  body: unknown,
  said: (answer: B) => { text: string; error?: boolean },
  form?: string,
): Promise<void> {
  const d = state.detail;
  if (!d) return;
  const path = `/api/tab/trainees/${encodeURIComponent(d.traineeId)}/${route}`;
  const r = await change<B>(`${path} ${JSON.stringify(body)}`, path, body);
  if (!r) return;
  if (r.status === 200) {
    if (form) sent.add(form);
    state.asking = undefined;
    state.approvingAll = false;
  }
  await openTrainee(d.traineeId, true);
  state.notice = r.status === 200 ? said(r.body) : { text: failure(r.status, r.body), error: true };
  render();
}

/** «Be om godkjenning for alle N klare»: each a decision of its own, then which were sent. */
function askAll(d: Detail): Promise<void> {
  const t = state.t;
  const goals = d.progress.ready.slice(0, REQUEST_ALL_MAX).map((r) => ({ id: r.docId, rev: r.rev }));
  return decideFromPage<{ requested?: string[]; count?: number }>('goals/request-all', { goals }, (b) => {
    const asked = (b.requested ?? []).map((id) => id.split(':')[2] ?? '');
    const skipped = (b.count ?? 0) - asked.length;
    return {
      text: [
        asked.length ? fill(t.askedAll, { ids: asked.join(', '), n: asked.length }) : t.askedNone,
        ...(skipped > 0 ? [fill(t.askedSkipped, { n: skipped })] : []),
      ].join(' '),
    };
  });
}

/** «Godkjenn alle med fullstendig grunnlag», confirmed: each a decision of its own, then what came of them. */
function approveAllShown(d: Detail): Promise<void> {
  const t = state.t;
  const goals = d.forYou
    .filter((i) => i.kind === 'approve' && i.complete)
    .slice(0, REQUEST_ALL_MAX)
    .map((i) => ({ id: i.id, rev: i.rev }));
  return decideFromPage<{ approved?: number; count?: number }>('goals/approve-all', { goals }, (b) => {
    const done = b.approved ?? 0;
    const count = b.count ?? 0;
    return {
      text: [
        fill(t.approvedAll, { done, count, lis: d.name }),
        ...(done < count ? [fill(t.approvedAllSkipped, { n: count - done })] : []),
      ].join(' '),
      error: done < count,
    };
  });
}

/**
 * What the page says when a decision made from a `data-decide` button is done. `who`: whom a
 * reminder went to (an activity's supervisor); else the supervisor chosen, else the leader.
 */
function decidedText(route: string, id: string, fields: Record<string, string>, who?: string): string {
  const t = state.t;
  const d = state.detail;
  const goal = id.startsWith('goal:') ? (id.split(':')[2] ?? '') : '';
  const vars = {
    id: goal,
    what: goal,
    lis: d?.name ?? '',
    who:
      who ??
      d?.supervisors.find((s) => s.aadObjectId === fields.to)?.name ??
      // A goal's reminder went to whoever approves today: the leader and her active delegates.
      (route === 'goals/remind' && d?.approvers.length ? andList(state.lang, d.approvers) : undefined) ??
      d?.leader ??
      '',
  };
  const key: Record<string, string> = {
    'goals/request': t.asked,
    'goals/recall': t.recalled,
    'goals/remind': t.reminded,
    'activities/remind': t.reminded,
    'goals/approve': t.decided.approve ?? '',
    'goals/return': t.decided.returnGoal ?? '',
    'goals/recommend': t.decided.recommend ?? '',
    'goals/advise-against': t.decided.adviseAgainst ?? '',
    'goals/undo': t.decided.undo ?? '',
    'activities/sign': t.decided.sign ?? '',
    'activities/return': t.decided.returnActivity ?? '',
    'activities/mark-met': t.decided.markMet ?? '',
    'activities/recall': t.recalledActivity,
    'activities/resend': t.resent,
    'activities/withdraw': t.withdrawn,
    'activities/undo': t.decided.undoActivity ?? '',
    'goals/comment': t.decided.comment ?? '',
    'activities/comment': t.decided.comment ?? '',
    'activities/confirm-record': t.recordConfirmed,
    'activities/reassign': t.moved,
    'activities/ask-met': t.askedMet,
    'activities/dispute': t.recordDisputed,
    'sessions/prepare': t.preparationSaved,
    'sessions/minutes': t.minutesSaved,
    'sessions/move': fill(t.sessionMoved, { date: formatDate(fields.date ?? '') }),
    'sessions/cancel': t.sessionCancelled,
    'sessions/finalise': fill(t.minutesFinalised, { lis: d?.name ?? '' }),
    'milestones/done': fill(t.milestoneMarked, { milestone: t.milestone[fields.kind ?? ''] ?? '' }),
  };
  return fill(key[route] ?? '', vars);
}

async function record(form: HTMLFormElement): Promise<void> {
  const data = new FormData(form);
  const goals = (data.getAll('goals') as string[]).map((v) => ({
    catalogId: v.split('|')[0] ?? '',
    goalId: v.split('|')[1] ?? '',
  }));
  const supervisor = String(data.get('supervisor') ?? '');
  const body = {
    activityKind: data.get('activityKind'),
    date: data.get('date'),
    description: data.get('description'),
    goals,
    ...(supervisor ? { supervisor } : {}),
  };
  if (form.id === 'record-for')
    await sendEntry(form, 'activities/supervised', body, (_b, d) =>
      fill(state.t.recordedFor, { lis: d.name }),
    );
  else await sendEntry(form, 'activities', body, () => state.t.saved);
}

/**
 * Sends a form's new entry for the LIS open (an activity, a session, an absence, a period; 201 when
 * made): saved, the form is drawn empty next time; refused, it keeps what was filled in, to be
 * corrected, and the page says why.
 */
async function sendEntry<B>(
  form: HTMLFormElement,
  route: string,
  body: unknown,
  said: (answer: B, d: Detail) => string,
): Promise<void> {
  const d = state.detail;
  if (!d) return;
  const path = `/api/tab/trainees/${encodeURIComponent(d.traineeId)}/${route}`;
  const r = await change<B>(`${path} ${JSON.stringify(body)}`, path, body);
  if (!r) return;
  if (r.status === 201) sent.add(form.id);
  await openTrainee(d.traineeId, true);
  state.notice =
    r.status === 201 ? { text: said(r.body, d) } : { text: failure(r.status, r.body), error: true };
  render();
}

/** Where the earlier approvals went: to the leader, to one who has not opened the app yet, or to none yet. */
function claimedText(n: number, leader: { name: string; reachable: boolean } | null): string {
  const t = state.t;
  if (!leader) return fill(t.priorNoLeader, { n });
  return fill(leader.reachable ? t.priorSent : t.priorUnreachable, { n, name: leader.name });
}

/** Earlier approvals: the goals ticked (in LIS1, of the arena chosen), with the facts: the LIS sends them to the leader to confirm; the leader records them at once. */
async function claimPrior(form: HTMLFormElement): Promise<void> {
  const d = state.detail;
  if (!d) return;
  const t = state.t;
  const data = new FormData(form);
  const arena = String(data.get('arena') ?? '');
  const goals = [...form.querySelectorAll<Checkable>('fluent-checkbox[name="goals"]')]
    .filter((b) => b.checked && (!b.dataset.arena || b.dataset.arena === arena))
    .map((b) => ({ id: b.value, rev: Number(b.dataset.rev ?? 0) }));
  if (!goals.length) {
    state.notice = { text: t.priorNone, error: true };
    render();
    return;
  }
  const attachment = String(data.get('attachment') ?? '').trim();
  const body = {
    arena,
    place: data.get('place'),
    approver: data.get('approver'),
    date: data.get('date'),
    ...(attachment ? { attachment } : {}),
    goals,
  };
  const record = form.dataset.mode === 'record';
  const path = `/api/tab/trainees/${encodeURIComponent(d.traineeId)}/goals/${record ? 'record-prior' : 'prior'}`;
  const r = await change<{
    claimed?: string[];
    recorded?: string[];
    skipped?: { id: string; reason: string }[];
    leader?: { name: string; reachable: boolean } | null;
  }>(`${path} ${JSON.stringify(body)}`, path, body);
  if (!r) return;
  if (r.status === 200) sent.add('prior');
  await openTrainee(d.traineeId, true);
  const reason = (why: string) =>
    record && why === 'not_in_plans'
      ? fill(t.priorNotInTheirPlans, { lis: d.name })
      : (t.priorReasons[why] ?? why);
  const skipped = (r.body.skipped ?? [])
    .map((s) => `${s.id.split(':')[2] ?? s.id} (${reason(s.reason)})`)
    .join('; ');
  const done = (record ? r.body.recorded : r.body.claimed)?.length ?? 0;
  state.notice =
    r.status === 200
      ? {
          text: [
            ...(done
              ? [record ? fill(t.priorRecorded, { n: done }) : claimedText(done, r.body.leader ?? null)]
              : []),
            ...(skipped ? [fill(record ? t.priorNotRecorded : t.priorNotSent, { list: skipped })] : []),
          ].join(' '),
          error: !done,
        }
      : { text: failure(r.status, r.body), error: true };
  render();
}

root.addEventListener('click', (e) => {
  const target = e.target as HTMLElement;
  const el =
    target.closest<HTMLElement>(
      '[data-open],[data-history],[data-decide],[data-ask],[data-role-remove],[data-invite-again],[data-entry-remove],[data-answer],[data-delegation-end],[data-confirm],[data-export],[data-export-all],#back,#dev-switch,#prior-all,#activities-older,#ask-all,#approve-all,#approve-all-yes',
    ) ??
    // A click anywhere on a LIS's card opens it, as its name (the card's button) does.
    target.closest('.card.clickable')?.querySelector<HTMLElement>('[data-open]');
  if (!el) return;
  if (el.dataset.decide) {
    const form = el.closest('form');
    const fields: Record<string, string> = {};
    for (const f of form?.querySelectorAll<Valued>('[name]') ?? [])
      if (f.value.trim()) fields[f.getAttribute('name') ?? ''] = f.value;
    const { decide: route, id = '' } = el.dataset;
    // A goal or an activity is named by the button, with the revision the page showed; a milestone by its form.
    const body = id ? { id, rev: Number(el.dataset.rev ?? 0), ...fields } : fields;
    const done = decidedText(route, id, fields, el.dataset.who);
    void decideFromPage(route, body, () => ({ text: done }), form?.id);
    return;
  }
  if (el.dataset.ask) {
    state.asking = el.dataset.ask;
    state.focus = `[data-asked="${CSS.escape(el.dataset.ask)}"]`;
    render();
    return;
  }
  if (el.dataset.delegationEnd) {
    void endLoan(el.dataset.delegationEnd);
    return;
  }
  if (el.dataset.answer) {
    void answer(el.dataset.trainee ?? '', el.dataset.invitation ?? '', el.dataset.answer === 'yes');
    return;
  }
  if (el.dataset.entryRemove) {
    const [kind, first = ''] = el.dataset.entryRemove.split('|');
    const lis = state.detail?.name ?? '';
    void (kind === 'absence'
      ? decideFromPage('absence/remove', { from: first }, () => ({
          text: fill(state.t.absenceRemoved, { lis }),
        }))
      : decideFromPage('periods/remove', { start: first }, () => ({ text: state.t.periodRemoved })));
    return;
  }
  if (el.dataset.roleRemove) {
    void removeRole(el.dataset.roleRemove);
    return;
  }
  if (el.dataset.inviteAgain) {
    void inviteAgain(el.dataset.inviteAgain);
    return;
  }
  if (el.id === 'activities-older') {
    void olderActivities();
    return;
  }
  if (el.id === 'prior-all') {
    for (const box of root.querySelectorAll<Checkable>('#prior fluent-checkbox[name="goals"]'))
      if (!box.hidden) box.checked = true;
    return;
  }
  if (el.dataset.open) void openTrainee(el.dataset.open);
  else if (el.dataset.confirm) void confirmation(el.dataset.confirm);
  else if (el.dataset.exportAll) {
    const since = (document.getElementById('export-since') as HTMLInputElement | null)?.value ?? '';
    void download(
      `/api/tab/export.${el.dataset.exportAll}?lang=${state.lang}${since ? `&since=${encodeURIComponent(since)}` : ''}`,
      `kompetanseportalen.${el.dataset.exportAll}`,
    );
  } else if (el.dataset.export && state.detail)
    void download(
      `/api/tab/trainees/${encodeURIComponent(state.detail.traineeId)}/export.${el.dataset.export}?lang=${state.lang}`,
      `kompetanseportalen.${el.dataset.export}`,
    );
  else if (el.dataset.history) void showHistory(el.dataset.history);
  else if (el.id === 'ask-all' && state.detail) void askAll(state.detail);
  else if (el.id === 'approve-all') {
    state.approvingAll = true;
    state.focus = '#approve-all-yes';
    render();
  } else if (el.id === 'approve-all-yes' && state.detail) void approveAllShown(state.detail);
  else if (el.id === 'back') {
    state.detail = undefined;
    render();
  } else if (el.id === 'dev-switch') {
    sessionStorage.removeItem('lis-dev-user');
    location.reload();
  }
});
// «Endre registreringen din» is fetched when opened (`toggle` does not bubble: caught on the way down).
root.addEventListener(
  'toggle',
  (e) => {
    const el = e.target as HTMLDetailsElement;
    if (el.id === 'register-box' && el.open && !state.registration) void loadRegistration();
  },
  true,
);
root.addEventListener('change', (e) => {
  const el = e.target as HTMLInputElement;
  if (el.id === 'filter') {
    state.filter = el.value;
    render();
  } else if (el.id === 'trainee') void openTrainee(el.value);
  else if (el.getAttribute('name') === 'arena') filterChoices(el.closest('form'));
  else if (el.getAttribute('name') === 'phase') phaseFields(el.closest('form'));
});
root.addEventListener('input', (e) => {
  const el = e.target as HTMLInputElement;
  if (el.dataset.filter !== undefined) filterChoices(el.closest('form'));
  if (el.dataset.unitFilter !== undefined) filterUnits(el.closest('form'), el.value);
  if (el.id !== 'search') return;
  state.search = el.value;
  render();
  // The field is drawn anew: give it back the focus and the caret (its inner input is `control`).
  const again = document.getElementById('search') as (HTMLElement & { control?: HTMLInputElement }) | null;
  again?.focus();
  again?.control?.setSelectionRange(el.value.length, el.value.length);
});
root.addEventListener('submit', (e) => {
  const form = e.target as HTMLFormElement;
  const forms: Record<string, (f: HTMLFormElement) => Promise<void>> = {
    record,
    'record-for': record,
    invite,
    schedule,
    absence,
    period,
    delegate: delegateApproval,
    prior: claimPrior,
    register,
    'catalog-check': checkCatalogFile,
    'unit-new': newUnit,
  };
  const send = forms[form.id];
  if (!send) return;
  e.preventDefault();
  void send(form);
});

async function loadOverview(): Promise<boolean> {
  const path =
    state.view === 'channel'
      ? `/api/tab/overview?team=${encodeURIComponent(state.teamId ?? '')}`
      : '/api/tab/overview';
  const r = await api<Overview & { correlationId?: string }>(path);
  if (r.status !== 200) {
    root.innerHTML = `<p class="notice error" role="alert">${esc(failure(r.status, r.body))}</p>`;
    return false;
  }
  state.overview = r.body;
  state.detail = r.body.detail ?? undefined;
  render();
  // Someone with no LIS to follow is offered to register as one.
  if (state.view === 'personal' && !r.body.trainees.length && !r.body.detail) await loadRegistration();
  return true;
}

/**
 * The channel tab's settings: the leader picks the workplace the team's tab shows, or creates hers
 * there (as «opprett arbeidssted» in the chat does), and it is chosen at once.
 */
async function configPage(chosen?: string, notice?: { text: string; error?: boolean }): Promise<void> {
  const t = state.t;
  const r = await api<{ units: { unitId: string; name: string }[] }>('/api/tab/units');
  const units = r.status === 200 ? r.body.units : [];
  const selected = units.some((u) => u.unitId === chosen) ? chosen : units[0]?.unitId;
  root.innerHTML = `<h1>${esc(t.configTitle)}</h1><p>${esc(t.configIntro)}</p>${
    notice
      ? `<p class="notice${notice.error ? ' error' : ''}" role="${notice.error ? 'alert' : 'status'}">${esc(notice.text)}</p>`
      : ''
  }${
    units.length
      ? `<label>${esc(t.unit)}<fluent-select id="unit" aria-label="${esc(t.unit)}">${units.map((u) => `<fluent-option value="${esc(u.unitId)}"${u.unitId === selected ? ' selected' : ''}>${esc(u.name)}</fluent-option>`).join('')}</fluent-select></label>`
      : `<p data-testid="no-units">${esc(t.noUnitsToLink)}</p>`
  }${unitNewForm(!units.length, t.unitNew)}`;
  if (!units.length) return;
  pages.config.registerOnSaveHandler(async (save) => {
    const unitId = (document.getElementById('unit') as HTMLElement & { value: string }).value;
    const link = await api(`/api/tab/teams/${encodeURIComponent(state.teamId ?? '')}/link`, {
      method: 'POST',
      body: JSON.stringify({ unitId }),
    });
    if (link.status !== 200) return save.notifyFailure('link failed');
    await pages.config.setConfig({
      entityId: unitId,
      contentUrl: `${location.origin}/tab/?view=channel&host=teams`,
      suggestedDisplayName: t.title,
    });
    save.notifySuccess();
  });
  pages.config.setValidityState(true);
}

/** The form that creates a workplace (a name and a kind), under `summary`. */
/** Kept across the page's redraws (the registration form arrives after the page): open, with what is typed. */
function unitNewForm(open: boolean, summary: string): string {
  const t = state.t;
  const kinds = Object.entries(t.unitKinds)
    .map(([k, v], i) => `<fluent-option value="${k}" ${i === 0 ? 'selected' : ''}>${esc(v)}</fluent-option>`)
    .join('');
  return `<details${open ? ' open' : ''} data-testid="unit-new"><summary>${esc(summary)}</summary>
    <form id="unit-new" class="filters" data-keep data-trainee="${REGISTRATION}">
      <label>${esc(t.unitName)}<fluent-text-field name="name" aria-label="${esc(t.unitName)}" required minlength="${UNIT_NAME_MIN}" maxlength="${UNIT_NAME_MAX}"></fluent-text-field></label>
      <label>${esc(t.unitKind)}<fluent-select name="kind" aria-label="${esc(t.unitKind)}">${kinds}</fluent-select></label>
      <fluent-button appearance="accent" type="submit">${esc(t.unitCreate)}</fluent-button>
    </form></details>`;
}

/**
 * Creates the workplace typed: in the settings, it is then shown chosen; on the page of someone who
 * follows no LIS yet (a new leader), it is said, and the registration form lists it. Refused, why,
 * with the name kept.
 */
async function newUnit(form: HTMLFormElement): Promise<void> {
  const t = state.t;
  const data = new FormData(form);
  const body = {
    name: String(data.get('name') ?? '').trim(),
    kind: String(data.get('kind') ?? 'municipality'),
  };
  const r = await change<{ unitId: string; name: string; created: boolean }>(
    'unit-new',
    '/api/tab/units',
    body,
  );
  if (!r) return;
  if (r.status === 200 || r.status === 201) {
    if (state.view === 'config') {
      await configPage(r.body.unitId, {
        text: fill(r.body.created ? t.unitCreated : t.unitExisted, { name: r.body.name }),
      });
      return;
    }
    sent.add(form.id);
    state.notice = {
      text: fill(r.body.created ? t.unitCreatedHere : t.unitExistedHere, { name: r.body.name }),
    };
    state.registration = undefined;
    await loadRegistration();
    return;
  }
  const status = root.querySelector('#unit-new');
  status?.insertAdjacentHTML(
    'beforebegin',
    `<p class="notice error" role="alert">${esc(failure(r.status, r.body))}</p>`,
  );
}

async function devPicker(): Promise<void> {
  const t = state.t;
  const r = await api<{ people: { aadObjectId: string; name: string }[] }>('/api/tab/dev/people');
  if (r.status !== 200) {
    root.innerHTML = `<p class="notice" role="status">${esc(t.outside)}</p>`;
    return;
  }
  root.innerHTML = `<h1>${esc(t.devTitle)}</h1><p>${esc(t.devIntro)}</p><div class="filters">${r.body.people
    .map(
      (p) => `<fluent-button data-dev="${esc(p.aadObjectId)}">${esc(`${t.devAs} ${p.name}`)}</fluent-button>`,
    )
    .join('')}</div>`;
  for (const b of root.querySelectorAll<HTMLElement>('[data-dev]')) {
    b.addEventListener('click', () => {
      sessionStorage.setItem('lis-dev-user', b.dataset.dev ?? '');
      location.reload();
    });
  }
}

async function boot(): Promise<void> {
  const params = new URLSearchParams(location.search);
  state.view = location.pathname.endsWith('config.html')
    ? 'config'
    : params.get('view') === 'channel'
      ? 'channel'
      : 'personal';
  // The manifest's addresses carry host=teams: Teams is then certain, and initialize() is awaited, not raced.
  state.inTeams = params.get('host') === 'teams';
  if (state.inTeams) {
    await app.initialize();
    const ctx = await app.getContext();
    setLang(ctx.app.locale);
    applyTheme(ctx.app.theme);
    app.registerOnThemeChangeHandler(applyTheme);
    state.teamId = ctx.team?.internalId ?? params.get('team') ?? undefined;
    try {
      await authentication.getAuthToken();
    } catch {
      root.innerHTML = `<p class="notice error" role="alert">${esc(state.t.unauthenticated)}</p>`;
      app.notifyFailure({ reason: app.FailedReason.AuthFailed });
      return;
    }
    app.notifySuccess();
    if (people.isSupported()) state.pick = 'teams';
  } else {
    setLang(params.get('lang') ?? navigator.language);
    const dark = window.matchMedia?.('(prefers-color-scheme: dark)');
    applyTheme(params.get('theme') ?? (dark?.matches ? 'dark' : 'default'));
    dark?.addEventListener('change', (e) => applyTheme(e.matches ? 'dark' : 'default'));
    state.teamId = params.get('team') ?? undefined;
    const devUser = sessionStorage.getItem('lis-dev-user');
    if (!devUser) {
      await devPicker();
      return;
    }
    state.headers = { 'X-Dev-User': devUser };
    // In development the demo people stand in for Teams' people picker.
    const demo = await api<{ people: { aadObjectId: string; name: string }[] }>('/api/tab/dev/people');
    if (demo.status === 200) state.pick = demo.body.people.filter((p) => p.aadObjectId !== devUser);
  }
  if (state.view === 'config') await configPage();
  else await loadOverview();
}

void boot();
