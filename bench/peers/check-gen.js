#!/usr/bin/env node
// Checks the atlas page's input: www/gen.js's toEventsAtlas() must give a valid events@1 corpus
// (validated against the repo's schema/events@1.json), deterministically, with every region code in
// data/geo/regions.tsv, every evidence span cutting its summary out of its document's text, about
// 5 % undated events (the real-shaped profile: 38 % undated, 29 % open windows) and the border
// regions most frequent. Run by `run.sh --smoke` (scripts/test.sh).
//   node check-gen.js [n ...]      (default: 100 1000)
'use strict';

const fs = require('fs');
const path = require('path');
const gen = require('./www/gen.js');

const ROOT = path.resolve(__dirname, '..', '..');

// The subset of JSON Schema (2020-12) that schema/events@1.json uses.
function validate(schema, root, value, at, errors) {
  if (errors.length > 20) return;
  if (schema.$ref) {
    const target = schema.$ref.replace(/^#\//, '').split('/').reduce((o, k) => o[k], root);
    return validate(target, root, value, at, errors);
  }
  const fail = (m) => errors.push(at + ': ' + m);
  const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array'
    : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v);
  if ('const' in schema && value !== schema.const) fail('not ' + JSON.stringify(schema.const));
  if (schema.enum && !schema.enum.includes(value)) fail(JSON.stringify(value) + ' not in ' + JSON.stringify(schema.enum));
  if (schema.type) {
    const types = [].concat(schema.type), t = typeOf(value);
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return fail('type ' + t + ', want ' + types);
  }
  if (schema.oneOf) {
    const ok = schema.oneOf.filter((s) => { const e = []; validate(s, root, value, at, e); return !e.length; }).length;
    if (ok !== 1) fail('matches ' + ok + ' of oneOf');
  }
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) fail(JSON.stringify(value) + ' !~ ' + schema.pattern);
    if (schema.minLength && value.length < schema.minLength) fail('too short');
  }
  if (typeof value === 'number') {
    if ('minimum' in schema && value < schema.minimum) fail('below minimum');
    if ('maximum' in schema && value > schema.maximum) fail('above maximum');
  }
  if (Array.isArray(value)) {
    if (schema.minItems && value.length < schema.minItems) fail('fewer than ' + schema.minItems + ' items');
    if (schema.items) value.forEach((v, i) => validate(schema.items, root, v, at + '[' + i + ']', errors));
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const k of schema.required || []) if (!(k in value)) fail('missing ' + k);
    for (const [k, v] of Object.entries(value)) {
      if (schema.properties && schema.properties[k]) validate(schema.properties[k], root, v, at + '.' + k, errors);
      else if (schema.additionalProperties === false) fail('unexpected ' + k);
    }
  }
}

function check(n, seed = 42, profile = undefined) {
  const problems = [];
  const real = profile === 'real';
  const corpus = gen.toEventsAtlas(gen.genEvents(n, seed), profile);
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'events@1.json'), 'utf8'));
  validate(schema, schema, corpus, '$', problems);
  if (corpus.events.length !== n) problems.push(`${corpus.events.length} events, want ${n}`);
  if (JSON.stringify(gen.toEventsAtlas(gen.genEvents(n, seed), profile)) !== JSON.stringify(corpus)) problems.push('not deterministic');

  const known = new Set(fs.readFileSync(path.join(ROOT, 'data', 'geo', 'regions.tsv'), 'utf8')
    .split('\n').slice(1).map((l) => l.split('\t')[0]).filter(Boolean));
  const docs = new Map(corpus.documents.map((d) => [d.id, Buffer.from(d.text, 'utf8')]));
  const ids = new Set(), freq = {};
  let undated = 0, open = 0;
  for (const e of corpus.events) {
    if ((e.when.start === null) !== (e.when.end === null)) open++;
    if (ids.has(e.id)) problems.push('duplicate id ' + e.id);
    ids.add(e.id);
    if (!e.id.startsWith(e.doc + '#')) problems.push(e.id + ': id not <doc>#<n>');
    const text = docs.get(e.doc);
    if (!text) { problems.push(e.id + ': unknown doc ' + e.doc); continue; }
    for (const s of e.evidence) {
      if (text.subarray(s.start, s.end).toString('utf8') !== e.summary) problems.push(e.id + ': evidence is not the summary');
    }
    for (const r of e.ru_regions.concat(e.cn_regions)) {
      if (!known.has(r)) problems.push(e.id + ': region ' + r + ' not in regions.tsv');
      freq[r] = (freq[r] || 0) + 1;
    }
    if (!e.ru_regions.every((r) => r.startsWith('RU-')) || !e.cn_regions.every((r) => r.startsWith('CN-'))) problems.push(e.id + ': region on the wrong side');
    const w = e.when;
    if (w.start === null && w.end === null) {
      undated++;
      if (w.precision !== 'unknown' || w.basis !== 'none') problems.push(e.id + ': undated but ' + w.precision + '/' + w.basis);
    } else if (w.end !== null && w.start > w.end) problems.push(e.id + ': start after end');
  }
  if (n >= 1000) {
    const share = undated / n;
    const want = real ? [0.34, 0.42, '38'] : [0.03, 0.07, '5'];
    if (share < want[0] || share > want[1]) problems.push(`undated ${(share * 100).toFixed(1)} %, want about ${want[2]} %`);
    if (real && (open / n < 0.25 || open / n > 0.33)) problems.push(`open windows ${(100 * open / n).toFixed(1)} %, want about 29 %`);
    const top = Object.entries(freq).sort((a, b) => b[1] - a[1]).slice(0, 9).map((x) => x[0]).sort().join(' ');
    const border = ['CN-HL', 'CN-JL', 'CN-LN', 'CN-NM', 'RU-AMU', 'RU-KHA', 'RU-PRI', 'RU-YEV', 'RU-ZAB'].join(' ');
    if (top !== border) problems.push('the nine most frequent regions are ' + top + ', not the border regions');
    for (const k of ['meeting', 'visit', 'negotiation', 'forum_or_fair', 'agreement', 'cultural', 'other']) {
      if (!corpus.events.some((e) => e.kind === k)) problems.push('no ' + k + ' event');
    }
    for (const p of ['day', 'month', 'year']) if (!corpus.events.some((e) => e.when.precision === p)) problems.push('no ' + p + ' precision');
    if (!corpus.events.some((e) => e.status === 'planned')) problems.push('no planned event');
    if (!real && !corpus.events.some((e) => e.when.end && e.when.end.slice(0, 4) !== e.when.start.slice(0, 4))) problems.push('no multi-year range');
  }
  return { n, problems, regions: Object.keys(freq).length, undated };
}

module.exports = { check, validate };

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  let bad = 0;
  for (const [n, profile] of (sizes.length ? sizes : [100, 1000]).flatMap((n) => [[n, undefined], [n, 'real']])) {
    const r = check(n, 42, profile);
    console.log(`gen N=${n}${profile ? ' ' + profile : ''}: ${r.problems.length ? 'FAIL' : 'ok'} (${r.regions} regions used, ${r.undated} undated)`);
    for (const p of r.problems.slice(0, 20)) console.log('  ' + p);
    if (r.problems.length) bad++;
  }
  process.exit(bad ? 1 : 0);
}
