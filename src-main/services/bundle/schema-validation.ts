/**
 * Validation of a bundle's JSON files against the JSON Schemas in schemas/ (the same files docs/bundle-format.md
 * publishes), with ajv. Errors come back as short sentences naming the field: `title is missing`,
 * `publishedAt must be an ISO 8601 date or timestamp (…)`.
 */
import { type FailureReason, reason } from '../import/reason';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { annotationsSchema } from './schemas/annotations-schema';
import { articleSchema } from './schemas/article-schema';
import { librarySchema } from './schemas/library-schema';
import { manifestSchema } from './schemas/manifest-schema';

export type SchemaName = 'manifest' | 'article' | 'annotations' | 'library';

export const SCHEMAS: Readonly<Record<SchemaName, object>> = {
  manifest: manifestSchema,
  article: articleSchema,
  annotations: annotationsSchema,
  library: librarySchema,
};

let ajv: Ajv | null = null;
const compiled = new Map<SchemaName, ValidateFunction>();

function validator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    ajv ??= new Ajv({ allErrors: true, strict: true, verbose: true });
    validate = ajv.compile(SCHEMAS[name]);
    compiled.set(name, validate);
  }
  return validate;
}

/** `/notes/0/body` → `notes[0].body` */
function fieldName(instancePath: string, child?: string): string {
  const parts = instancePath.split('/').slice(1);
  if (child !== undefined) parts.push(child);
  return parts.reduce((name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function describe(error: ErrorObject): string {
  const field = fieldName(error.instancePath);
  const subject = field === '' ? 'the file' : field;
  const description = (error.parentSchema as { description?: unknown } | undefined)?.description;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${fieldName(error.instancePath, String(params['missingProperty']))} is missing`;
    case 'type': {
      const types = String(params['type']).split(',').map((type) => TYPE_WORDS[type] ?? type);
      return field === '' ? 'the file must hold a JSON object' : `${subject} must be ${types.join(' or ')}`;
    }
    case 'minLength':
      return `${subject} is empty`;
    case 'maxLength':
      return `${subject} is too long (more than ${String(params['limit'])} characters)`;
    case 'maxItems':
      return `${subject} has too many items (more than ${String(params['limit'])})`;
    case 'const':
      return `${subject} must be ${JSON.stringify(params['allowedValue'])}`;
    default:
      return typeof description === 'string' ? `${subject} must be ${description}` : `${subject} ${error.message ?? 'is not valid'}`;
  }
}

/** A value that passed, or why not (the English words, and the code and values for the interface). */
export type Validated<T> = { ok: true; value: T } | ({ ok: false } & FailureReason);

const MAX_REASONS = 3;

/** Checks a parsed JSON value against one of the bundle's schemas. */
export function validateAgainst<T>(name: SchemaName, value: unknown): Validated<T> {
  const validate = validator(name);
  if (validate(value)) return { ok: true, value: value as T };
  const reasons = [...new Set((validate.errors ?? []).map(describe))];
  const shown = reasons.slice(0, MAX_REASONS).join('; ');
  const more = reasons.length > MAX_REASONS ? ` (and ${reasons.length - MAX_REASONS} more)` : '';
  // The schema's own words (field names and rules) stay as they are, inside a translated sentence.
  return { ok: false, ...reason('schemaMismatch', { detail: `${shown}${more}` }) };
}
