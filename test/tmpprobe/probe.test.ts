import { readFileSync } from 'node:fs';
import { DEMO_PEOPLE } from '../../core/demo';
import { message } from '../helpers/activities';
import { startTestApp, type TestApp } from '../helpers/app';
import { chat } from '../helpers/chat';

jest.setTimeout(300_000);
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ tab: { devIdentity: true } });
});
afterAll(async () => app.stop());

function walk(el: unknown, out: string[], depth = 0): void {
  if (!el || typeof el !== 'object') return;
  if (Array.isArray(el)) {
    for (const e of el) walk(e, out, depth);
    return;
  }
  const o = el as Record<string, unknown>;
  if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(`  | ${o.text}`);
  if (o.type === 'TextRun' && typeof o.text === 'string') out.push(`  | ${o.text}`);
  if (o.type === 'Fact') out.push(`  | ${o.title}: ${o.value}`);
  if (o.title && String(o.type ?? '').startsWith('Action.'))
    out.push(`  [${o.title}] ${o.verb ?? ''} ${o.data ? JSON.stringify(o.data).slice(0, 120) : ''}`);
  if (typeof o.type === 'string' && o.type.startsWith('Input.'))
    out.push(`  <${o.type} ${o.id} label=${o.label ?? ''} value=${JSON.stringify(o.value ?? '')}>`);
  if (Array.isArray(o.facts))
    for (const f of o.facts as { title: string; value: string }[]) out.push(`  | ${f.title}: ${f.value}`);
  for (const [k, v] of Object.entries(o))
    if (k !== 'facts' && k !== 'data' && typeof v === 'object') walk(v, out, depth + 1);
}
function show(sent: Record<string, unknown>[]): string {
  const out: string[] = [];
  for (const s of sent) {
    out.push(`-> ${(s.conversation as { id: string }).id}${s.text ? `: ${s.text}` : ''}`);
    for (const a of (s.attachments as { content: unknown }[] | undefined) ?? []) walk(a.content, out);
  }
  return out.join('\n');
}

test('probe', async () => {
  const c = chat(() => app);
  const people = DEMO_PEOPLE as unknown as Record<string, { aadObjectId: string; name: string }>;
  const lines = readFileSync(process.env.PROBE ?? '/tmp/probe.txt', 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  const log: string[] = [];
  if (process.env.PROBE_SETUP) {
    const T = 'lis-demo-alex';
    const lynne = people.lynne.aadObjectId;
    const alex = people.alex.aadObjectId;
    const post = async (who: string, path: string, body: unknown) =>
      (await fetch(`${app.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'x-dev-user': who, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json())) as Record<string, unknown>;
    await post(alex, `/api/tab/trainees/${T}/roles/invite`, {
      aadObjectId: lynne,
      role: 'supervisor',
      name: 'Lynne Robbins',
    });
    const invitationId = (await app.store.trainees.getProfile(T))?.roles.find(
      (r) => r.aadObjectId === lynne && r.state === 'invited',
    )?.invitationId;
    await post(lynne, '/api/tab/invitations/answer', { traineeId: T, invitationId, accept: true });
    const made = await post(alex, `/api/tab/trainees/${T}/activities`, {
      activityKind: 'supervised_procedure',
      date: '2026-11-25',
      description: 'Blodprøvetaking på legevakt',
      goals: [{ catalogId: 'lis1-clinical-2020', goalId: 'DEL1-075' }],
      supervisor: lynne,
    });
    log.push(`setup: ${JSON.stringify(made).slice(0, 200)}`);
    await app.outbox.idle();
  }
  for (const line of lines) {
    const [who, ...rest] = line.split(' ');
    const text = rest.join(' ');
    const person =
      Object.values(people).find((p) => p.name.toLowerCase().startsWith(who.toLowerCase())) ?? people[who];
    if (!person) throw new Error(`who? ${who}`);
    if (text.startsWith('G ')) {
      const sent = await c.sayInGroup(text.slice(2), person, '19:demo-group@thread.v2');
      log.push(`## ${who} (group): ${text.slice(2)}\n${show(sent as never)}`);
    } else if (text.startsWith('!')) {
      const [verb, json] = [text.slice(1).split(' ')[0], text.slice(1).split(' ').slice(1).join(' ')];
      const r = await c.click(verb, JSON.parse(json || '{}'), person);
      log.push(
        `## ${who} CLICK ${verb} ${json}\n${JSON.stringify(r).slice(0, 300)}\n${show(app.connector.sent() as never)}`,
      );
      const v = (r as { value?: unknown }).value;
      if (v && typeof v === 'object') {
        const o: string[] = [];
        walk(v, o);
        log.push(o.join('\n'));
      }
    } else {
      app.connector.clear();
      await app.post(
        message(text, {
          serviceUrl: app.connector.url,
          from: person,
          locale: process.env.PROBE_LOCALE ?? 'nb-NO',
        }),
      );
      await app.outbox.idle();
      const sent = app.connector.sent();
      log.push(`## ${who}: ${text}\n${show(sent as never)}`);
    }
  }
  require('node:fs').writeFileSync(process.env.PROBE_OUT ?? '/tmp/probe.out', log.join('\n\n'));
});
