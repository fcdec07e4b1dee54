#!/usr/bin/env node
// Checks a built package's index.html in Debian's headless Chromium, as tests/test_a11y.py asks.
// Usage: node browser_check.mjs PACKAGE_FOLDER [SCREENSHOT_FOLDER]
// Prints one JSON object: axe results per colour scheme, reflow at 320 CSS px and at 200% zoom,
// the keyboard read-along check, console errors, and any request that left the loopback server.
// Never downloads a browser: CHROMIUM_PATH or /usr/bin/chromium is used.
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

// The third section (or the last, in a short statement): past the title block and greeting.
async function bodySection(page) {
  const sections = page.locator('main > section');
  return sections.nth(Math.max(0, Math.min(2, (await sections.count()) - 1)));
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--autoplay-policy=no-user-gesture-required'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.mp3': 'audio/mpeg', '.vtt': 'text/vtt; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.json': 'application/json', '.m3u8': 'audio/mpegurl' };

const [folder, shots] = process.argv.slice(2).map((p) => p && path.resolve(p));
if (!folder || !fs.existsSync(path.join(folder, 'index.html'))) {
  console.error('usage: node browser_check.mjs PACKAGE_FOLDER [SCREENSHOT_FOLDER]');
  process.exit(2);
}

// A loopback server with Range requests, so <audio> seeks as it would on a real site.
const server = http.createServer((req, res) => {
  const file = path.normalize(path.join(folder, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!file.startsWith(folder) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end(); return;
  }
  const size = fs.statSync(file).size;
  const type = TYPES[path.extname(file)] || 'application/octet-stream';
  const range = req.headers.range && /bytes=(\d*)-(\d*)/.exec(req.headers.range);
  if (range) {
    const start = range[1] ? Number(range[1]) : 0;
    const end = range[2] ? Number(range[2]) : size - 1;
    res.writeHead(206, { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Content-Length': end - start + 1,
      'Content-Range': `bytes ${start}-${end}/${size}` });
    fs.createReadStream(file, { start, end }).pipe(res);
  } else {
    res.writeHead(200, { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Content-Length': size });
    fs.createReadStream(file).pipe(res);
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/index.html`;
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'plainvoice-chromium-'));
const result = { url, axe: {}, reflow: {}, keyboard: null, consoleErrors: [], offsite: [] };

async function open(context, options = {}) {
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') result.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => result.consoleErrors.push(String(e)));
  if (options.viewport) await page.setViewportSize(options.viewport);
  if (options.scheme) await page.emulateMedia({ colorScheme: options.scheme });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

async function axe(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      version: r.testEngine.version,
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })),
      passes: r.passes.length,
      incomplete: r.incomplete.map((v) => v.id),
    };
  }, WCAG_TAGS);
}

async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [];
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1) wide.push(el.tagName.toLowerCase() + (el.id ? `#${el.id}` : ''));
    }
    return { viewport: width, scrollWidth: document.documentElement.scrollWidth, overflowing: wide.slice(0, 10) };
  });
}

let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 }, locale: 'en-US',
  });
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (['127.0.0.1', 'localhost'].includes(u.hostname) || ['data:', 'blob:'].includes(u.protocol)) return route.continue();
    result.offsite.push(u.href);
    return route.abort('blockedbyclient');
  });
  for (const scheme of ['light', 'dark']) {
    const page = await open(context, { scheme });
    result.axe[scheme] = await axe(page);
    if (shots) await page.screenshot({ path: path.join(shots, `desktop-${scheme}.png`), fullPage: false });
    await page.close();
    const narrow = await open(context, { scheme, viewport: { width: 320, height: 800 } });
    result.reflow[`320-${scheme}`] = await overflow(narrow);
    if (shots) {
      await narrow.screenshot({ path: path.join(shots, `mobile-320-${scheme}.png`), fullPage: false });
      await (await bodySection(narrow)).screenshot({ path: path.join(shots, `mobile-320-section-${scheme}.png`) });
    }
    await narrow.close();
  }
  // 200% zoom of a 1280 px window is a 640 CSS px viewport at twice the pixel density.
  const zoomContext = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS })
    .then((b) => b.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }).then((c) => ({ b, c })));
  const zoomed = await zoomContext.c.newPage();
  await zoomed.goto(url, { waitUntil: 'load' });
  result.reflow['zoom-200'] = await overflow(zoomed);
  await zoomContext.b.close();

  // Keyboard read-along. While reading, the sentences are text: no roles, no Tab stops, so a
  // screen reader does not say "button" before each. The text's "Choose a sentence to play
  // from" toggle makes them buttons with one Tab stop: ArrowDown moves, Enter plays from the
  // sentence, Escape goes back to the toggle and leaves them text again.
  const page = await open(context, { scheme: 'light' });
  result.keyboard = await (async () => {
    const quiet = await page.evaluate(() => ({
      sentenceRoles: document.querySelectorAll('.text[data-audio] .s[role]').length,
      sentenceTabStops: document.querySelectorAll('.text[data-audio] .s[tabindex]').length,
    }));
    // Buttons a screen reader announces in the statement's text (the accessibility tree).
    const snapshot = await page.locator('main').ariaSnapshot();
    const buttonsHeard = (snapshot.match(/^\s*- button\b/gm) || []).length;
    // The first text with at least two sentences to move between.
    const index = await page.evaluate(() => Array.prototype.findIndex.call(
      document.querySelectorAll('.text[data-audio]'),
      (b) => Array.prototype.filter.call(b.querySelectorAll('.s[data-start]'), (c) => !c.querySelector('a')).length >= 2));
    if (index < 0) return { ok: false, reason: 'no text with two sentences to choose', ...quiet, buttonsHeard };
    const block = page.locator('.text[data-audio]').nth(index);
    const blockId = await block.getAttribute('id');
    const toggle = page.locator(`.pick[aria-controls="${blockId}"]`);
    if (await toggle.count() !== 1 || !(await toggle.isVisible())) {
      return { ok: false, reason: 'no visible toggle for the text', ...quiet, buttonsHeard };
    }
    await toggle.focus();
    await page.keyboard.press('Enter');
    const pressed = await toggle.getAttribute('aria-pressed');
    const first = block.locator('.s[role="button"][tabindex="0"]');
    if (await first.count() !== 1) return { ok: false, reason: 'not exactly one tab stop in the text', ...quiet, buttonsHeard, pressed };
    const focusedFirst = await first.evaluate((el) => document.activeElement === el);
    const start = Number(await first.getAttribute('data-start'));
    const second = block.locator('.s[role="button"]').nth(1);
    const secondStart = Number(await second.getAttribute('data-start'));
    await page.keyboard.press('ArrowDown');
    const moved = await second.evaluate((el) => document.activeElement === el && el.tabIndex === 0);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(400);
    const state = await block.evaluate((el) => {
      const audio = document.getElementById(el.getAttribute('data-audio'));
      const now = el.querySelector('.s.now');
      return { time: audio.currentTime, highlighted: now ? now.getAttribute('data-start') : null,
        tabStops: el.querySelectorAll('[tabindex="0"]').length,
        liveRegions: document.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]').length };
    });
    await page.keyboard.press('Escape');
    const escaped = await block.evaluate((el) => {
      const toggle = document.querySelector(`.pick[aria-controls="${el.id}"]`);
      return document.activeElement === toggle && toggle.getAttribute('aria-pressed') === 'false'
        && el.querySelectorAll('.s[role], .s[tabindex]').length === 0;
    });
    if (shots) {
      await (await bodySection(page)).screenshot({ path: path.join(shots, 'section-light.png') });
      await page.emulateMedia({ colorScheme: 'dark' });
      await block.locator('xpath=ancestor::section[1]').screenshot({ path: path.join(shots, 'readalong-dark.png') });
    }
    return { ok: true, ...quiet, buttonsHeard, pressed, focusedFirst, firstStart: start, secondStart, moved,
      ...state, escaped };
  })();
  await page.close();
} catch (error) {
  result.error = String(error && error.stack ? error.stack : error);
} finally {
  if (context) await context.close().catch(() => {});
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(result, null, 1));
process.exit(result.error ? 2 : 0);
