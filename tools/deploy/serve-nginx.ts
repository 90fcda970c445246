#!/usr/bin/env node
// Serves a built dist/ with the real nginx (Debian's package) and the project's server block, in the
// foreground on 127.0.0.1, for the browser tests:   node tools/deploy/serve-nginx.ts <dist> --port 4404
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxMainConfig, nginxServerBlock } from './nginx-config.ts';

const { values, positionals } = parseArgs({ options: { port: { type: 'string', default: '4404' } }, allowPositionals: true });
const dist = resolve(positionals[0] ?? 'dist');
const work = resolve('.test-work/nginx');
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => spawnSync(p, ['-v']).status === 0);
if (!nginx) {
  console.error("nginx not found: install Debian's package (`apt-get install -y nginx`, as .ci/run does).");
  process.exit(1);
}
mkdirSync(work, { recursive: true });
const server = nginxServerBlock({ root: dist, listen: `127.0.0.1:${values.port}`, serverName: 'localhost' });
const conf = resolve(work, 'nginx.conf');
writeFileSync(conf, nginxMainConfig(server, work, process.getuid?.() === 0));
const child = spawn(nginx, ['-c', conf, '-p', work], { stdio: 'inherit' });
const stop = () => child.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
