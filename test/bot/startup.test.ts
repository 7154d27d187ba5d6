import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Runs the real entry point (through tsx) and collects how it ends. */
function runMain(
  env: Record<string, string>,
  untilLine?: RegExp,
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--disable-warning=DEP0111', 'bot/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      if (untilLine?.test(stdout)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    // 'close', not 'exit': at 'exit' the last lines may still be in the pipe (on a busy machine the
    // test saw "shutting down" as the last line, with "stopped" still on its way).
    child.on('close', (code) => resolve({ code, stderr, stdout }));
  });
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

describe('starting the app', () => {
  it('runs on a supported Node LTS (22 or 24; Node 20 reached end of life on 2026-04-30)', () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect([22, 24]).toContain(major);
  });

  it('stops with one clear line naming a bad variable', async () => {
    const r = await runMain({ PORT: 'abc' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'Configuration error: PORT expected a whole number from 0 to 65535 (got "abc")',
    );
  });

  it('stops with one clear line and a non-zero exit when the store cannot be reached', async () => {
    const port = await freePort();
    const r = await runMain({ PORT: '0', COSMOS_ENDPOINT: `https://127.0.0.1:${port}/`, COSMOS_KEY: 'x' });
    expect(r.code).toBe(3);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^Store error: cannot open the Cosmos DB store at https://127.0.0.1:${port}/`),
    );
  });

  it('starts on the embedded store with demo data, and stops cleanly on SIGTERM', async () => {
    const r = await runMain({ PORT: '0' }, /"msg":"ready"/);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.find((l) => l.msg === 'demo municipality seeded')).toBeDefined();
    expect(lines.find((l) => l.msg === 'ready')).toMatchObject({ store: 'embedded', devMode: true });
    expect(lines.at(-1)?.msg).toBe('stopped');
    expect(r.code).toBe(0);
  });
});
