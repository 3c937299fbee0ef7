import { describe, expect, it } from 'vitest';
import { deviceLabel, timeAgo } from './describe-device';

describe('deviceLabel', () => {
  it.each([
    // User agents (Firefox and Safari send no client hints).
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
      'Firefox on Windows',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
      'Safari on macOS',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      'Safari on iOS',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      'Chrome on Android',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      'Edge on Windows',
    ],
    // Amplify's client-hints form: platform, version, architecture, then the brand list.
    [
      'macOS 14.2.1 arm macOS Not A(Brand/99.0.0.0;Google Chrome/121.0.6167.160;Chromium/121.0.6167.160',
      'Chrome on macOS',
    ],
    [
      'Windows 15.0.0 x86 Windows Microsoft Edge/131.0.2903.70;Chromium/131.0.6778.86',
      'Edge on Windows',
    ],
    ['Linux 6.1 x86 Linux Chromium/141.0.7390.54;Not?A_Brand/8.0.0.0', 'Chromium on Linux'],
    // Neither: a system alone, or the name as given.
    ['Mozilla/5.0 (linux) AppleWebKit/537.36 (KHTML, like Gecko) jsdom/26.1.0', 'Browser on Linux'],
    ['My kiosk', 'My kiosk'],
    ['', 'Unnamed device'],
  ])('%s → %s', (name, label) => {
    expect(deviceLabel({ name })).toBe(label);
  });

  it('shortens a long unknown name', () => {
    expect(deviceLabel({ name: 'x'.repeat(100) })).toBe(`${'x'.repeat(57)}…`);
  });
});

describe('timeAgo', () => {
  const now = Date.parse('2026-12-03T12:00:00Z');
  it.each([
    ['2026-12-03T11:59:40Z', 'just now'],
    ['2026-12-03T11:55:00Z', '5 minutes ago'],
    ['2026-12-03T09:00:00Z', '3 hours ago'],
    ['2026-12-02T10:00:00Z', 'yesterday'],
    ['2026-11-12T12:00:00Z', '3 weeks ago'],
  ])('%s → %s', (iso, text) => {
    expect(timeAgo(iso, now)).toBe(text);
  });
});
