// @crxjs/vite-plugin: `import path from './x.ts?script&module'` gives the built module's path inside the extension.
declare module '*?script&module' {
  const path: string;
  export default path;
}
