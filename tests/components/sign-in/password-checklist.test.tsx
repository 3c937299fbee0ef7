import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import {
  describePasswordIssues,
  NewPasswordField,
  PasswordRequirements,
  passwordIssues,
} from '../../../src/components/password-checklist';
import { renderWithProviders } from '../render-app';

const STRICT = {
  minLength: 10,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: true,
};
const LAX = {
  minLength: 6,
  requireLowercase: false,
  requireUppercase: false,
  requireNumbers: false,
  requireSymbols: false,
};

describe('passwordIssues', () => {
  it('lists every unmet rule of the policy, in the checklist’s words', () => {
    expect(passwordIssues(STRICT, '')).toEqual([
      'At least 10 characters',
      'A lowercase letter',
      'An uppercase letter',
      'A number',
      'A symbol, such as ! @ # or $',
    ]);
    expect(passwordIssues(STRICT, 'abcdefghij')).toEqual([
      'An uppercase letter',
      'A number',
      'A symbol, such as ! @ # or $',
    ]);
    expect(passwordIssues(STRICT, 'Abcdefgh1!')).toEqual([]);
  });

  it('asks only for what the policy requires', () => {
    expect(passwordIssues(LAX, 'abc')).toEqual(['At least 6 characters']);
    expect(passwordIssues(LAX, 'abcdef')).toEqual([]);
  });

  it.each([
    '^',
    '$',
    '*',
    '.',
    '[',
    '}',
    '(',
    '?',
    '"',
    '!',
    '@',
    '#',
    '%',
    '&',
    '/',
    '\\',
    ',',
    '>',
    "'",
    ':',
    ';',
    '|',
    '_',
    '~',
    '`',
    '=',
    '+',
    '-',
    ' ',
  ])('counts %j as a symbol, as Cognito does', (symbol) => {
    expect(passwordIssues(STRICT, `Abcdefgh1${symbol}`)).toEqual([]);
  });

  it('does not count letters from other scripts as symbols', () => {
    expect(passwordIssues(STRICT, 'Abcdefgh1é')).toEqual(['A symbol, such as ! @ # or $']);
  });
});

describe('describePasswordIssues', () => {
  it('makes one sentence', () => {
    expect(describePasswordIssues(['A number'])).toBe('Your password needs a number.');
    expect(describePasswordIssues(['At least 8 characters', 'A number', 'A symbol'])).toBe(
      'Your password needs at least 8 characters, a number and a symbol.',
    );
  });
});

describe('PasswordRequirements', () => {
  it('is a named list that says which rules are met', () => {
    renderWithProviders(<PasswordRequirements policy={STRICT} password="abc" />);

    const list = screen.getByRole('list', { name: 'Your password needs' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'At least 10 characters (not yet)',
      'A lowercase letter (done)',
      'An uppercase letter (not yet)',
      'A number (not yet)',
      'A symbol, such as ! @ # or $ (not yet)',
    ]);
  });
});

/** A controlled field, as forms use it. */
function Harness() {
  const [password, setPassword] = useState('');
  return (
    <NewPasswordField
      label="New password"
      policy={STRICT}
      password={password}
      value={password}
      onChange={(event) => setPassword(event.target.value)}
    />
  );
}

describe('NewPasswordField', () => {
  it('ticks rules off while the user types', async () => {
    const { user } = renderWithProviders(<Harness />);
    const field = screen.getByLabelText('New password');
    expect(field).toHaveAttribute('autocomplete', 'new-password');

    await user.type(field, 'Abcdefgh1!');

    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.every((item) => item.getAttribute('data-met') === 'true')).toBe(true);
  });
});
