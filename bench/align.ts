/**
 * `npm run bench:align`: align every evaluation set and print, per set, strict and lax precision,
 * recall and F1 (as Bertalign scores: micro-averaged over a set's documents), the aligner's time
 * and the process's peak memory, then a calibration table (how often links of each confidence
 * are right). Runs offline; the real sets are read in place from ../shared/eval (never copied).
 *
 * Each set runs in a child process of its own, so its peak memory is its own; the figure is the
 * whole process (Node, the dictionary, the texts and the aligner); "+MB" is what aligning added
 * to the peak the process had before it started.
 *
 * Options: `--only <substring>` runs the sets whose name contains it; `--errors` lists the links
 * each set got wrong; `--no-dict` leaves out the CC-CEDICT dictionary; `--in-process` runs every
 * set in this process (quicker to iterate with; memory figures then mean little).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDictionary } from '../src/cli/dictionary.ts';
import {
  alignParagraphs,
  type AlignParagraphOptions,
  type ParagraphLink,
} from '../src/model/align/paragraphs.ts';
import {
  BINS,
  noCalibration,
  noCounts,
  prf,
  scoreInto,
  type Calibration,
  type Counts,
} from '../src/model/align/score.ts';
import type { ParallelText } from '../src/model/types.ts';
import {
  literarySets,
  longText,
  perturb,
  setFromUnits,
  sharedSets,
  unitsOf,
  wmtSentences,
  type EvalSet,
} from './align-sets.ts';

const self = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(self), '..');
const REPORT = path.join(repoRoot, 'texts', 'luo-ruiqing-1952-anti-narcotics.json');
/** The size of the sentence-level news measurement (the WMT22 figure in the aligner's issue). */
const WMT_SENTENCES = 2_383;

const args = process.argv.slice(2);
const option = (name: string): string | undefined =>
  args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
const only = option('--only');
const child = option('--child');
const showErrors = args.includes('--errors');
const useDictionary = !args.includes('--no-dict');
const inProcess = args.includes('--in-process');

/** A named set of documents, built only when it runs. */
interface Group {
  name: string;
  build: () => EvalSet[];
  /** Scored by the document boundaries it keeps, not by links (its gold has no sentence links). */
  boundariesOnly?: boolean;
}

function groups(): { groups: Group[]; notes: string[] } {
  const out: Group[] = [];
  const notes: string[] = [];
  if (!existsSync(REPORT)) {
    notes.push(`skipped the report sets: ${path.relative(repoRoot, REPORT)} is not there yet`);
  } else {
    const units = () => unitsOf(JSON.parse(readFileSync(REPORT, 'utf8')) as ParallelText);
    out.push({ name: 'report', build: () => [setFromUnits('report', units())] });
    for (const seed of [1, 2, 3, 4, 5]) {
      const name = `report-perturbed-s${String(seed)}`;
      out.push({ name, build: () => [setFromUnits(name, perturb(units(), seed, 0.06))] });
    }
    out.push({
      name: 'long-2k',
      build: () => [setFromUnits('long-2k', longText(units(), 2_000, 7))],
    });
    out.push({
      name: 'long-10k',
      build: () => [setFromUnits('long-10k', longText(units(), 10_000, 11))],
    });
  }
  const shared = sharedSets(repoRoot);
  if (shared.note !== undefined) notes.push(shared.note);
  for (const set of shared.sets) out.push({ name: set.name, build: () => [set] });
  const literary = literarySets(repoRoot);
  if (literary.note !== undefined) notes.push(literary.note);
  if (literary.sets.length > 0) out.push({ name: 'mac-test', build: () => literary.sets });
  if (wmtSentences(repoRoot, 0) !== undefined)
    out.push({
      name: 'wmt22-sentences',
      build: () => {
        const set = wmtSentences(repoRoot, WMT_SENTENCES);
        return set === undefined ? [] : [set];
      },
      boundariesOnly: true,
    });
  return { groups: out, notes };
}

/** What one set's run measured. */
interface Result {
  name: string;
  docs: number;
  zh: number;
  en: number;
  counts: Counts;
  calibration: Calibration;
  /** Share of the gold links' ends that are ends of predicted links (boundary sets only). */
  boundaries?: number;
  ms: number;
  /** CPU time of the aligner (user + system): less swayed than `ms` by a machine shared with others. */
  cpuMs: number;
  peakMB: number;
  addedMB: number;
}

const maxRssMB = (): number => process.resourceUsage().maxRSS / 1024;

function printErrors(set: EvalSet, links: readonly ParagraphLink[]): void {
  const key = (l: { a: readonly number[]; b: readonly number[] }): string =>
    `${l.a.join(',')}|${l.b.join(',')}`;
  const gold = new Set(set.gold.map(key));
  const predicted = new Set(links.map(key));
  const clip = (t: string | undefined): string => (t ?? '').slice(0, 50);
  for (const l of links) {
    if (gold.has(key(l))) continue;
    console.log(
      `  ${set.name} wrong ${key(l)} conf=${String(l.confidence)}  zh:${clip(set.zh[l.a[0] ?? -1])}  en:${clip(set.en[l.b[0] ?? -1])}`,
    );
  }
  for (const g of set.gold)
    if (!predicted.has(key(g))) console.log(`  ${set.name} missed ${key(g)}`);
}

/** Ends of links as (zh items so far, en items so far) points. */
function ends(links: readonly { a: readonly number[]; b: readonly number[] }[]): Set<string> {
  const out = new Set<string>();
  let i = 0;
  let j = 0;
  for (const l of links) {
    i += l.a.length;
    j += l.b.length;
    out.add(`${String(i)}:${String(j)}`);
  }
  return out;
}

function runGroup(group: Group, dictionary: AlignParagraphOptions['dictionary']): Result {
  const docs = group.build();
  const before = maxRssMB();
  const counts = noCounts();
  const calibration = noCalibration();
  let ms = 0;
  let cpuMs = 0;
  let kept = 0;
  let boundaries = 0;
  for (const set of docs) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const links = alignParagraphs(set.zh, set.en, dictionary === undefined ? {} : { dictionary });
    ms += performance.now() - started;
    const used = process.cpuUsage(cpu);
    cpuMs += (used.user + used.system) / 1000;
    if (group.boundariesOnly === true) {
      const predicted = ends(links);
      const gold = ends(set.gold);
      boundaries += gold.size;
      for (const e of gold) if (predicted.has(e)) kept++;
    } else {
      scoreInto(links, set.gold, counts, calibration);
      if (showErrors) printErrors(set, links);
    }
  }
  const peak = maxRssMB();
  return {
    name: group.name,
    docs: docs.length,
    zh: docs.reduce((s, d) => s + d.zh.length, 0),
    en: docs.reduce((s, d) => s + d.en.length, 0),
    counts,
    calibration,
    ...(group.boundariesOnly === true ? { boundaries: kept / Math.max(1, boundaries) } : {}),
    ms,
    cpuMs,
    peakMB: peak,
    addedMB: Math.max(0, peak - before),
  };
}

async function dictionaryIfAny(): Promise<AlignParagraphOptions['dictionary']> {
  if (!useDictionary) return undefined;
  try {
    return await loadDictionary();
  } catch (err) {
    console.log(`note: no dictionary (${err instanceof Error ? err.message : String(err)})`);
    return undefined;
  }
}

const RESULT = 'RESULT ';

/** Run one set in a child process; its output lines pass through, its result comes back. */
function inChild(name: string): Result {
  const flags = [...(useDictionary ? [] : ['--no-dict']), ...(showErrors ? ['--errors'] : [])];
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', self, '--child', name, ...flags],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let result: Result | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith(RESULT)) result = JSON.parse(line.slice(RESULT.length)) as Result;
    else if (line !== '') console.log(line);
  }
  if (result === undefined) throw new Error(`bench:align: set ${name} reported nothing`);
  return result;
}

const f3 = (x: number): string => x.toFixed(3);
const cell = (s: string, width: number): string => s.padStart(width);

function printTable(results: readonly Result[]): void {
  const header = `${'set'.padEnd(22)} ${cell('docs', 4)} ${cell('zh', 6)} ${cell('en', 6)} ${cell('gold', 6)} ${cell('P', 6)} ${cell('R', 6)} ${cell('F1', 6)} ${cell('laxP', 6)} ${cell('laxR', 6)} ${cell('laxF1', 6)} ${cell('ms', 7)} ${cell('cpu ms', 7)} ${cell('MB', 5)} ${cell('+MB', 5)}`;
  console.log(`\n${header}\n${'-'.repeat(header.length)}`);
  for (const r of results) {
    const s = prf(r.counts, 'strict');
    const l = prf(r.counts, 'lax');
    const scores =
      r.boundaries === undefined
        ? [s.p, s.r, s.f, l.p, l.r, l.f].map((x) => cell(f3(x), 6)).join(' ')
        : `documents kept apart ${f3(r.boundaries)}`.padEnd(41);
    console.log(
      `${r.name.padEnd(22)} ${cell(String(r.docs), 4)} ${cell(String(r.zh), 6)} ${cell(String(r.en), 6)} ${cell(String(r.counts.gold), 6)} ${scores} ${cell(r.ms.toFixed(0), 7)} ${cell(r.cpuMs.toFixed(0), 7)} ${cell(r.peakMB.toFixed(0), 5)} ${cell(r.addedMB.toFixed(0), 5)}`,
    );
  }
}

/** Per set: links at or above 0.9 and how many are right; then every bin over all sets. */
function printCalibration(results: readonly Result[]): void {
  const scored = results.filter((r) => r.boundaries === undefined);
  const at = (c: Calibration, from: number): [number, number] => {
    let links = 0;
    let right = 0;
    BINS.forEach((lo, k) => {
      if (lo < from) return;
      links += c.links[k] ?? 0;
      right += c.right[k] ?? 0;
    });
    return [links, right];
  };
  console.log('\ncalibration: links with confidence >= 0.9, and how often they are right (strict)');
  for (const r of scored) {
    const [links, right] = at(r.calibration, 0.9);
    const all = r.counts.predicted;
    console.log(
      `  ${r.name.padEnd(22)} ${cell(String(links), 6)} of ${cell(String(all), 6)} links (${cell(((100 * links) / Math.max(1, all)).toFixed(1), 5)}%), right ${links === 0 ? '   -  ' : cell(((100 * right) / links).toFixed(1), 5)}%`,
    );
  }
  console.log('\ncalibration over all sets, by confidence:');
  const total = noCalibration();
  for (const r of scored)
    BINS.forEach((_, k) => {
      total.links[k] = (total.links[k] ?? 0) + (r.calibration.links[k] ?? 0);
      total.right[k] = (total.right[k] ?? 0) + (r.calibration.right[k] ?? 0);
    });
  BINS.forEach((lo, k) => {
    const hi = BINS[k + 1] ?? 1;
    const links = total.links[k] ?? 0;
    const right = total.right[k] ?? 0;
    console.log(
      `  [${lo.toFixed(2)}, ${hi.toFixed(2)}${hi === 1 ? ']' : ')'} ${cell(String(links), 7)} links, right ${links === 0 ? '   -  ' : cell(((100 * right) / links).toFixed(1), 5)}%`,
    );
  });
}

async function main(): Promise<void> {
  const { groups: all, notes } = groups();
  if (child !== undefined) {
    const group = all.find((g) => g.name === child);
    if (group === undefined) throw new Error(`bench:align: no set named ${child}`);
    const result = runGroup(group, await dictionaryIfAny());
    console.log(`${RESULT}${JSON.stringify(result)}`);
    return;
  }
  for (const note of notes) console.log(`note: ${note}`);
  console.log(useDictionary ? 'note: with CC-CEDICT dictionary matches' : 'note: no dictionary');
  const chosen = all.filter((g) => only === undefined || g.name.includes(only));
  const started = performance.now();
  const results: Result[] = [];
  const dictionary = inProcess ? await dictionaryIfAny() : undefined;
  for (const group of chosen)
    results.push(inProcess ? runGroup(group, dictionary) : inChild(group.name));
  printTable(results);
  printCalibration(results);
  console.log(`\nall sets: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await main();
