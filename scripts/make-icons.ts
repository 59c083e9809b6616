/**
 * Draws Fordel's icons into assets/: a rounded tile with a white bar (the national amount) above
 * the same bar split into five coloured parts by the 2025 regional key – the add-in's idea.
 * Run: npx tsx scripts/make-icons.ts (the PNGs are committed; the build only copies them).
 */
import { writeFileSync, mkdirSync } from "fs";
import { join } from "path";
import { PNG } from "pngjs";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

/** The 2025 key as printed (Hovedstaden, Sjælland, Syddanmark, Midtjylland, Nordjylland). */
const KEY = [0.3116, 0.1547, 0.2127, 0.2177, 0.1033];
/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
const PARTS: Rgb[] = [
  [230, 159, 0],
  [86, 180, 233],
  [0, 158, 115],
  [240, 228, 66],
  [204, 121, 167],
];
const TILE: Rgb = [27, 58, 92];
const WHITE: Rgb = [255, 255, 255];

type Rgb = [number, number, number];
type Shape = (x: number, y: number) => Rgb | null;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number, colour: Rgb): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return null;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r ? colour : null;
  };
}

/** The icon as shapes in a unit square, last on top. */
function shapes(size: number): Shape[] {
  const px = 1 / size;
  const margin = size <= 16 ? 0 : 0.04;
  const inset = size <= 16 ? 2 * px : 0.14;
  const gap = Math.max(px, 0.025);
  const left = inset;
  const right = 1 - inset;
  const barHeight = size <= 16 ? 4 * px : 0.18;
  const topY = size <= 16 ? 3 * px : 0.24;
  const splitY = size <= 16 ? 9 * px : 0.58;
  const list: Shape[] = [roundedRect(margin, margin, 1 - margin, 1 - margin, 0.18, TILE)];
  list.push(roundedRect(left, topY, right, topY + barHeight, size <= 16 ? 0 : 0.03, WHITE));
  const total = KEY.reduce((a, b) => a + b, 0);
  const span = right - left - gap * (KEY.length - 1);
  let x = left;
  KEY.forEach((share, i) => {
    const w = (span * share) / total;
    list.push(roundedRect(x, splitY, x + w, splitY + barHeight, size <= 16 ? 0 : 0.02, PARTS[i]));
    x += w + gap;
  });
  return list;
}

/** Renders with 4×4 supersampling, so edges are smooth at every size. */
export function drawIcon(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const list = shapes(size);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let colour: Rgb | null = null;
          for (const s of list) colour = s(x, y) ?? colour;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a++;
          }
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return png;
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, PNG.sync.write(drawIcon(size)));
    process.stderr.write(`wrote ${file}\n`);
  }
}
