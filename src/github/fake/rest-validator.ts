import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The shape of data/rest-schemas.json, written by scripts/extract-github-rest-schemas.mjs. */
interface RestSchemaDocument {
  source: { package: string; version: string };
  formats: string[];
  /** `METHOD /path/{template}` → status → JSON schema of the body, or null for "no body". */
  operations: Record<string, Record<string, unknown>>;
  /** `event.action` → JSON schema of the payload. */
  webhooks: Record<string, unknown>;
  definitions: Record<string, unknown>;
}

const ROOT_ID = 'https://rodtrad.invalid/github-rest-schemas.json';
const MAX_ERRORS = 20;

interface Compiled {
  ajv: Ajv;
  document: RestSchemaDocument;
  validators: Map<string, ValidateFunction>;
}

let compiled: Compiled | null = null;

/** Loads the schemas and sets up ajv on first use: tests that never validate never pay for it. */
function load(): Compiled {
  if (compiled) return compiled;
  const text = readFileSync(new URL('./data/rest-schemas.json', import.meta.url), 'utf8');
  const document = JSON.parse(text) as RestSchemaDocument;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // OpenAPI formats that are not JSON Schema's (int64 …) say nothing a type does not already.
  for (const format of document.formats) {
    if (!ajv.formats[format]) ajv.addFormat(format, true);
  }
  ajv.addSchema({ $id: ROOT_ID, definitions: document.definitions });
  compiled = { ajv, document, validators: new Map() };
  return compiled;
}

/** Points an operation's local `#/definitions/X` references at the shared definitions document. */
function rooted(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rooted);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === '$ref' && typeof value === 'string' ? `${ROOT_ID}${value}` : rooted(value);
  }
  return out;
}

function validatorFor(key: string, schema: unknown): ValidateFunction {
  const { ajv, validators } = load();
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(rooted(schema) as object);
    validators.set(key, validate);
  }
  return validate;
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).slice(0, MAX_ERRORS).map((error) => {
    const where = error.instancePath === '' ? '(body)' : error.instancePath;
    const detail =
      error.keyword === 'enum' || error.keyword === 'additionalProperties' || error.keyword === 'required'
        ? ` ${JSON.stringify(error.params)}`
        : '';
    return `${where} ${error.message ?? error.keyword}${detail}`;
  });
}

/**
 * Checks an answer the fake is about to give against GitHub's OpenAPI description. Returns the
 * problems; empty when the answer is as documented. An error status (4xx, 5xx) that the operation
 * does not list passes: GitHub answers 401, 403 and 5xx on any operation without documenting each.
 */
export function validateRestAnswer(
  method: string,
  pathTemplate: string,
  status: number,
  body: unknown,
): string[] {
  const key = `${method.toUpperCase()} ${pathTemplate}`;
  const operation = load().document.operations[key];
  if (!operation) return [`${key} is not an operation in rest-schemas.json`];
  if (!(String(status) in operation)) {
    return status >= 400 ? [] : [`${key} does not document status ${status}`];
  }
  const schema = operation[String(status)];
  if (schema === null || schema === undefined) {
    return body === undefined || body === null || body === ''
      ? []
      : [`${key} ${status} has no body, got one`];
  }
  const validate = validatorFor(`${key} ${status}`, schema);
  return validate(body) ? [] : describe(validate.errors);
}

/** Checks a webhook payload (`issues.opened`, `projects_v2_item.edited` …) against GitHub's schema. */
export function validateWebhookPayload(eventAndAction: string, payload: unknown): string[] {
  const schema = load().document.webhooks[eventAndAction];
  if (!schema) return [`${eventAndAction} is not a webhook payload in rest-schemas.json`];
  const validate = validatorFor(`webhook ${eventAndAction}`, schema);
  return validate(payload) ? [] : describe(validate.errors);
}
