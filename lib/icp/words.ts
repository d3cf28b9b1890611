import type { MessageKey } from '../i18n/messages';
import type { Translate } from '../i18n/translate';
import type { CriterionField, CriterionOp, CriterionRole } from './schema';

/** How the ICP's building blocks are named in the UI language (editor, problems, diffs). */

/** A criterion's field as the popup names the same company fact ("Industry", "Secteur"). */
export function criterionFieldName(t: Translate, field: CriterionField | string): string {
  return t(`field_${field}` as MessageKey);
}

/** An operator in words ("is one of", "est l’un de"). */
export function opName(t: Translate, op: CriterionOp | string): string {
  return t(`op_${op.replace(/-/g, '_')}` as MessageKey);
}

/** A role in words ("Must have", "Obligatoire"). */
export function roleName(t: Translate, role: CriterionRole | string): string {
  return t(`role_${role}` as MessageKey);
}
