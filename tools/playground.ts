/**
 * `npm run playground -- --as lis|leader|advisor|supervisor|hospital-supervisor|lis3`:
 * the Microsoft 365 Agents Playground as one of the demo people, against the local bot.
 * Start the app first (`npm start`), then this in another terminal, and open the address it prints.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(__dirname, '..');
export const ROLES: Record<string, string> = {
  lis: 'Alex Wilber (LIS1)',
  leader: 'Megan Bowen (leder)',
  advisor: 'Adele Vance (veileder)',
  supervisor: 'Isaiah Langer (supervisør)',
  'hospital-supervisor': 'Patti Fernandez (supervisør fra sykehuset)',
  lis3: 'Lynne Robbins (LIS3)',
};

function main(): void {
  const { values } = parseArgs({
    options: {
      as: { type: 'string', default: 'lis' },
      endpoint: { type: 'string', default: process.env.BOT_ENDPOINT ?? 'http://127.0.0.1:3978/api/messages' },
    },
  });
  const role = String(values.as);
  const config = join(ROOT, 'playground', `${role}.m365agentsplayground.yml`);
  if (!ROLES[role] || !existsSync(config)) {
    console.error(`unknown role "${role}"; choose one of: ${Object.keys(ROLES).join(', ')}`);
    process.exit(2);
  }
  mkdirSync(join(ROOT, '.local'), { recursive: true });
  console.log(`Agents Playground as ${ROLES[role]}, talking to ${values.endpoint}`);
  const child = spawn(
    process.execPath,
    [
      require.resolve('@microsoft/m365agentsplayground/cli.js'),
      'start',
      '-e',
      String(values.endpoint),
      '-c',
      'msteams',
      '--disable-telemetry',
    ],
    {
      cwd: ROOT,
      stdio: ['inherit', 'pipe', 'inherit'],
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: config,
        M365_AGENTS_PLAYGROUND_LOGFILE: join(ROOT, '.local', 'playground.log'),
      },
    },
  );
  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    const port = /Listening on (\d+)/.exec(chunk.toString())?.[1];
    if (port) console.log(`\nOpen http://localhost:${port} in a browser to chat as ${ROLES[role]}.\n`);
  });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (require.main === module) main();
