// Used by the bench scripts: every file under a folder, hidden entries skipped, in
// sorted order (the order extract itself reads a folder in).
const fs = require('node:fs');
const path = require('node:path');

function listFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

module.exports = { listFiles };
