// The release package (scripts/build.sh): every file package.json lists is
// there, and every file the widget fetches at run time is listed, so an npm
// install of pkg/ can show a chart and open its tools.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';

const pkg = new URL('../../pkg/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', pkg), 'utf8'));

test('the release package lists its files, the tools module and its types included', () => {
  for (const f of manifest.files) assert.ok(existsSync(new URL(f, pkg)), `pkg/${f} is listed but missing`);
  const glue = readFileSync(new URL('newsfig.js', pkg), 'utf8');
  const tools = readFileSync(new URL('newsfig_tools.js', pkg), 'utf8');
  // The files each glue asks for by name, relative to itself.
  const fetched = [...glue.matchAll(/new URL\("([^"]+)",import\.meta\.url\)/g), ...tools.matchAll(/new URL\("([^"]+)",import\.meta\.url\)/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(fetched)].sort(), ['newsfig_bg.wasm', 'newsfig_tools.js', 'newsfig_tools_bg.wasm']);
  // The bars-only build beside it, with the same tools module.
  const bars = readFileSync(new URL('newsfig_bars.js', pkg), 'utf8');
  const barsFetched = [...bars.matchAll(/new URL\("([^"]+)",import\.meta\.url\)/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(barsFetched)].sort(), ['newsfig_bars_bg.wasm', 'newsfig_tools.js', 'newsfig_tools_bg.wasm']);
  for (const f of [...fetched, ...barsFetched, 'newsfig_bars.js', 'newsfig_bars.d.ts', 'newsfig_tools.d.ts', 'changzhi-2022.json']) assert.ok(manifest.files.includes(f), `${f} is not in package.json's files`);
  assert.ok(!manifest.files.includes('snippets'), 'the snippets are bundled into the glue, not shipped');
  assert.match(readFileSync(new URL('newsfig_tools.d.ts', pkg), 'utf8'), /export function checkStory\(value: any\): string\[\];/);
  assert.match(readFileSync(new URL('newsfig_tools.d.ts', pkg), 'utf8'), /export function parseStory\(value: any\): StoryObject;/);
});

test('the story object is typed from the Rust types that read it (tsify)', () => {
  const types = readFileSync(new URL('newsfig.d.ts', pkg), 'utf8');
  assert.match(types, /story\?: StoryObject;/, "MountOptions' story");
  assert.match(types, /export function readStory\(value: StoryObject\): Story;/);
  assert.match(types, /export interface StoryObject \{[^}]*figures: Figure\[\];[^}]*events\?: StoryEvent\[\];/);
  assert.match(types, /export interface Figure \{[^}]*value: Value;[^}]*signed\?: boolean;/);
  assert.match(types, /export type Qualifier = "exact" \| "at_least" \| "more_than" \| "less_than" \| "at_most" \| "approx" \| "nearly";/);
  assert.match(types, /export type ChartKind = "headline" \| "bars" \| "range" \| "share" \| "composition" \| "timeline";/);
  assert.match(types, /export type Value =\s*\| \{ qualifier: Qualifier; value: number \}\s*\| \{\s*qualifier: "range";/);
  // A group's editor notes (issue 26): optional, each annotation naming its item.
  assert.match(types, /export interface Group \{[^}]*highlight\?: string\[\];[^}]*annotations\?: Annotation\[\];/);
  assert.match(types, /export interface Annotation \{[^}]*item: string;[^}]*end\?: End;[^}]*text: Text;/);
  assert.match(types, /export type End = "low" \| "high";/);
});
