/**
 * Vite plugin: writes the stylesheet of the named HTML pages into the page itself (a <style> element) instead of a
 * <link>, in the build only. An extension page's every request costs milliseconds at open, and a pending stylesheet
 * holds back the page's scripts; the popup's is about 5 KB (issue 15.4). The extension's CSP restricts scripts, not
 * styles, so an inline <style> is allowed; the CSS is AVA's own, never page data.
 */
import type { Plugin } from 'vite';

export function inlineCss(pages: readonly string[]): Plugin {
  return {
    name: 'ava-inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !pages.includes(ctx.path)) return html;
        const bundle = ctx.bundle;
        return html.replace(/<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g, (link, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset' || typeof asset.source !== 'string' || asset.source.includes('</')) return link;
          return `<style>${asset.source}</style>`;
        });
      },
    },
  };
}
