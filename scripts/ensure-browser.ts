// Run before export and tests: finds a browser, or on Debian/Ubuntu as root
// installs Debian's Chromium (and its headless-only build, where the archive has it: see
// SYSTEM_BROWSERS). Anywhere else it says what to run, and exits 1.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolveBrowser } from './browser.ts'

const found = await resolveBrowser()
if (found.ok) {
  console.log(`Browser: ${found.path} (from ${found.from})`)
}
else {
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROME_PATH
  if (!canApt) {
    console.error(`\n${found.message}\n`)
    process.exit(1)
  }
  console.log('No browser found: installing Debian\'s Chromium...')
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    const packages = ['chromium']
    try {
      execFileSync('apt-cache', ['show', 'chromium-headless-shell'], { stdio: 'ignore' })
      packages.unshift('chromium-headless-shell')
    }
    catch {}
    console.log(`apt-get install -y ${packages.join(' ')}`)
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  }
  catch {
    console.error(`\napt-get could not install chromium.\n\n${found.message}\n`)
    process.exit(1)
  }
  const again = await resolveBrowser()
  if (!again.ok) {
    console.error(`\n${again.message}\n`)
    process.exit(1)
  }
  console.log(`Browser: ${again.path} (installed)`)
}
