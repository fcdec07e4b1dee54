#!/usr/bin/env node
// Parses WebVTT files with the W3C parser (npm webvtt-parser) and prints, as JSON, each file's
// spec errors and its cues, so tests/test_a11y.py can check timing and line length itself.
// Usage: node vtt_check.mjs FILE.vtt [...]
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { WebVTTParser } = require('webvtt-parser');
const out = {};
for (const file of process.argv.slice(2)) {
  const tree = new WebVTTParser().parse(fs.readFileSync(file, 'utf8'), 'subtitles/captions/descriptions');
  out[file] = {
    errors: tree.errors.map((e) => `line ${e.line}: ${e.message}`),
    cues: tree.cues.map((c) => ({ start: c.startTime, end: c.endTime, text: c.text })),
  };
}
console.log(JSON.stringify(out));
