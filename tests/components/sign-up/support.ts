import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { server } from '../msw-server';
import { TEST_ENDPOINT } from '../support/test-cognito';

type Body = Record<string, unknown>;

/**
 * Answers one Cognito operation (by X-Amz-Target) before the emulator does: for failures the
 * emulator cannot produce. Returning undefined lets the request through to the emulator.
 */
export function onCognito(
  operation: string,
  respond: (body: Body) => Response | undefined | Promise<Response | undefined>,
): void {
  server.use(
    http.post(TEST_ENDPOINT, async ({ request }) => {
      const target = request.headers.get('x-amz-target');
      if (target !== `AWSCognitoIdentityProviderService.${operation}`) return undefined;
      return respond((await request.clone().json()) as Body);
    }),
  );
}

/** A Cognito error on the wire, as Amplify parses it. */
export const cognitoError = (name: string, message = name) =>
  HttpResponse.json({ __type: name, message }, { status: 400 });

/** Fills a field in one go (a paste): typing every key is slow in jsdom and adds nothing here. */
export async function fill(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

/** The first page render loads the route chunk; allow for a cold transform. */
export const findHeading = (name: string | RegExp) =>
  screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });
