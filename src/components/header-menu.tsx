import {
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useId,
  useRef,
  useState,
} from 'react';
import './header-menu.css';
import { useI18n } from '../lib/i18n/use-i18n';

interface HeaderMenuProps {
  readonly children: ReactNode;
}

/**
 * The header's navigation and account actions. Wide screens show them inline; narrow ones
 * (a 360 px phone) get one "Menu" button instead, so the header stays a single line. The
 * switch is CSS alone, so pre-rendered pages lay out right before any script runs.
 */
export function HeaderMenu({ children }: HeaderMenuProps) {
  const [open, setOpen] = useState(false);
  const { t } = useI18n();
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) toggle.current?.focus();
  };
  // Following a link moves to another page: the menu should not stay open over it.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target instanceof Element && event.target.closest('a')) close(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && open) close(true);
  };
  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="amplify-button amplify-button--small app-menu-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        onKeyDown={onKeyDown}
      >
        {t(open ? 'header.closeMenu' : 'header.menu')}
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: delegates to the links and buttons inside. */}
      <div
        id={id}
        className="app-menu"
        data-open={open || undefined}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </>
  );
}
