import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectConsoleError } from '../../console-guard';
import { renderApp } from '../../render-app';
import { watchCognitoTraffic } from '../../support/cognito-traffic';
import { startDemoApi } from '../../support/demo-api';
import { cognitoError, overrideCognito } from '../../support/override-cognito';
import { signInAs } from '../../support/sign-in-as';
import {
  attributesOf,
  detailsPool,
  EMAIL,
  expectAnnounced,
  openDetailsPage,
  region,
} from './support';

const about = () => region('About you');
const field = (name: string) => about().getByRole('textbox', { name });
const save = () => about().getByRole('button', { name: 'Save details' });

describe('personal details: the details form', () => {
  it('shows the email and a labelled field for every editable attribute', async () => {
    const cognito = await detailsPool({ attributes: { name: 'Dana Smith', locale: 'fr-FR' } });
    await openDetailsPage(cognito, {
      editableAttributes: ['name', 'given_name', 'family_name', 'locale', 'custom:team_name'],
    });

    expect(region('Email address').getByText(EMAIL)).toBeVisible();
    expect(region('Email address').getByText('Verified')).toBeVisible();
    expect(field('Full name')).toHaveValue('Dana Smith');
    expect(field('Full name')).toHaveAttribute('autocomplete', 'name');
    expect(field('First name')).toHaveAttribute('autocomplete', 'given-name');
    expect(field('Last name')).toHaveAttribute('autocomplete', 'family-name');
    expect(field('Team name')).toHaveValue('');
    // `locale` is the language section's switcher, never a second control in the form.
    expect(about().queryByRole('combobox')).not.toBeInTheDocument();
    expect(region('Language').getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    // Phone is not editable in this config: no section for it.
    expect(screen.queryByRole('region', { name: 'Phone number' })).not.toBeInTheDocument();
  });

  it('saves a new name, sends only what changed, and the header and tokens follow', async () => {
    const cognito = await detailsPool({ attributes: { name: 'Dana Smith', locale: 'en-GB' } });
    const { user } = await openDetailsPage(cognito);
    const traffic = watchCognitoTraffic();
    const sent: unknown[] = [];
    overrideCognito('UpdateUserAttributes', (body) => {
      sent.push(body.UserAttributes);
      return undefined;
    });

    await user.clear(field('Full name'));
    await user.type(field('Full name'), 'Dana Jones');
    await user.click(save());

    await expectAnnounced('Your details are saved.');
    expect(about().getByText('Your details are saved.')).toBeVisible();
    expect(sent).toEqual([[{ Name: 'name', Value: 'Dana Jones' }]]);
    const saved = await attributesOf(cognito);
    expect(saved.name).toBe('Dana Jones');
    expect(saved.locale).toBe('en-GB');
    // New tokens, so the ID token (the profile page, the header) says the same at once.
    await waitFor(() => expect(traffic.operations).toContain('GetTokensFromRefreshToken'));
    traffic.stop();
    expect(field('Full name')).toHaveValue('Dana Jones');
  });

  it('shows the new name on the profile page at once, from the refreshed ID token', async () => {
    const cognito = await detailsPool({ attributes: { name: 'Dana Smith' } });
    await startDemoApi(cognito);
    const { user } = await openDetailsPage(cognito);

    await user.clear(field('Full name'));
    await user.type(field('Full name'), 'Dana Jones');
    await user.click(save());
    await expectAnnounced('Your details are saved.');
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Profile',
      }),
    );

    const identity = await screen.findByRole('region', { name: 'Identity' });
    const name = within(identity).getByText('Name', { selector: 'dt' }).nextElementSibling;
    expect(name).toHaveTextContent('Dana Jones');
    // The page's API read finishes inside this test, not in the next one.
    const record = screen.getByRole('region', { name: 'Your record in the API' });
    await waitFor(() => expect(record).not.toHaveTextContent('Loading your API record…'));
  });

  it('removes an emptied detail, and saying nothing changed sends nothing', async () => {
    const cognito = await detailsPool({ attributes: { family_name: 'Smith' } });
    const { user } = await openDetailsPage(cognito);
    const traffic = watchCognitoTraffic();

    await user.click(save());
    await expectAnnounced('Nothing to save: no details were changed.');
    expect(traffic.operations).not.toContain('UpdateUserAttributes');

    await user.clear(field('Last name'));
    await user.click(save());
    await expectAnnounced('Your details are saved.');
    traffic.stop();
    expect(traffic.operations).toContain('DeleteUserAttributes');
    expect(traffic.operations).not.toContain('UpdateUserAttributes');
    expect((await attributesOf(cognito)).family_name).toBeUndefined();
  });

  it('checks lengths before Cognito does, and keeps what was typed', async () => {
    const cognito = await detailsPool();
    const { user } = await openDetailsPage(cognito);
    const traffic = watchCognitoTraffic();
    const long = 'x'.repeat(2049);

    await user.click(field('Full name'));
    await user.paste(long);
    await user.click(save());

    expect(field('Full name')).toHaveAccessibleDescription(
      'Full name can be at most 2048 characters long.',
    );
    expect(field('Full name')).toHaveFocus();
    expect(field('Full name')).toHaveValue(long);
    traffic.stop();
    expect(traffic.operations).not.toContain('UpdateUserAttributes');
  });

  it('says when the details cannot be read, and "Try again" reads them', async () => {
    expectConsoleError(/attributes failed: InternalErrorException/);
    const cognito = await detailsPool({ attributes: { name: 'Dana Smith' } });
    const config = await signInAs(cognito, EMAIL);
    let failing = true;
    overrideCognito('GetUser', () =>
      failing ? cognitoError('InternalErrorException') : undefined,
    );
    const { user } = await renderApp('/account/details', { config });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load your details');
    expect(alert).toHaveTextContent('The sign-in service had a problem. Try again in a moment.');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('textbox', { name: 'Full name' })).toHaveValue('Dana Smith');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says why Cognito refused, and nothing typed is lost', async () => {
    expectConsoleError(/update-user-attributes failed: InternalErrorException/);
    const cognito = await detailsPool({ attributes: { name: 'Dana Smith' } });
    const { user } = await openDetailsPage(cognito);
    overrideCognito('UpdateUserAttributes', () => cognitoError('InternalErrorException'));

    await user.clear(field('Full name'));
    await user.type(field('Full name'), 'Dana Jones');
    await user.type(field('First name'), 'Dana');
    await user.click(save());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your details were not saved');
    expect(alert).toHaveTextContent('The sign-in service had a problem. Try again in a moment.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(field('Full name')).toHaveValue('Dana Jones');
    expect(field('First name')).toHaveValue('Dana');
    expect((await attributesOf(cognito)).name).toBe('Dana Smith');
  });
});
