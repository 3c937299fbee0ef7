import type { QueryClient } from '@tanstack/react-query';
import { redirect, useLoaderData } from 'react-router';
import { paths } from '../../../config/paths';
import { getSessionQueryOptions } from '../api/get-current-session';
import type { SignInStepName } from '../api/sign-in';
import {
  clearSignInStep,
  readSignInStep,
  readSignInStepRedirect,
  type StoredSignInStep,
} from '../flow/sign-in-step-store';
import { carriedRedirect } from './redirect-target';

/**
 * The clientLoader of a step route: the stored step when it is one this route answers,
 * else back to sign-in with "step expired" (keeping where the user was going). Someone
 * already signed in (Back after finishing) goes home instead.
 */
export const signInStepLoader =
  (steps: readonly SignInStepName[]) => (queryClient: QueryClient) => async () => {
    const stored = readSignInStep();
    if (stored && steps.includes(stored.step)) return stored;
    const session = await queryClient.ensureQueryData(getSessionQueryOptions());
    if (session) return redirect(paths.home.getHref());
    const redirectTo = readSignInStepRedirect();
    clearSignInStep();
    return redirect(paths.auth.signIn.getHref(carriedRedirect(redirectTo), 'step-expired'));
  };

/** The step a step route's loader found; only rendered when there is one. */
export const useSignInStep = () => useLoaderData() as StoredSignInStep;
