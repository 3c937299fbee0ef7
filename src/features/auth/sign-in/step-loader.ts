import type { QueryClient } from '@tanstack/react-query';
import { redirect, useLoaderData } from 'react-router';
import { paths } from '../../../config/paths';
import { getSessionQueryOptions } from '../../../lib/auth/get-current-session';
import { carriedRedirect } from '../../../lib/navigation/redirect-target';
import {
  isAnsweredStepName,
  readSignInStep,
  readSignInStepRedirect,
} from '../flow/read-sign-in-step';
import { type SignInStepAt, STEP_ROUTES, type StepRoute } from '../flow/sign-in-step';
import { clearSignInStep } from '../flow/sign-in-step-store';

/**
 * Whether `value` is a step that `route` answers. Only the name is checked: the step itself
 * was parsed when it came from Amplify or from storage.
 */
const isStepAt = <R extends StepRoute>(route: R, value: unknown): value is SignInStepAt<R> =>
  typeof value === 'object' &&
  value !== null &&
  'signInStep' in value &&
  isAnsweredStepName(value.signInStep) &&
  STEP_ROUTES[value.signInStep] === route;

/**
 * The clientLoader of the step route `route` (a key of paths.auth.steps): the stored step when
 * it is one this route answers, else back to sign-in with "step expired" (keeping where the
 * user was going). Someone already signed in (Back after finishing) goes home instead.
 */
export const signInStepLoader =
  <R extends StepRoute>(route: R) =>
  ({ queryClient }: { readonly queryClient: QueryClient }) =>
  async () => {
    const step = readSignInStep();
    if (isStepAt(route, step)) return step;
    const session = await queryClient.ensureQueryData(getSessionQueryOptions());
    if (session) return redirect(paths.home.getHref());
    const redirectTo = readSignInStepRedirect();
    clearSignInStep();
    return redirect(paths.auth.signIn.getHref(carriedRedirect(redirectTo), 'step-expired'));
  };

/** The step that the loader of `route` found; the route renders only when there is one. */
export function useSignInStep<R extends StepRoute>(route: R): SignInStepAt<R> {
  const step: unknown = useLoaderData();
  if (!isStepAt(route, step)) throw new Error(`The ${route} route rendered without its step`);
  return step;
}
