import { createContext, type ReactNode, useContext } from 'react';
import type { HostContext } from './context';

const HostReactContext = createContext<HostContext | null>(null);

export function HostProvider(props: { value: HostContext; children: ReactNode }) {
  return <HostReactContext.Provider value={props.value}>{props.children}</HostReactContext.Provider>;
}

/** Where we run: host, frame context, meeting/chat ids, user, locale and theme. */
export function useHost(): HostContext {
  const host = useContext(HostReactContext);
  if (!host) throw new Error('useHost() must be used inside <HostProvider>');
  return host;
}
