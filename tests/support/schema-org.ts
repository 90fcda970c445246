// A small schema.org checker for the JSON-LD this site emits: each node's @type must be known, its
// properties must exist on that type (catching typos), required properties must be there, and values
// must have the expected kinds (dates with an offset, URLs, nested types). Returns readable problems.
type Kind = 'text' | 'url' | 'datetime' | 'integer' | 'boolean' | `type:${string}` | 'id-ref';

interface TypeSpec {
  parent?: string;
  required?: string[];
  properties: Record<string, Kind[]>;
}

const TYPES: Record<string, TypeSpec> = {
  Thing: {
    properties: {
      '@id': ['url'],
      '@type': ['text'],
      name: ['text'],
      url: ['url'],
      description: ['text'],
      image: ['url', 'type:ImageObject'],
    },
  },
  CreativeWork: {
    parent: 'Thing',
    properties: {
      headline: ['text'],
      datePublished: ['datetime'],
      dateModified: ['datetime'],
      author: ['type:Person', 'type:Organization'],
      publisher: ['type:Organization', 'id-ref'],
      mainEntityOfPage: ['type:WebPage', 'url'],
      keywords: ['text'],
      inLanguage: ['text'],
      isAccessibleForFree: ['boolean'],
      correction: ['type:CorrectionComment', 'text', 'url'],
      text: ['text'],
    },
  },
  Article: { parent: 'CreativeWork', properties: { articleSection: ['text'], articleBody: ['text'] } },
  NewsArticle: {
    parent: 'Article',
    required: [
      'headline',
      'datePublished',
      'dateModified',
      'author',
      'publisher',
      'image',
      'mainEntityOfPage',
      'articleSection',
      'inLanguage',
    ],
    properties: {},
  },
  WebPage: { parent: 'CreativeWork', properties: { mainEntity: ['type:Thing'] } },
  ProfilePage: { parent: 'WebPage', required: ['mainEntity'], properties: {} },
  Comment: { parent: 'CreativeWork', properties: {} },
  CorrectionComment: { parent: 'Comment', required: ['text', 'datePublished'], properties: {} },
  WebSite: { parent: 'CreativeWork', required: ['url', 'name', 'potentialAction'], properties: { potentialAction: ['type:SearchAction'] } },
  Person: { parent: 'Thing', required: ['name'], properties: {} },
  Organization: { parent: 'Thing', required: ['name'], properties: { logo: ['type:ImageObject', 'url'] } },
  NewsMediaOrganization: { parent: 'Organization', required: ['name', 'logo', 'url'], properties: {} },
  ImageObject: { parent: 'Thing', required: ['url'], properties: { width: ['integer'], height: ['integer'] } },
  BreadcrumbList: { parent: 'Thing', required: ['itemListElement'], properties: { itemListElement: ['type:ListItem'] } },
  ListItem: { parent: 'Thing', required: ['position', 'name', 'item'], properties: { position: ['integer'], item: ['url'] } },
  SearchAction: {
    parent: 'Thing',
    required: ['target', 'query-input'],
    properties: { target: ['type:EntryPoint'], 'query-input': ['text'] },
  },
  EntryPoint: { parent: 'Thing', required: ['urlTemplate'], properties: { urlTemplate: ['text'] } },
};

function isA(type: string, ancestor: string): boolean {
  for (let t: string | undefined = type; t; t = TYPES[t]?.parent) if (t === ancestor) return true;
  return false;
}

function specOf(type: string) {
  const properties: Record<string, Kind[]> = {};
  const required = new Set<string>();
  const chain: string[] = [];
  for (let t: string | undefined = type; t; t = TYPES[t]?.parent) chain.unshift(t);
  for (const t of chain) {
    Object.assign(properties, TYPES[t].properties);
    for (const r of TYPES[t].required ?? []) required.add(r);
  }
  return { properties, required };
}

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function matches(value: unknown, kind: Kind, path: string, problems: string[]): boolean {
  if (kind === 'text') return typeof value === 'string' && value.length > 0;
  if (kind === 'url') return typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value);
  if (kind === 'datetime') return typeof value === 'string' && DATETIME.test(value);
  if (kind === 'integer') return Number.isInteger(value);
  if (kind === 'boolean') return typeof value === 'boolean';
  if (kind === 'id-ref') return typeof value === 'object' && value !== null && Object.keys(value).join() === '@id';
  const wanted = kind.slice(5);
  if (typeof value !== 'object' || value === null || typeof (value as Record<string, unknown>)['@type'] !== 'string') return false;
  if (!isA((value as Record<string, unknown>)['@type'] as string, wanted)) return false;
  problems.push(...validateNode(value as Record<string, unknown>, path));
  return true;
}

function validateNode(node: Record<string, unknown>, path = '$'): string[] {
  const problems: string[] = [];
  const type = node['@type'];
  if (typeof type !== 'string' || !TYPES[type]) return [`${path}: unknown @type ${JSON.stringify(type)}`];
  const { properties, required } = specOf(type);
  for (const name of required) if (node[name] === undefined) problems.push(`${path} (${type}): missing required "${name}"`);
  for (const [name, value] of Object.entries(node)) {
    if (name === '@context') continue;
    const kinds = properties[name];
    if (!kinds) {
      problems.push(`${path} (${type}): "${name}" is not a property of ${type}`);
      continue;
    }
    const values = Array.isArray(value) && name !== '@type' ? value : [value];
    if (!values.length) problems.push(`${path}.${name}: empty list`);
    values.forEach((v, i) => {
      const at = Array.isArray(value) ? `${path}.${name}[${i}]` : `${path}.${name}`;
      const nested: string[] = [];
      if (!kinds.some((k) => matches(v, k, at, nested))) problems.push(`${at}: expected ${kinds.join(' or ')}, got ${JSON.stringify(v)}`);
      problems.push(...nested);
    });
  }
  if (type === 'BreadcrumbList') {
    const positions = ((node.itemListElement as { position?: number }[]) ?? []).map((i) => i.position);
    if (positions.some((p, i) => p !== i + 1)) problems.push(`${path}: ListItem positions must be 1, 2, 3…`);
  }
  if (type === 'SearchAction') {
    const template = ((node.target as Record<string, unknown>)?.urlTemplate as string) ?? '';
    const input = String(node['query-input'] ?? '');
    const variable = /name=(\w+)/.exec(input)?.[1];
    if (!variable || !template.includes(`{${variable}}`))
      problems.push(`${path}: urlTemplate must contain {${variable ?? '?'}} from query-input`);
  }
  return problems;
}

/** Validates a JSON-LD document: a node, or a @graph of nodes, with the schema.org @context. */
export function validateJsonLd(doc: unknown): string[] {
  if (typeof doc !== 'object' || doc === null) return ['JSON-LD is not an object'];
  const record = doc as Record<string, unknown>;
  const problems: string[] = [];
  if (record['@context'] !== 'https://schema.org') problems.push('@context must be "https://schema.org"');
  const nodes = Array.isArray(record['@graph']) ? (record['@graph'] as Record<string, unknown>[]) : [record];
  nodes.forEach((node, i) => problems.push(...validateNode(node, record['@graph'] ? `$['@graph'][${i}]` : '$')));
  return problems;
}
