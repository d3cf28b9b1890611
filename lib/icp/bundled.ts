import euB2bSaas from '../../public/icps/eu-b2b-saas.json';
import pmeFrance from '../../public/icps/pme-france.json';
import { icpSchema, type Icp } from './schema';

/**
 * The example ICPs shipped in public/icps/, used until a team ICP is synced so the extension
 * scores something sensible right after install. Validated like any other document.
 */
export function bundledIcps(): Icp[] {
  return [euB2bSaas, pmeFrance].map((document) => icpSchema.parse(document));
}
