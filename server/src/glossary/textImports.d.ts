/** esbuild's text loader (and test/registerTsv.cjs in tests) turn a .tsv import into its text. */
declare module '*.tsv' {
  const text: string;
  export default text;
}
