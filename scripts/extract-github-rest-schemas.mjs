#!/usr/bin/env node
/**
 * Extracts, from GitHub's OpenAPI description, the answer schemas of the REST operations that the fake
 * GitHub (src/github/fake) serves, as plain JSON Schema for ajv@8, into
 * src/github/fake/data/rest-schemas.json. The fake validates every answer it gives against them, so it
 * cannot drift from GitHub's documented shapes without a test noticing.
 *
 * Regenerate (the description is not a dependency of the project; fetch it outside the work tree):
 *   mkdir -p /tmp/oa && cd /tmp/oa && npm pack @octokit/openapi@23 && tar xzf octokit-openapi-*.tgz
 *   (or: npx -p @octokit/openapi@23 …, which leaves it under node_modules/@octokit/openapi)
 *   node scripts/extract-github-rest-schemas.mjs [/tmp/oa/node_modules/@octokit/openapi/generated/api.github.com.json]
 *
 * What it does to the OpenAPI 3.0 schemas:
 * - every `$ref: '#/components/schemas/X'` becomes `#/definitions/X`; only components reachable from the
 *   listed operations (and webhook payloads) are kept;
 * - `nullable: true` becomes JSON Schema: with `type`, a type array with 'null' (and null added to an
 *   `enum`); without `type`, `anyOf: [schema, { type: 'null' }]`;
 * - documentation-only keys (description, example(s), title, x-*) are dropped to keep the file small;
 * - the file is formatted with the repository's Prettier settings, so a fresh extraction is byte-equal.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const DEFAULT_SOURCE = '/tmp/oa/node_modules/@octokit/openapi/generated/api.github.com.json';
const OUTPUT = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'github',
  'fake',
  'data',
  'rest-schemas.json',
);

/** The operations the fake implements: method and path template exactly as in the description. */
const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}'],
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/sub_issues'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/sub_issues'],
  ['delete', '/repos/{owner}/{repo}/issues/{issue_number}/sub_issue'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/parent'],
  ['get', '/orgs/{org}/projectsV2/{project_number}'],
  ['get', '/orgs/{org}/projectsV2/{project_number}/fields'],
  ['get', '/orgs/{org}/projectsV2/{project_number}/items'],
  ['get', '/orgs/{org}/projectsV2/{project_number}/items/{item_id}'],
  ['patch', '/orgs/{org}/projectsV2/{project_number}/items/{item_id}'],
  ['get', '/rate_limit'],
  ['get', '/orgs/{org}/installation'],
  ['get', '/repos/{owner}/{repo}/installation'],
  ['post', '/app/installations/{installation_id}/access_tokens'],
];

/** Webhook payloads the fake sends, keyed `event.action` as the fake names them. */
const WEBHOOKS = {
  'issues.opened': 'webhook-issues-opened',
  'issues.edited': 'webhook-issues-edited',
  'issues.closed': 'webhook-issues-closed',
  'issues.reopened': 'webhook-issues-reopened',
  'issues.deleted': 'webhook-issues-deleted',
  'issues.transferred': 'webhook-issues-transferred',
  'issues.labeled': 'webhook-issues-labeled',
  'issues.unlabeled': 'webhook-issues-unlabeled',
  'issues.typed': 'webhook-issues-typed',
  'issues.untyped': 'webhook-issues-untyped',
  'sub_issues.sub_issue_added': 'webhook-sub-issues-sub-issue-added',
  'sub_issues.sub_issue_removed': 'webhook-sub-issues-sub-issue-removed',
  'sub_issues.parent_issue_added': 'webhook-sub-issues-parent-issue-added',
  'sub_issues.parent_issue_removed': 'webhook-sub-issues-parent-issue-removed',
  'projects_v2_item.created': 'webhook-projects-v2-item-created',
  'projects_v2_item.edited': 'webhook-projects-v2-item-edited',
  'projects_v2_item.deleted': 'webhook-projects-v2-item-deleted',
  'projects_v2_item.archived': 'webhook-projects-v2-item-archived',
  'projects_v2_item.restored': 'webhook-projects-v2-item-restored',
  'repository.renamed': 'webhook-repository-renamed',
};

const DROPPED_KEYS = new Set(['description', 'example', 'examples', 'title', 'externalDocs']);
const SCHEMA_REF = '#/components/schemas/';

const source = process.argv[2] ?? DEFAULT_SOURCE;
const api = JSON.parse(readFileSync(source, 'utf8'));
const components = api.components;

/** Follows `#/components/responses/X`-style references to the object they name. */
function deref(value) {
  let current = value;
  while (current && typeof current.$ref === 'string' && !current.$ref.startsWith(SCHEMA_REF)) {
    const [, , kind, name] = current.$ref.split('/');
    current = components[kind]?.[name];
    if (!current) throw new Error(`unresolvable reference ${value.$ref}`);
  }
  return current;
}

const reachable = new Set();
const pending = [];

/** Rewrites one OpenAPI schema into JSON Schema, noting the components it reaches. */
function convert(schema, where) {
  if (Array.isArray(schema)) return schema.map((item, i) => convert(item, `${where}/${i}`));
  if (schema === null || typeof schema !== 'object') return schema;
  if (typeof schema.$ref === 'string') {
    if (!schema.$ref.startsWith(SCHEMA_REF))
      throw new Error(`unexpected reference ${schema.$ref} at ${where}`);
    const name = schema.$ref.slice(SCHEMA_REF.length);
    if (!components.schemas[name]) throw new Error(`missing component ${name} at ${where}`);
    if (!reachable.has(name)) {
      reachable.add(name);
      pending.push(name);
    }
    // OpenAPI 3.0 ignores siblings of $ref, so JSON Schema gets the reference alone.
    return { $ref: `#/definitions/${name}` };
  }
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    // Property names sit under `properties` and are mapped below, so a property called `title` stays.
    if (DROPPED_KEYS.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, convert(sub, `${where}/${key}/${name}`)]),
      );
    } else {
      out[key] = convert(value, `${where}/${key}`);
    }
  }
  if (schema.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  if (Array.isArray(out.type)) {
    if (!out.type.includes('null')) out.type = [...out.type, 'null'];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

const operations = {};
for (const [method, path] of OPERATIONS) {
  const operation = api.paths[path]?.[method];
  if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in ${source}`);
  const statuses = {};
  for (const [status, rawResponse] of Object.entries(operation.responses)) {
    const response = deref(rawResponse);
    const schema = response.content?.['application/json']?.schema;
    // A status without a JSON body (204, 304, …) is recorded as "no body".
    statuses[status] = schema ? convert(schema, `${method} ${path} ${status}`) : null;
  }
  operations[`${method.toUpperCase()} ${path}`] = statuses;
}

const webhooks = {};
for (const [key, name] of Object.entries(WEBHOOKS)) {
  if (!components.schemas[name]) throw new Error(`webhook schema ${name} is not in ${source}`);
  webhooks[key] = convert({ $ref: `${SCHEMA_REF}${name}` }, key);
}

const definitions = {};
while (pending.length > 0) {
  const name = pending.shift();
  definitions[name] = convert(components.schemas[name], name);
}

const formats = new Set();
JSON.stringify(definitions, (key, value) => {
  if (key === 'format' && typeof value === 'string') formats.add(value);
  return value;
});

const document = {
  source: { package: '@octokit/openapi', version: api.info.version, openapi: api.openapi },
  formats: [...formats].sort(),
  operations,
  webhooks,
  definitions: Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b))),
};
// Formatted as the repository's Prettier would, so `prettier --check` passes on a fresh extraction.
const prettierOptions = (await prettier.resolveConfig(OUTPUT)) ?? {};
const text = await prettier.format(JSON.stringify(document), { ...prettierOptions, filepath: OUTPUT });
writeFileSync(OUTPUT, text);
process.stdout.write(
  `${OUTPUT}: ${Object.keys(operations).length} operations, ${Object.keys(webhooks).length} webhook payloads, ` +
    `${Object.keys(definitions).length} components, ${(text.length / 1024).toFixed(0)} KiB\n`,
);
