import { useState } from 'react';

/**
 * A form's write: `busy` while it runs, so its submit button is disabled and nothing is sent twice,
 * and what went wrong kept in `failure` (to show with the form, as typed) until the next try or
 * `clearFailure`.
 */
export function useSubmit(): {
  busy: boolean;
  failure: unknown;
  submit(work: () => Promise<void>): Promise<void>;
  clearFailure(): void;
} {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, submit, clearFailure: () => setFailure(null) };
}
