#!/usr/bin/env node
// Writes deploy/nginx/tin-ha-noi.conf (committed; a test checks it is current).
//   npm run gen:nginx [-- --root /var/www/tin-ha-noi/dist --server-name tin-ha-noi.example]
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { nginxServerBlock } from './nginx-config.ts';

export const PRODUCTION = { root: '/var/www/tin-ha-noi/dist', listen: '80', serverName: 'tin-ha-noi.example' };

const { values } = parseArgs({ options: { root: { type: 'string' }, 'server-name': { type: 'string' }, out: { type: 'string', default: 'deploy/nginx/tin-ha-noi.conf' } } });
const config = nginxServerBlock({ ...PRODUCTION, root: values.root ?? PRODUCTION.root, serverName: values['server-name'] ?? PRODUCTION.serverName });
mkdirSync('deploy/nginx', { recursive: true });
writeFileSync(values.out!, config);
console.log(`wrote ${values.out}`);
