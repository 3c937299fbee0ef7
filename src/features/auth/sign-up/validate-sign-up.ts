import type { AttributeField } from '../../../lib/attributes/attribute-fields';
import type { PasswordPolicy, UsernameAttribute } from '../../../lib/config/types';
import { identifierError, isE164, isEmail } from '../shared/identifier-rules';
import { validateNewPassword } from '../shared/validate-new-password';

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
  const value = raw?.trim() ?? '';
  if (!value) return `Enter your ${field.label.toLowerCase()}.`;
  if (field.type === 'email' && !isEmail(value))
    return 'Enter an email address like name@example.com.';
  if (field.type === 'tel' && !isE164(value)) {
    return 'Enter the number with its country code, like +14155550123.';
  }
  if (field.type === 'date' && !DATE.test(value)) return 'Enter a date like 1990-01-31.';
  if (field.type === 'url' && !URL.canParse(value))
    return 'Enter a full address like https://example.com.';
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
