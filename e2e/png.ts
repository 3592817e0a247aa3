import type { Page } from '@playwright/test';

/**
 * Decodes a PNG in the browser (a PNG with a right header can still be broken) and returns its size and the colour
 * at (x, y). Used by the specs that check pictures AVA put in a zip: the bundle's frames and the picker's card crop.
 */
export async function decodePngIn(page: Page, bytes: Uint8Array, x: number, y: number) {
  return page.evaluate(
    async ({ b64, x, y }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      return { width: img.naturalWidth, height: img.naturalHeight, rgb: [...g.getImageData(x, y, 1, 1).data.slice(0, 3)] };
    },
    { b64: Buffer.from(bytes).toString('base64'), x, y },
  );
}
