// The browser tests need Debian's Chromium (test tools cannot download their own browser here).
// On a fresh machine where we are root, install it; otherwise say exactly what to run.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const install = 'apt-get update && apt-get install -y chromium fonts-liberation';
  if (!isRoot) {
    console.error(`Chromium not found at ${path}. Install it with:\n  sudo sh -c '${install}'\nor set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log(`Chromium not found at ${path}; installing it: ${install}`);
  execSync(install, { stdio: 'inherit', shell: '/bin/bash' });
}
