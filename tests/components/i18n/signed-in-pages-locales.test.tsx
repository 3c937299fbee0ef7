import { File as NodeFile } from 'node:buffer';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { paths } from '../../../src/config/paths';
import { SignedOutNotice } from '../../../src/features/session/components/signed-out-notice';
import { expectConsoleError } from '../console-guard';
import { identityIdOf, openAsDana } from '../files/support';
import { server } from '../msw-server';
import { renderApp, testConfig } from '../render-app';
import { renderSignedIn, startSessionCognito } from '../session/session-support';
import { startDemoApi } from '../support/demo-api';
import { signInAs } from '../support/sign-in-as';
import { startTestCognito } from '../support/test-cognito';
// Not a React hook, whatever its name says: it stores and activates a locale.
import { chooseLocale, expectNoUnaccentedText } from './locale-support';

// Each test signs in and boots the whole app; on a busy machine a page can take a while.
configure({ asyncUtilTimeout: 5000 });

const EMAIL = 'dana@example.com';

/** The words each check looks for, per language: from the catalogs, written out by hand. */
const WORDS = {
  en: {
    profile: 'Your profile',
    identity: 'Identity',
    signedIn: 'Signed in',
    expiresIn: /^in (\d+ h \d{2} min|\d+ min \d{2} s) \(/,
    apiRecord: 'Your record in the API',
    created: 'Created',
    createdAt: /^Jan 15, 2030, \d{1,2}:\d{2}\s[AP]M$/,
    authTime: /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2}\s[AP]M$/,
    serverError: 'The server had a problem (error 500). Try again later.',
    claims: 'Token claims',
    idClaims: 'ID token claims',
    notes: 'Notes',
    newNote: 'New note',
    empty: 'No notes yet. Write your first one above.',
    length: '8 of 500 characters',
    save: 'Save note',
    saved: 'Note saved: “Buy milk”.',
    notesFailed: 'Could not load your notes',
    admin: 'Admin',
    users: 'Users the API has seen',
    seenAt: /^Jan 15, 2030, \d{1,2}:\d{2}\s[AP]M$/,
    forbidden: "You don't have access to this page",
    showAws: 'Show AWS identity',
    awsExpires: 'AWS credentials expire',
    files: 'Files',
    download: 'Download report.pdf',
    size: /^9 bytes · /,
    filesFailed: 'Your files could not be listed',
    filesNetwork: "We couldn't reach the file store. Check your connection and try again.",
    signOutEverywhere: 'Sign out everywhere',
    signOutNetwork: "We couldn't reach the sign-in service.",
  },
  es: {
    profile: 'Tu perfil',
    identity: 'Identidad',
    signedIn: 'Sesión iniciada',
    expiresIn: /^en (\d+ h \d{2} min|\d+ min \d{2} s) \(/,
    apiRecord: 'Tu registro en la API',
    created: 'Creado',
    createdAt: /^15 ene 2030, \d{1,2}:\d{2}$/,
    authTime:
      /^\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic) \d{4}, \d{1,2}:\d{2}:\d{2}$/,
    serverError: 'El servidor tuvo un problema (error 500). Inténtalo de nuevo más tarde.',
    claims: 'Claims del token',
    idClaims: 'Claims del token de ID',
    notes: 'Notas',
    newNote: 'Nueva nota',
    empty: 'Aún no hay notas. Escribe la primera arriba.',
    length: '8 de 500 caracteres',
    save: 'Guardar nota',
    saved: 'Nota guardada: «Buy milk».',
    notesFailed: 'No se pudieron cargar tus notas',
    admin: 'Administración',
    users: 'Usuarios que ha visto la API',
    seenAt: /^15 ene 2030, \d{1,2}:\d{2}$/,
    forbidden: 'No tienes acceso a esta página',
    showAws: 'Mostrar identidad de AWS',
    awsExpires: 'Las credenciales de AWS caducan',
    files: 'Archivos',
    download: 'Descargar report.pdf',
    size: /^9 bytes · /,
    filesFailed: 'No se pudieron listar tus archivos',
    filesNetwork:
      'No pudimos contactar con el almacén de archivos. Comprueba tu conexión y vuelve a intentarlo.',
    signOutEverywhere: 'Cerrar sesión en todas partes',
    signOutNetwork: 'No pudimos contactar con el servicio de inicio de sesión.',
  },
  de: {
    profile: 'Dein Profil',
    identity: 'Identität',
    signedIn: 'Angemeldet',
    expiresIn: /^in (\d+ Std\. \d{2} Min\.|\d+ Min\. \d{2} Sek\.) \(/,
    apiRecord: 'Dein Eintrag in der API',
    created: 'Erstellt',
    createdAt: /^15\.01\.2030, \d{2}:\d{2}$/,
    authTime: /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}$/,
    serverError: 'Der Server hatte ein Problem (Fehler 500). Versuche es später erneut.',
    claims: 'Token-Claims',
    idClaims: 'Claims des ID-Tokens',
    notes: 'Notizen',
    newNote: 'Neue Notiz',
    empty: 'Noch keine Notizen. Schreib oben deine erste.',
    length: '8 von 500 Zeichen',
    save: 'Notiz speichern',
    saved: 'Notiz gespeichert: „Buy milk“.',
    notesFailed: 'Deine Notizen konnten nicht geladen werden',
    admin: 'Verwaltung',
    users: 'Benutzer, die die API gesehen hat',
    seenAt: /^15\.01\.2030, \d{2}:\d{2}$/,
    forbidden: 'Du hast keinen Zugriff auf diese Seite',
    showAws: 'AWS-Identität anzeigen',
    awsExpires: 'AWS-Anmeldedaten laufen ab',
    files: 'Dateien',
    download: 'Herunterladen: report.pdf',
    size: /^9 Byte · /,
    filesFailed: 'Deine Dateien konnten nicht aufgelistet werden',
    filesNetwork:
      'Der Dateispeicher ist nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.',
    signOutEverywhere: 'Überall abmelden',
    signOutNetwork: 'Der Anmeldedienst ist nicht erreichbar.',
  },
} as const;

type Language = keyof typeof WORDS;
const LANGUAGES = Object.keys(WORDS) as Language[];

/** The text of every element matching `selector`: data (ids, dates, claim values), not words. */
const dataIn = (selector: string) =>
  [...document.querySelectorAll(selector)].map((element) => element.textContent ?? '');

/** Data every signed-in page shows: who is signed in, the environment, Intl's dates. */
const commonData = () => [EMAIL, testConfig.environmentName, ...dataIn('time'), ...dataIn('code')];

/** The value next to a term in a description list inside `container`. */
function detailOf(container: HTMLElement, term: string): HTMLElement {
  const dd = within(container).getByText(term, { selector: 'dt' }).nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${term}`);
  return dd;
}

/** Dana, named, in a group, with a custom attribute; signed in, the locale chosen on this browser. */
async function signedInDana(locale: Language | 'en-XA', groups: string[] = []) {
  const cognito = await startTestCognito({
    Schema: [{ Name: 'department', AttributeDataType: 'String', Mutable: true }],
  });
  await cognito.addUser(EMAIL, { name: 'Dana Demo', 'custom:department': 'Research' });
  for (const GroupName of groups) {
    await cognito.emulator.call('CreateGroup', { UserPoolId: cognito.poolId, GroupName });
    await cognito.emulator.call('AdminAddUserToGroup', {
      UserPoolId: cognito.poolId,
      Username: EMAIL,
      GroupName,
    });
  }
  const config = await signInAs(cognito, EMAIL);
  const api = await startDemoApi(cognito);
  await chooseLocale(locale);
  return { cognito, config, api };
}

// The API's record with fixed dates, so the dates on the page can be checked to the day.
const FIXED_ME = {
  user: {
    id: 'api-user-1',
    sub: 'sub-1',
    username: EMAIL,
    createdAt: '2030-01-15T12:00:00.000Z',
    lastSeenAt: '2030-01-16T12:00:00.000Z',
  },
};

describe('/profile in every language', () => {
  it.each(LANGUAGES)('%s: labels, token times and the API record’s dates', async (locale) => {
    const words = WORDS[locale];
    const { config } = await signedInDana(locale, ['editors']);
    server.use(http.get(`${config.apiUrl}/api/me`, () => HttpResponse.json(FIXED_ME)));
    await renderApp('/profile', { config });

    expect(
      await screen.findByRole('heading', { level: 1, name: words.profile }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', locale);
    const identity = screen.getByRole('region', { name: words.identity });
    expect(identity).toHaveTextContent('Dana Demo');
    const session = screen.getByText(words.signedIn, { selector: 'dt' }).closest('section');
    if (!session) throw new Error('no session card');
    expect(detailOf(session, words.signedIn).textContent).toMatch(words.authTime);
    expect(detailOf(session, words.signedIn).nextSibling).toBeNull();
    const expiry = session.querySelectorAll('dd')[1];
    expect(expiry?.textContent).toMatch(words.expiresIn);

    const record = screen.getByRole('region', { name: words.apiRecord });
    await within(record).findByText('api-user-1');
    expect(detailOf(record, words.created).textContent).toMatch(words.createdAt);
  });

  it.each(['es', 'de'] as const)('%s: the API’s failure, described', async (locale) => {
    expectConsoleError(/^\[api\] me failed: ApiError$/);
    const { config } = await signedInDana(locale);
    server.use(
      http.get(`${config.apiUrl}/api/me`, () =>
        HttpResponse.json({ error: 'server_error' }, { status: 500 }),
      ),
    );
    await renderApp('/profile', { config });

    const record = await screen.findByRole('region', { name: WORDS[locale].apiRecord });
    const alert = await within(record).findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent(WORDS[locale].serverError);
  });

  it('shows no unaccented English in the pseudo-locale, the API error included', async () => {
    expectConsoleError(/^\[api\] me failed: ApiError$/);
    const { config } = await signedInDana('en-XA', ['editors']);
    server.use(
      http.get(`${config.apiUrl}/api/me`, () =>
        HttpResponse.json({ error: 'server_error' }, { status: 500 }),
      ),
    );
    await renderApp('/profile', { config });
    await screen.findByText('Dana Demo');
    await screen.findByRole('alert', {}, { timeout: 8000 });

    expectNoUnaccentedText([
      ...commonData(),
      'Dana Demo',
      'custom:department',
      'Research',
      'editors',
    ]);
  });
});

describe('/profile/claims in every language', () => {
  it.each(LANGUAGES)('%s: heading, captions and claim times', async (locale) => {
    const { config } = await signedInDana(locale);
    await renderApp('/profile/claims', { config });

    expect(
      await screen.findByRole('heading', { level: 1, name: WORDS[locale].claims }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: WORDS[locale].idClaims });
    const exp = within(table).getByRole('rowheader', { name: 'exp' }).nextElementSibling;
    expect(exp?.querySelector('time')?.textContent).toMatch(WORDS[locale].authTime);
  });

  it('shows no unaccented English in the pseudo-locale', async () => {
    const { config } = await signedInDana('en-XA', ['editors']);
    await renderApp('/profile/claims', { config });
    await screen.findAllByRole('table');

    expectNoUnaccentedText([
      ...commonData(),
      ...dataIn('.claims-table li'),
      ...dataIn('.claims-table th[scope="row"]'),
      'true',
      'false',
    ]);
  });
});

describe('/notes in every language', () => {
  it.each(LANGUAGES)('%s: the empty list, then a saved note', async (locale) => {
    const words = WORDS[locale];
    const { config } = await signedInDana(locale);
    const { user } = await renderApp('/notes', { config });

    expect(await screen.findByRole('heading', { level: 1, name: words.notes })).toBeInTheDocument();
    expect(await screen.findByText(words.empty)).toBeVisible();
    const field = screen.getByRole('textbox', { name: new RegExp(words.newNote) });
    await user.type(field, 'Buy milk');
    expect(field).toHaveAccessibleDescription(words.length);
    await user.click(screen.getByRole('button', { name: words.save }));
    const status = within(screen.getByRole('main')).getAllByRole('status').at(-1);
    await waitFor(() => expect(status).toHaveTextContent(words.saved));
  });

  it.each(['es', 'de'] as const)('%s: a list that failed to load', async (locale) => {
    expectConsoleError(/^\[api\] notes failed: ApiError$/);
    const { config } = await signedInDana(locale);
    server.use(
      http.get(`${config.apiUrl}/api/notes`, () =>
        HttpResponse.json({ error: 'server_error' }, { status: 500 }),
      ),
    );
    await renderApp('/notes', { config });

    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent(WORDS[locale].notesFailed);
    expect(alert).toHaveTextContent(WORDS[locale].serverError);
  });

  it('shows no unaccented English in the pseudo-locale: notes, the empty list, an error', async () => {
    expectConsoleError(/^\[api\] notes failed: ApiError$/);
    const { config, api } = await signedInDana('en-XA');
    const dana = await api.userFor(EMAIL);
    await api.store.addNote(dana.id, 'Buy milk');
    const { user } = await renderApp('/notes', { config });
    await screen.findByText('Buy milk');
    expectNoUnaccentedText([...commonData(), 'Buy milk']);

    // The only note deleted: the empty list, and its announcement.
    const deleteButton = screen.getByRole('button', { name: /Buy milk/ });
    await user.click(deleteButton);
    await waitFor(() => expect(screen.queryByText('Buy milk', { selector: 'p' })).toBeNull());
    await screen.findByText(/^\[Ñö ñöţéš ýéţ/);
    expectNoUnaccentedText([...commonData(), 'Buy milk']);

    // Loading fails: the alert and the API error's description.
    server.use(
      http.get(`${config.apiUrl}/api/notes`, () =>
        HttpResponse.json({ error: 'server_error' }, { status: 500 }),
      ),
    );
    await user.type(screen.getByRole('textbox'), 'x');
    await user.click(screen.getByRole('button', { name: /^\[Šáṽé ñöţé/ }));
    await screen.findByRole('alert', {}, { timeout: 8000 });
    expectNoUnaccentedText([...commonData(), 'Buy milk']);
  });
});

describe('/admin in every language', () => {
  it.each(LANGUAGES)('%s: the users table with its dates', async (locale) => {
    const words = WORDS[locale];
    const { config, api } = await signedInDana(locale, ['admin']);
    await api.store.seeUser('other-sub', 'someone-else', new Date('2030-01-15T12:00:00Z'));
    await renderApp('/admin', { config });

    expect(await screen.findByRole('heading', { level: 1, name: words.admin })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: words.users });
    const row = within(table).getByRole('rowheader', { name: 'someone-else' }).closest('tr');
    expect(row?.querySelector('time')?.textContent).toMatch(words.seenAt);
  });

  it('de: says a non-admin has no access', async () => {
    const { config } = await signedInDana('de');
    await renderApp('/admin', { config });
    expect(await screen.findByText(WORDS.de.forbidden)).toBeVisible();
  });

  it.each([
    ['the users table', ['admin']],
    ['the refusal for a non-admin', []],
  ])('shows no unaccented English in the pseudo-locale: %s', async (_, groups) => {
    const { config, api } = await signedInDana('en-XA', groups);
    await api.store.seeUser('other-sub', 'someone-else', new Date('2030-01-15T12:00:00Z'));
    await renderApp('/admin', { config });
    await waitFor(() => {
      if (!document.querySelector('main table, main .amplify-alert')) throw new Error('loading');
    });

    // Usernames are data; Cognito's are ids when people sign in with their email.
    expectNoUnaccentedText([...commonData(), ...dataIn('th[scope="row"]'), 'someone-else']);
  });
});

// Pseudo-locale names: English accented, in brackets, ~40% longer.
const PSEUDO = {
  showAws: /^\[Šĥöŵ ÅŴŠ îđéñţîţý/,
  signOutEverywhere: /^\[Šîĝñ öûţ éṽéŕýŵĥéŕé/,
};

/** Opens Dana's profile with files configured, shows her AWS identity, seeds a file. */
async function openFiles(locale: Language | 'en-XA') {
  await chooseLocale(locale);
  const view = await openAsDana('/profile');
  const { user, s3, cognito, identityPoolId } = view;
  const showAws = locale === 'en-XA' ? PSEUDO.showAws : WORDS[locale].showAws;
  await user.click(screen.getByRole('button', { name: showAws }));
  const identity = await waitFor(() => {
    const code = document.querySelector('code.profile-wrap');
    if (!code) throw new Error('no identity yet');
    return code;
  });
  const identityCard = identity.closest('section') as HTMLElement;
  const [identityId] = await identityIdOf(cognito, identityPoolId);
  s3.put(`private/${identityId}/report.pdf`, 'pdf bytes');
  return { ...view, user, identityCard };
}

const link = (path: string) => document.querySelector(`nav a[href="${path}"]`) as HTMLElement;

describe('/files in every language', () => {
  it.each(LANGUAGES)(
    '%s: the AWS identity’s expiry, then the list with size and date',
    async (locale) => {
      const words = WORDS[locale];
      const { user, identityCard } = await openFiles(locale);
      const expiry = detailOf(identityCard, words.awsExpires);
      expect(expiry.querySelector('time')?.textContent).toMatch(words.authTime);

      await user.click(link('/files'));
      expect(
        await screen.findByRole('heading', { level: 1, name: words.files }),
      ).toBeInTheDocument();
      const download = await screen.findByRole('button', { name: words.download });
      const meta = download.closest('li')?.querySelector('.files-meta');
      expect(meta?.textContent).toMatch(words.size);
    },
  );

  it.each(['es', 'en-XA'] as const)('%s: says why the list failed', async (locale) => {
    await chooseLocale(locale);
    const { user, s3 } = await openAsDana('/profile');
    expectConsoleError(/files failed: NetworkError/);
    server.use(
      http.get(`https://${s3.storage.endpoint}/${s3.storage.bucket}`, () => HttpResponse.error()),
    );
    await user.click(link('/files'));

    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    if (locale === 'en-XA') {
      // The size limit's unit comes from Intl.
      expectNoUnaccentedText([...commonData(), 'kB']);
    } else {
      expect(alert).toHaveTextContent(WORDS.es.filesFailed);
      expect(alert).toHaveTextContent(WORDS.es.filesNetwork);
    }
  });

  it('shows no unaccented English in the pseudo-locale: identity, list, delete question', async () => {
    const { user } = await openFiles('en-XA');
    expectNoUnaccentedText(commonData());

    await user.click(link('/files'));
    await screen.findByText('report.pdf');
    expectNoUnaccentedText([...commonData(), 'report.pdf', 'bytes', 'kB']);

    // Asked to delete: the question and its buttons.
    const [, remove] = screen.getAllByRole('button', { name: /report\.pdf/ });
    await user.click(remove as HTMLElement);
    await screen.findByRole('group');
    expectNoUnaccentedText([...commonData(), 'report.pdf', 'bytes', 'kB']);
  });
});

describe('a file too large, in every language', () => {
  it.each([
    ['de', '„big.bin“ ist 2 kB groß; Dateien dürfen höchstens 1 kB groß sein.'],
    ['es', '«big.bin» ocupa 2 kB; los archivos pueden ocupar como máximo 1 kB.'],
    ['en-XA', undefined],
  ] as const)('%s: the size and the limit, in a sentence', async (locale, sentence) => {
    await chooseLocale(locale);
    const { user } = await openAsDana('/files');
    const picker = document.querySelector('input[type="file"]') as HTMLInputElement;
    // Node's File: see files.test.tsx.
    await user.upload(picker, new NodeFile(['x'.repeat(2000)], 'big.bin') as unknown as File);

    const alert = await screen.findByRole('alert');
    if (sentence) expect(alert).toHaveTextContent(sentence);
    else expectNoUnaccentedText([...commonData(), 'big.bin', 'kB'], alert);
  });
});

describe('signing out, failed, in every language', () => {
  it.each(['es', 'de', 'en-XA'] as const)(
    '%s: says why, and that you are still signed in',
    async (locale) => {
      const cognito = await startSessionCognito();
      await cognito.addUser(EMAIL);
      await chooseLocale(locale);
      const { user } = await renderSignedIn(cognito, EMAIL, '/profile/claims');
      await screen.findByRole('heading', { level: 1 });
      const offline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
      onTestFinished(() => offline.mockRestore());
      expectConsoleError(/sign-out-everywhere failed: NetworkError/);

      const header = within(screen.getByRole('banner'));
      const name = locale === 'en-XA' ? PSEUDO.signOutEverywhere : WORDS[locale].signOutEverywhere;
      await user.click(await header.findByRole('button', { name }));
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
      if (locale === 'en-XA') expectNoUnaccentedText([], alert);
      else expect(alert).toHaveTextContent(WORDS[locale].signOutNetwork);
    },
  );
});

describe('the signed-out notice in every language', () => {
  it.each([
    ['en', 'You are signed out', 'Sign in'],
    ['es', 'Has cerrado la sesión', 'Inicia sesión'],
    ['de', 'Du bist abgemeldet', 'Melde dich an'],
  ] as const)(
    '%s: heading, and a link to sign in that comes back here',
    async (locale, title, link) => {
      await chooseLocale(locale);
      render(
        <MemoryRouter>
          <SignedOutNotice redirectTo="/notes" />
        </MemoryRouter>,
      );
      expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: link })).toHaveAttribute(
        'href',
        paths.auth.signIn.getHref('/notes'),
      );
    },
  );

  it('shows no unaccented English in the pseudo-locale', async () => {
    await chooseLocale('en-XA');
    const { container } = render(
      <MemoryRouter>
        <SignedOutNotice redirectTo="/notes" />
      </MemoryRouter>,
    );
    expectNoUnaccentedText([], container);
  });
});
