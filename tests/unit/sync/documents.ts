/** Made-up ICP documents for the sync tests (fictional company Fjordwave). */
export function icpDocument(version: number, overrides: Record<string, unknown> = {}) {
  return {
    format: 'icp-lens/v1',
    id: 'fjordwave-core',
    name: 'Fjordwave core market',
    version,
    criteria: [
      {
        id: 'size',
        label: '20-300 employees',
        field: 'employees',
        op: 'between',
        min: 20,
        max: 300,
        weight: 4,
        role: 'must',
      },
      {
        id: 'nordics',
        label: 'Nordic countries',
        field: 'country',
        op: 'in',
        values: ['Nordics'],
        weight: version,
        role: 'nice',
      },
    ],
    ...overrides,
  };
}

export const icpText = (version: number, overrides: Record<string, unknown> = {}) =>
  JSON.stringify(icpDocument(version, overrides));
