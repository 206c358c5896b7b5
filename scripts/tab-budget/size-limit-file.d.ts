// @size-limit/file ships no types; size-limit takes its plugins as opaque objects.
declare module '@size-limit/file' {
  const filePlugin: (...args: unknown[]) => unknown;
  export default filePlugin;
}
