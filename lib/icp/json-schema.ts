import { z } from 'zod';
import { icpSchema } from './schema';

/** The JSON Schema of ICP files, generated from the zod schema so the two never drift. */
export function icpJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(icpSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://icp-lens.dev/icp.schema.json',
    title: 'ICP Lens ideal customer profile (format icp-lens/v1)',
  };
}

/** The file's exact text, so a test can tell when the committed copy is stale. */
export function icpJsonSchemaText(): string {
  return `${JSON.stringify(icpJsonSchema(), null, 2)}\n`;
}
