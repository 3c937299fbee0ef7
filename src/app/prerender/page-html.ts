/** What a page loads besides the entry, from Vite's manifest. */
export interface PageAssets {
  readonly styles: readonly string[];
  readonly scripts: readonly string[];
  /** The classic script that runs before the first paint (prerender/boot.ts). */
  readonly boot: string;
}

interface PageHtmlInput {
  /** The built index.html (the entry script and stylesheet already in it). */
  readonly template: string;
  /** The app as renderToString gave it. */
  readonly markup: string;
  /** The path it shows, `*` for any (not-found). */
  readonly path: string;
  /** The digest of the config it was rendered with (lib/config/config-digest.ts). */
  readonly configDigest: string;
  /** The document's title, as HTML text (escaped): lib's pageTitle of the page's h1. */
  readonly title?: string;
  /** The language it is in (config `defaultLocale`), and the ones boot.ts may switch to. */
  readonly locale?: {
    readonly lang: string;
    readonly dir: 'ltr' | 'rtl';
    readonly offered: readonly string[];
  };
  readonly assets: PageAssets;
}

const ROOT = /<div id="root">[\s\S]*?<\/div>/;
const HTML_TAG = /<html([^>]*)>/;

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

const STYLESHEET = /\s*<link rel="stylesheet"[^>]*>/g;
const MODULEPRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const TITLE_END = '</title>';
const TITLE = /<title>[^<]*<\/title>/;
const tag = (html: string) => `\n    ${html}`;

/**
 * The built index.html with the page in #root, the route's stylesheets (so it paints styled
 * before any script runs) and the boot script, which hides the page when this browser will
 * not show it, and starts the app once it is painted (see boot.ts): the app's scripts (entry
 * first, then the entry's and the route's chunks) are named in `<meta name="app-scripts">`,
 * not loaded, so nothing but the page competes for the network before the first paint.
 */
export function pageHtml({
  template,
  markup,
  path,
  configDigest,
  assets,
  locale,
  title,
}: PageHtmlInput): string {
  const entry = template.match(ENTRY_SCRIPT)?.[1];
  if (!ROOT.test(template) || !HTML_TAG.test(template) || !template.includes(TITLE_END) || !entry) {
    throw new Error('index.html must have <html>, <title>, its entry script and <div id="root">');
  }
  const entryStyles = template.match(STYLESHEET)?.map((link) => link.trim()) ?? [];
  const entryChunks = [...template.matchAll(MODULEPRELOAD)].map((match) => match[1] ?? '');
  const scripts = [entry, ...entryChunks, ...assets.scripts].map(escapeAttribute).join(' ');
  const head = [
    `<script src="${escapeAttribute(assets.boot)}"></script>`,
    ...entryStyles,
    ...assets.styles.map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`),
    `<meta name="app-scripts" content="${scripts}">`,
  ];
  return template
    .replace(STYLESHEET, '')
    .replace(MODULEPRELOAD, '')
    .replace(ENTRY_SCRIPT, '')
    .replace(HTML_TAG, (_, attributes: string) => {
      const data = `data-prerendered="${escapeAttribute(path)}" data-config="${escapeAttribute(configDigest)}"`;
      if (!locale) return `<html${attributes} ${data}>`;
      const own = attributes.replace(/\s(?:lang|dir)="[^"]*"/g, '');
      const language = `lang="${escapeAttribute(locale.lang)}" dir="${locale.dir}" data-locales="${escapeAttribute(locale.offered.join(' '))}"`;
      return `<html${own} ${language} ${data}>`;
    })
    .replace(TITLE, (whole) => (title === undefined ? whole : `<title>${title}</title>`))
    .replace(TITLE_END, () => `${TITLE_END}${head.map(tag).join('')}`)
    .replace(ROOT, () => `<div id="root">${markup}</div>`);
}
