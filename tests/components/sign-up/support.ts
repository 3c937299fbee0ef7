import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Fills a field in one go (a paste): typing every key is slow in jsdom and adds nothing here. */
export async function fill(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

/** The first page render loads the route chunk; allow for a cold transform. */
export const findHeading = (name: string | RegExp) =>
  screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });
