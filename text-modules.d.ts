// Rule docs pages are bundled as text so SARIF help and --list-rules need no files at run time.
declare module '*.md' {
  const text: string;
  export default text;
}
