// `tsc` cannot read .astro files (Astro type-checks them in its own build); TypeScript modules
// that re-export components see them as opaque components.
declare module "*.astro" {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
