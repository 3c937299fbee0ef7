import { useId } from 'react';
import type { PasswordPolicy } from '../lib/config/types';
import { activeLocale } from '../lib/i18n/i18n';
import { useI18n } from '../lib/i18n/use-i18n';
import { formsMessages } from './forms/forms-messages';
import { PasswordField, type PasswordFieldProps, VisuallyHidden } from './ui';
import './password-checklist.css';

interface Requirement {
  readonly label: string;
  readonly met: (password: string) => boolean;
}

// Cognito's symbol set for RequireSymbols (a space counts too).
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

const matches = (pattern: RegExp) => (password: string) => pattern.test(password);

/**
 * The pool's rules as short phrases in the active language, each finishing "Your password
 * needs …" (so it can join that sentence too); Cognito still enforces them on the server.
 */
function requirements(policy: PasswordPolicy): Requirement[] {
  const { t } = formsMessages;
  const all: (Requirement | false)[] = [
    {
      label: t('forms.checklist.minLength', { count: policy.minLength }),
      met: (password) => password.length >= policy.minLength,
    },
    policy.requireLowercase && { label: t('forms.checklist.lowercase'), met: matches(/[a-z]/) },
    policy.requireUppercase && { label: t('forms.checklist.uppercase'), met: matches(/[A-Z]/) },
    policy.requireNumbers && { label: t('forms.checklist.number'), met: matches(/[0-9]/) },
    policy.requireSymbols && { label: t('forms.checklist.symbol'), met: matches(SYMBOL) },
  ];
  return all.filter((rule): rule is Requirement => rule !== false);
}

/** The requirements `password` does not meet yet, as the checklist words them; empty when it is fine. */
export function passwordIssues(policy: PasswordPolicy, password: string): string[] {
  return requirements(policy)
    .filter((r) => !r.met(password))
    .map((r) => r.label);
}

/** One sentence for a field error, from passwordIssues: "Your password needs a number and a symbol…". */
export function describePasswordIssues(issues: readonly string[]): string {
  // The checklist's items start a line; inside the sentence they start in lower case
  // (German keeps its nouns' capitals: each item there starts with an article or adverb).
  const locale = activeLocale();
  const parts = issues.map((issue) => issue.charAt(0).toLocaleLowerCase(locale) + issue.slice(1));
  const last = parts.at(-1) ?? '';
  return parts.length > 1
    ? formsMessages.t('forms.checklist.needsMany', {
        requirements: parts.slice(0, -1).join(', '),
        last,
      })
    : formsMessages.t('forms.checklist.needsOne', { requirement: last });
}

interface PasswordRequirementsProps {
  readonly policy: PasswordPolicy;
  readonly password: string;
  readonly id?: string;
}

/** A live checklist of the pool's password policy; each item says whether it is met. */
export function PasswordRequirements({ policy, password, id }: PasswordRequirementsProps) {
  const { t } = useI18n(formsMessages);
  const headingId = useId();
  return (
    <div className="password-requirements" id={id}>
      <p id={headingId} className="password-requirements__title">
        {t('forms.checklist.title')}
      </p>
      <ul aria-labelledby={headingId}>
        {requirements(policy).map(({ label, met }) => {
          const ok = met(password);
          return (
            <li key={label} data-met={ok}>
              {label}
              <VisuallyHidden>
                {' '}
                {t(ok ? 'forms.checklist.done' : 'forms.checklist.notYet')}
              </VisuallyHidden>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

type NewPasswordFieldProps = PasswordFieldProps & {
  readonly policy: PasswordPolicy;
  /** The current value, for the checklist; the field itself may stay uncontrolled. */
  readonly password: string;
};

/** A password field for choosing a new password, with the policy checklist under it. */
export function NewPasswordField({ policy, password, ...field }: NewPasswordFieldProps) {
  return (
    <div className="new-password-field">
      <PasswordField autoComplete="new-password" {...field} />
      <PasswordRequirements policy={policy} password={password} />
    </div>
  );
}
