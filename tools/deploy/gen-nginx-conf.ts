#!/usr/bin/env node
// Writes deploy/nginx/tin-ha-noi.conf (committed; a test checks it is current).
//   npm run gen:nginx [-- --root /var/www/tin-ha-noi/dist --server-name tin-ha-noi.example --out FILE]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { COMMITTED_NGINX_CONF, nginxServerBlock, PRODUCTION_SERVER } from './nginx-config.ts';

const { values } = parseArgs({
  options: { root: { type: 'string' }, 'server-name': { type: 'string' }, out: { type: 'string', default: COMMITTED_NGINX_CONF } },
});
const config = nginxServerBlock({
  ...PRODUCTION_SERVER,
  root: values.root ?? PRODUCTION_SERVER.root,
  serverName: values['server-name'] ?? PRODUCTION_SERVER.serverName,
});
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, config);
console.log(`wrote ${values.out}`);
