import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectConsoleError } from '../console-guard';
import { testConfig } from '../render-app';
import { TEST_PASSWORD } from '../support/test-cognito';
import { leaveForProvider, renderButtons, startFederatedCognito } from './federated-cognito';

const savedContext = () =>
  JSON.parse(sessionStorage.getItem('cognito-spa:redirect-sign-in') ?? 'null')?.value;

describe('<FederatedSignInButtons />', () => {
  it('renders nothing when the config has no hosted domain', () => {
    renderButtons({ ...testConfig });
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers one button per configured provider, by the name people know', async () => {
    const cognito = await startFederatedCognito({
      providers: ['Google', 'LoginWithAmazon', 'SignInWithApple', 'AcmeSSO'],
    });
    renderButtons(cognito.appConfig);
    const names = (await screen.findAllByRole('button')).map((b) => b.textContent);
    expect(names).toEqual([
      'Continue with Google',
      'Continue with Amazon',
      'Continue with Apple',
      'Continue with AcmeSSO',
    ]);
    expect(screen.getByRole('region', { name: 'Other ways to sign in' })).toBeInTheDocument();
  });

  it('leaves for the hosted domain with PKCE, remembering where the user was going', async () => {
    const cognito = await startFederatedCognito({ providers: ['Google', 'Facebook'] });
    const { user } = renderButtons(cognito.appConfig, '/sign-in?redirectTo=%2Fnotes%3Ftab%3D2');

    const saved = await leaveForProvider(user);

    expect(saved.verifier).toMatch(/^[\w.~-]{43,128}$/);
    expect(saved.state).toBeTruthy();
    expect(savedContext()).toMatchObject({ redirectTo: '/notes?tab=2', provider: 'Google' });
    // The page is on its way out: no second click can start another flow.
    const google = screen.getByRole('button', { name: /Continuing with Google/ });
    expect(google).toBeDisabled();
    expect(google).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'Continue with Facebook' })).toBeDisabled();
  });

  it('never remembers a target on another origin', async () => {
    const cognito = await startFederatedCognito();
    const { user } = renderButtons(cognito.appConfig, '/sign-in?redirectTo=%2F%2Fevil.example%2Fx');
    await leaveForProvider(user);
    expect(savedContext()).toMatchObject({ redirectTo: '/' });
  });

  it('says so when someone is already signed in', async () => {
    const cognito = await startFederatedCognito();
    await cognito.addUser('dana@example.com');
    const { signIn } = await import('aws-amplify/auth');
    const { user } = renderButtons(cognito.appConfig);
    await signIn({ username: 'dana@example.com', password: TEST_PASSWORD });
    expectConsoleError(/\[auth\] sign-in-with-redirect failed: UserAlreadyAuthenticatedException/);

    await user.click(screen.getByRole('button', { name: 'Continue with Google' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You are already signed in.');
    expect(screen.getByRole('button', { name: 'Continue with Google' })).toBeEnabled();
  });
});
