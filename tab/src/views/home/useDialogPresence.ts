import { useCallback, useEffect, useRef, useState } from 'react';

/** Longer than Fluent's dialog exit motion, so the dialog has restored the page before it goes. */
const EXIT_MS = 400;

/**
 * Mounts a dialog only while it is shown, and closes it before unmounting. A Fluent dialog that is
 * unmounted while open never lifts the aria-hidden it put on the rest of the page; one that stays
 * mounted while closed leaves focus-trap elements in it.
 */
export function useDialogPresence<T>(): {
  value: T | null;
  open: boolean;
  show(value: T): void;
  hide(): void;
} {
  const [value, setValue] = useState<T | null>(null);
  const [open, setOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = useCallback((next: T) => {
    clearTimeout(timer.current);
    setValue(next);
    setOpen(true);
  }, []);
  const hide = useCallback(() => {
    setOpen(false);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setValue(null), EXIT_MS);
  }, []);
  return { value, open, show, hide };
}
