import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectConsoleError } from './console-guard';
import { renderApp, testConfig } from './render-app';

describe('config error page', () => {
  it('lists every problem with its key instead of starting the app', async () => {
    expectConsoleError(/check: region, userPoolClientId, cognitoEndpoint, tokenStorage$/);
    const { tokenStorage, ...withoutStorage } = testConfig;
    await renderApp('/sign-in', {
      config: {
        ...withoutStorage,
        region: 'Mars',
        userPoolClientId: '',
        cognitoEndpoint: 'http://cognito.example.com',
      },
    });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'This app is not configured correctly',
      }),
    ).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    const items = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^region must look like an AWS region/),
      'userPoolClientId must not be empty',
      expect.stringMatching(/^cognitoEndpoint must use https unless the host is localhost/),
      'tokenStorage is required',
    ]);
    expect(screen.queryByRole('textbox', { name: 'Username' })).not.toBeInTheDocument();
  });

  it('explains a missing config.json', async () => {
    expectConsoleError(/check: config\.json$/);
    await renderApp('/', { configResponse: () => new HttpResponse(null, { status: 404 }) });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'config.json could not be loaded from /config.json (HTTP 404)',
    );
  });

  it('explains a config.json that is not an object', async () => {
    expectConsoleError(/check: config\.json$/);
    await renderApp('/', { config: ['not', 'an', 'object'] });

    expect(await screen.findByRole('listitem')).toHaveTextContent(
      'config.json must be a JSON object (got an array)',
    );
  });
});
