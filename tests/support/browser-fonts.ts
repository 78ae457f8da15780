// The fonts the test browser draws with, whichever Chromium it is (decision 0019). The pages ask for Arial before
// the generic sans-serif; Debian's chromium brings Liberation Sans (Arial's metrics) through its recommended
// packages, but a machine without it falls back to DejaVu Sans, which is wider: then the phone-and-desktop widths
// checks of the public pages fail at 1024 px on any browser. Arimo (Arial's metrics, Vietnamese included) comes
// from the npm package @expo-google-fonts/arimo (plain TTF files, no dependencies) and is named before the system's.
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Writes dir/fonts.conf and returns the browser's environment for it; {} when the font package is missing. */
export function browserFonts(dir: string): Record<string, string> {
  let arimo: string;
  try {
    arimo = dirname(createRequire(import.meta.url).resolve("@expo-google-fonts/arimo/package.json"));
  } catch {
    return {};
  }
  if (!existsSync(arimo)) return {};
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "fonts.conf");
  // Written whole, then renamed into place: a browser started by another run never reads half of it.
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, fontConfig(arimo, join(dir, "fontconfig-cache")));
  renameSync(partial, file);
  return { FONTCONFIG_FILE: file };
}

// The system's fonts and rules stay (its rules map Arial to Arimo or Liberation Sans, both with Arial's metrics).
// The npm Chromium's fontconfig is compiled in and would otherwise read /tmp/fonts/fonts.conf if another program
// left one there.
const fontConfig = (arimo: string, cache: string) => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${arimo}</dir>
  <dir>/usr/share/fonts</dir>
  <dir>/usr/local/share/fonts</dir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
  <alias binding="same"><family>Arial</family><prefer><family>Arimo</family></prefer></alias>
  <cachedir>${cache}</cachedir>
</fontconfig>
`;
