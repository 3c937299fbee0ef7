import { useId } from 'react';
import type { PasswordPolicy } from '../lib/config/types';
import { PasswordField, type PasswordFieldProps, VisuallyHidden } from './ui';
import './password-checklist.css';

interface Requirement {
  readonly label: string;
  readonly met: (password: string) => boolean;
}

// Cognito's symbol set for RequireSymbols (a space counts too).
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

const matches = (pattern: RegExp) => (password: string) => pattern.test(password);

/** The pool's rules as short phrases; Cognito still enforces them on the server. */
function requirements(policy: PasswordPolicy): Requirement[] {
  const all: (Requirement | false)[] = [
    {
      label: `At least ${policy.minLength} characters`,
      met: (password) => password.length >= policy.minLength,
    },
    policy.requireLowercase && { label: 'A lowercase letter', met: matches(/[a-z]/) },
    policy.requireUppercase && { label: 'An uppercase letter', met: matches(/[A-Z]/) },
    policy.requireNumbers && { label: 'A number', met: matches(/[0-9]/) },
    policy.requireSymbols && { label: 'A symbol, such as ! @ # or $', met: matches(SYMBOL) },
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
  const parts = issues.map((issue) => issue.charAt(0).toLowerCase() + issue.slice(1));
  const list =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  return `Your password needs ${list}.`;
}

interface PasswordRequirementsProps {
  readonly policy: PasswordPolicy;
  readonly password: string;
  readonly id?: string;
}

/** A live checklist of the pool's password policy; each item says whether it is met. */
export function PasswordRequirements({ policy, password, id }: PasswordRequirementsProps) {
  const headingId = useId();
  return (
    <div className="password-requirements" id={id}>
      <p id={headingId} className="password-requirements__title">
        Your password needs
      </p>
      <ul aria-labelledby={headingId}>
        {requirements(policy).map(({ label, met }) => {
          const ok = met(password);
          return (
            <li key={label} data-met={ok}>
              {label}
              <VisuallyHidden>{ok ? ' (done)' : ' (not yet)'}</VisuallyHidden>
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
