#!/usr/bin/env bash
# Re-vendor the browser libraries Styrgraf serves from web/static/vendor (no CDN, no bundler).
#
#   web/vendor.sh            # npm install (versions pinned in web/package.json + package-lock.json), copy dist files
#
# Only the built files the pages load are copied, each library with its licence text; node_modules
# stays out of git. Run it after changing a version in package.json, then commit web/static/vendor.
set -euo pipefail
cd "$(dirname "$0")"

if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --ignore-scripts
else
  npm install --no-audit --no-fund --ignore-scripts
fi

VENDOR=static/vendor
rm -rf "$VENDOR"
mkdir -p "$VENDOR/cytoscape" "$VENDOR/yasgui"

version() { node -p "require('./node_modules/$1/package.json').version"; }

# Cytoscape.js: the UMD build exposes window.cytoscape.
cp node_modules/cytoscape/dist/cytoscape.min.js "$VENDOR/cytoscape/"
cp node_modules/cytoscape/LICENSE "$VENDOR/cytoscape/LICENSE"
echo "cytoscape $(version cytoscape)" > "$VENDOR/cytoscape/VERSION"

# YASGUI (@zazuko/yasgui): one UMD bundle (window.Yasgui, with Yasqe/Yasr and CodeMirror inside) + its CSS.
# The CSS references no external fonts or images (icons are inline SVG).
cp node_modules/@zazuko/yasgui/build/yasgui.min.js "$VENDOR/yasgui/"
cp node_modules/@zazuko/yasgui/build/yasgui.min.css "$VENDOR/yasgui/"
echo "@zazuko/yasgui $(version @zazuko/yasgui)" > "$VENDOR/yasgui/VERSION"
# The npm package ships no LICENSE file; its package.json declares MIT. Write the MIT text with the
# copyright holders named there, plus the licence files of the packages bundled into yasgui.min.js.
if [ -f node_modules/@zazuko/yasgui/LICENSE ]; then
  cp node_modules/@zazuko/yasgui/LICENSE "$VENDOR/yasgui/LICENSE"
else
  cat > "$VENDOR/yasgui/LICENSE" <<'MIT'
@zazuko/yasgui — "license": "MIT" (package.json); authors: Triply <info@triply.cc>, Zazuko GmbH.
Source: https://github.com/zazuko/Yasgui (fork of https://github.com/TriplyDB/Yasgui)

The MIT License (MIT)

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial
portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO
EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE
USE OR OTHER DEALINGS IN THE SOFTWARE.
MIT
fi
{
  echo "Licences of the npm packages installed with @zazuko/yasgui (its bundle yasgui.min.js includes them)."
  for pkg in $(node -e '
      const fs = require("fs"), path = require("path");
      const out = [];
      for (const d of fs.readdirSync("node_modules")) {
        if (d.startsWith(".") || d === "cytoscape") continue;
        if (d.startsWith("@")) { for (const s of fs.readdirSync(path.join("node_modules", d))) out.push(d + "/" + s); }
        else out.push(d);
      }
      console.log(out.sort().join("\n"));'); do
    [ -f "node_modules/$pkg/package.json" ] || continue
    echo; echo "==== $pkg $(version "$pkg") ($(node -p "JSON.stringify(require('./node_modules/$pkg/package.json').license || 'see package')")) ===="
    for lic in node_modules/"$pkg"/LICEN[CS]E* node_modules/"$pkg"/licen[cs]e*; do
      [ -f "$lic" ] && cat "$lic" && break
    done
  done
} > "$VENDOR/yasgui/THIRD-PARTY-LICENSES"

du -sh "$VENDOR"/*
echo "vendored into web/$VENDOR"
