import { z } from 'zod';

/**
 * Company facts: what extraction reads off a page. A public JSON shape shared by the
 * extractors, the scoring engine, the CLI and the extension's messages.
 */

export const factSourceSchema = z.enum([
  'jsonld',
  'microdata',
  'meta',
  'linkedin',
  'legal',
  'text',
  'tech',
  'url',
  'wikipedia',
  'user',
  'import',
]);
export type FactSource = z.infer<typeof factSourceSchema>;

const rangeSchema = z.object({
  min: z.number().nonnegative(),
  max: z.number().nonnegative().nullable(),
});

export const employeesValueSchema = rangeSchema;
export const revenueValueSchema = rangeSchema.extend({
  currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code such as EUR or USD'),
});

export type EmployeesValue = z.infer<typeof employeesValueSchema>;
export type RevenueValue = z.infer<typeof revenueValueSchema>;

const text = z.string().max(2000);

function fact<T extends z.ZodType>(value: T) {
  return z
    .object({
      value,
      source: factSourceSchema,
      confidence: z.number().min(0).max(1),
      evidence: z.string().max(500).optional(),
    })
    .optional();
}

/** Every fact a page can yield; absent fields are left out, never null. */
export const factsSchema = z.object({
  name: fact(text),
  legalName: fact(text),
  domain: fact(text),
  description: fact(z.string().max(5000)),
  industry: fact(text),
  employees: fact(employeesValueSchema),
  revenue: fact(revenueValueSchema),
  country: fact(z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code such as FR')),
  region: fact(text),
  city: fact(text),
  address: fact(text),
  foundedYear: fact(z.number().int().min(1000).max(2100)),
  legalForm: fact(text),
  siren: fact(z.string().regex(/^\d{9}$/)),
  siret: fact(z.string().regex(/^\d{14}$/)),
  vatId: fact(text),
  naf: fact(z.string().regex(/^\d{2}\.?\d{2}[A-Z]$/)),
  registration: fact(text),
  technologies: fact(z.array(text).max(500)),
  keywords: fact(z.array(text).max(200)),
  linkedinUrl: fact(text),
  website: fact(text),
  followers: fact(z.number().int().nonnegative()),
});

export type Facts = z.infer<typeof factsSchema>;
export type FactField = keyof Facts;
export type FactValue<F extends FactField> = NonNullable<Facts[F]>['value'];
export type Fact<V> = { value: V; source: FactSource; confidence: number; evidence?: string };

export const FACT_FIELDS = Object.keys(factsSchema.shape) as FactField[];

export const companyFactsSchema = z.object({
  url: z.string().max(4000),
  facts: factsSchema,
});

/** A page's URL and the facts read off it. */
export type CompanyFacts = z.infer<typeof companyFactsSchema>;
