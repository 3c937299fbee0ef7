import type { AttributeField } from '../../../lib/attributes/attribute-fields';
import type { PasswordPolicy, UsernameAttribute } from '../../../lib/config/types';
import { identifierMessages } from '../shared/identifier-messages';
import { identifierError, isE164, isEmail } from '../shared/identifier-rules';
import { validateNewPassword } from '../shared/validate-new-password';
import { signUpMessages } from './sign-up-messages';

export interface SignUpValues {
  readonly username: string;
  readonly password: string;
  readonly confirmPassword: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** Field errors by key ("username", "attr:name", "password", "confirmPassword"), in form order. */
export type SignUpErrors = Readonly<Record<string, string>>;

export const attributeKey = (name: string) => `attr:${name}`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function attributeError(field: AttributeField, raw: string | undefined): string | undefined {
  const { t } = signUpMessages;
  const value = raw?.trim() ?? '';
  // One sentence per standard attribute (nouns inflect); custom ones by their label.
  if (!value) return t('signUp.attributeMissing', { attribute: field.name, label: field.label });
  if (field.type === 'email' && !isEmail(value))
    return identifierMessages.t('identifier.invalidEmail');
  if (field.type === 'tel' && !isE164(value))
    return identifierMessages.t('identifier.invalidPhone');
  if (field.type === 'date' && !DATE.test(value))
    return t('signUp.invalidDate', { example: '1990-01-31' });
  if (field.type === 'url' && !URL.canParse(value))
    return t('signUp.invalidUrl', { example: 'https://example.com' });
  return undefined;
}

/** What is wrong before anything is sent; Cognito checks it all again. */
export function validateSignUp(
  values: SignUpValues,
  rules: {
    readonly usernameAttribute: UsernameAttribute;
    readonly fields: readonly AttributeField[];
    readonly policy: PasswordPolicy;
  },
): SignUpErrors {
  const errors: Record<string, string> = {};
  const username = identifierError(rules.usernameAttribute, values.username);
  if (username) errors.username = username;
  for (const field of rules.fields) {
    const error = attributeError(field, values.attributes[field.name]);
    if (error) errors[attributeKey(field.name)] = error;
  }
  Object.assign(errors, validateNewPassword(rules.policy, values.password, values.confirmPassword));
  return errors;
}
