import { screen } from '@testing-library/react';
import { signIn } from 'aws-amplify/auth';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectConsoleError } from '../../../../tests/components/console-guard';
import { renderWithProviders } from '../../../../tests/components/render-app';
import { SignInForm } from './sign-in-form';

// Until the Cognito emulator lands, Amplify's signIn is stubbed; everything else is real.
vi.mock('aws-amplify/auth', async (importOriginal) => ({
  ...(await importOriginal<typeof import('aws-amplify/auth')>()),
  signIn: vi.fn(),
}));
const amplifySignIn = vi.mocked(signIn);

const cognitoError = (name: string, message = name) => Object.assign(new Error(message), { name });

async function submit(flow: 'srp' | 'password' | 'choice' = 'srp') {
  const onSignedIn = vi.fn();
  const view = renderWithProviders(<SignInForm flow={flow} onSignedIn={onSignedIn} />);
  await view.user.type(screen.getByRole('textbox', { name: 'Username' }), ' alice ');
  await view.user.type(screen.getByLabelText('Password'), ' Passw0rd!x ');
  await view.user.click(screen.getByRole('button', { name: 'Sign in' }));
  return { ...view, onSignedIn };
}

describe('SignInForm', () => {
  beforeEach(() => {
    amplifySignIn.mockReset();
  });

  it.each([
    ['srp', { authFlowType: 'USER_SRP_AUTH' }],
    ['password', { authFlowType: 'USER_PASSWORD_AUTH' }],
    ['choice', { authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD_SRP' }],
  ] as const)('uses the %s flow and reports DONE', async (flow, options) => {
    amplifySignIn.mockResolvedValue({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    const { onSignedIn } = await submit(flow);

    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    // The username is trimmed; the password is sent exactly as typed.
    expect(amplifySignIn).toHaveBeenCalledWith({
      username: 'alice',
      password: ' Passw0rd!x ',
      options,
    });
  });

  it('names a step this release cannot finish instead of failing silently', async () => {
    amplifySignIn.mockResolvedValue({
      isSignedIn: false,
      nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' },
    });
    const { onSignedIn } = await submit();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This step arrives in the next release: CONFIRM_SIGN_IN_WITH_TOTP_CODE',
    );
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('shows a friendly error and logs only the Cognito error name', async () => {
    expectConsoleError(/^\[auth\] sign-in failed: NotAuthorizedException$/);
    amplifySignIn.mockRejectedValue(cognitoError('NotAuthorizedException'));
    await submit();

    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect username or password.');
  });

  it('disables the button and shows progress while signing in', async () => {
    let finish: (value: Awaited<ReturnType<typeof signIn>>) => void = () => {};
    amplifySignIn.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const { onSignedIn } = await submit();

    const button = screen.getByRole('button', { name: 'Signing in…' });
    expect(button).toBeDisabled();
    finish({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });
});
