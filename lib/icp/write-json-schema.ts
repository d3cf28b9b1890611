// Writes public/icp.schema.json; `npm run schema` runs it after a change to the schema.
import { writeFileSync } from 'node:fs';
import { icpJsonSchemaText } from './json-schema';

writeFileSync(new URL('../../public/icp.schema.json', import.meta.url), icpJsonSchemaText());
