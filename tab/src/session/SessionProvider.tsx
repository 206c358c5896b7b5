import { createContext, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type ApiRequest, createRequest } from '../api/client';
import { type Api, createApi } from '../api/endpoints';
import type { ClientConfig } from '../api/types';
import { useHost } from '../host/HostProvider';
import {
  acquireEntraToken,
  clearStoredToken,
  readStoredToken,
  type StoredToken,
  signInAsDevUser,
} from '../host/signIn';
import { useT } from '../i18n/useT';
import { browserStorage, removeUnattributedData } from '../localData/accountStorage';
import { forgetAccount } from '../localData/unsentText';
import { drafts } from '../localData/useDraft';
import { accountKeyOf } from './accountKey';
import { takeEarlyClientConfig } from './earlyClientConfig';

export type SessionState =
  | { status: 'starting' }
  | { status: 'configError'; error: unknown }
  | { status: 'signedOut'; config: ClientConfig; expired: boolean }
  | { status: 'signInError'; config: ClientConfig; error: unknown }
  | { status: 'signedIn'; config: ClientConfig; token: StoredToken };

export interface Session {
  state: SessionState;
  api: Api;
  /** The same client's request function, for views that bring their own endpoints (booking, transcript). */
  request: ApiRequest;
  signInDev(userId: string): Promise<void>;
  /** Forget the token and show the sign-in screen (the token expired or was refused). */
  signOut(): void;
  /**
   * Sign out on purpose ("switch user"): also deletes what this browser kept for the person —
   * drafts and unsent memo edits — so the next person to sign in never sees or sends it.
   */
  switchUser(): void;
  /**
   * A fresh token without a sign-in screen, after the server refused the current one (it expired):
   * the host or MSAL is asked again in entra mode. Null when that is not possible (dev sign-in).
   */
  refreshToken(): Promise<string | null>;
  /** Start over from client-config (after a network error or a failed entra sign-in). */
  restart(): void;
}

export const SessionContext = createContext<Session | null>(null);

/** Owns who is signed in, and the API client that carries their token. */
export function SessionProvider(props: { children: ReactNode }) {
  const host = useHost();
  const { locale } = useT();
  const [state, setState] = useState<SessionState>({ status: 'starting' });
  const [attempt, setAttempt] = useState(0);

  // The client reads token and locale through refs so it stays one stable object for the
  // whole page; views can keep it in effect dependencies without refetching on every render.
  const tokenRef = useRef<string | null>(null);
  const localeRef = useRef(locale);
  // Assigned during render on purpose: child effects (which refetch on a locale switch) run
  // before this component's effects, and must already send the new Accept-Language.
  localeRef.current = locale;
  const configRef = useRef<ClientConfig | null>(null);

  // A memo queue from before queues named their writer cannot be given to anyone.
  useEffect(() => removeUnattributedData(browserStorage()), []);

  const request = useMemo(
    () =>
      createRequest({
        getToken: () => tokenRef.current,
        getLocale: () => localeRef.current,
        onUnauthorized: () => {
          tokenRef.current = null;
          clearStoredToken();
          const config = configRef.current;
          if (config) setState({ status: 'signedOut', config, expired: true });
        },
      }),
    [],
  );
  const api = useMemo(() => createApi(request), [request]);

  const signIn = useCallback((config: ClientConfig, token: StoredToken) => {
    performance.mark('taiwa:signedIn');
    tokenRef.current = token.accessToken;
    const account = accountKeyOf(token.accessToken);
    if (account !== null) drafts.open(account);
    setState({ status: 'signedIn', config, token });
  }, []);

  useEffect(() => {
    void attempt; // re-run when restart() bumps the attempt counter
    const controller = new AbortController();
    setState({ status: 'starting' });
    (async () => {
      let config: ClientConfig;
      try {
        const early = takeEarlyClientConfig();
        config = await (early === null
          ? api.clientConfig(controller.signal)
          : early.catch(() => api.clientConfig(controller.signal)));
      } catch (error) {
        if (!controller.signal.aborted) setState({ status: 'configError', error });
        return;
      }
      if (controller.signal.aborted) return;
      configRef.current = config;
      if (config.authMode === 'dev') {
        const stored = readStoredToken();
        if (stored) signIn(config, stored);
        else setState({ status: 'signedOut', config, expired: false });
        return;
      }
      try {
        const token = await acquireEntraToken(config, host);
        if (!controller.signal.aborted) signIn(config, token);
      } catch (error) {
        if (!controller.signal.aborted) setState({ status: 'signInError', config, error });
      }
    })();
    return () => controller.abort();
  }, [api, host, signIn, attempt]);

  const session = useMemo<Session>(() => {
    const signOut = () => {
      tokenRef.current = null;
      clearStoredToken();
      const config = configRef.current;
      if (config?.authMode === 'dev') setState({ status: 'signedOut', config, expired: false });
      else setAttempt((n) => n + 1);
    };
    return {
      state,
      api,
      request,
      signInDev: async (userId) => {
        const config = configRef.current;
        if (!config) return;
        signIn(config, await signInAsDevUser(api, userId));
      },
      signOut,
      switchUser: () => {
        const account = tokenRef.current === null ? null : accountKeyOf(tokenRef.current);
        if (account !== null) forgetAccount(account);
        signOut();
      },
      restart: () => setAttempt((n) => n + 1),
      refreshToken: async () => {
        const config = configRef.current;
        if (config?.authMode !== 'entra') return null;
        try {
          const token = await acquireEntraToken(config, host);
          signIn(config, token);
          return token.accessToken;
        } catch {
          return null;
        }
      },
    };
  }, [state, api, request, signIn, host]);

  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}
