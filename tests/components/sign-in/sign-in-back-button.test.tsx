import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readSignInStep } from '../../../src/features/auth/flow/read-sign-in-step';
import {
  EMAIL,
  emailMfaUser,
  expectSignedIn,
  findHeading,
  lastCode,
  renderAt,
  submitSignIn,
} from './support';

// Routers of earlier tests (and files) would follow history.back() too, on the shared jsdom
// history; setup.ts removes their popstate listeners once each test is over.
describe('the back button', () => {
  it('from a step to /sign-in starts over; forward again says the step expired', async () => {
    const cognito = await emailMfaUser();
    const { user } = await renderAt(cognito, '/sign-in');
    await submitSignIn(user, EMAIL);
    await findHeading('Check your email');
    expect(readSignInStep()?.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');

    await act(async () => window.history.back());
    await expect.poll(() => window.location.pathname).toBe('/sign-in');
    await findHeading('Sign in');
    expect(readSignInStep()).toBeUndefined();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue('');

    await act(async () => window.history.forward());
    await expect.poll(() => window.location.search).toBe('?reason=step-expired');
    await screen.findByText('That sign-in step expired. Please start again.');

    // A clean new sign-in works.
    await submitSignIn(user, EMAIL);
    await findHeading('Check your email');
    await user.type(screen.getByLabelText('6-digit code'), lastCode(cognito, EMAIL));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await expectSignedIn(EMAIL);
  });
});
