/**
 * Metadata values (who made a side, its source, its licence) carry no language of their own and
 * often mix scripts: an English sentence naming 《中共中央批转…》. To give each part its right
 * `lang`, a value is cut into runs of Chinese and of other text. Pure: no DOM.
 */

/** A stretch of a value, Chinese or not. */
export interface ScriptRun {
  readonly text: string;
  readonly chinese: boolean;
}

// Han characters and the punctuation that belongs with them (《》、。，「」…), fullwidth forms.
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
// Spaces, digits and ASCII punctuation between two Chinese stretches stay with them.
const NEUTRAL = /[\s\d.,:;()\-–—'"]/u;

/** Cut a value into runs; neutral characters join the run before them unless Chinese follows. */
export function scriptRuns(value: string): ScriptRun[] {
  const runs: { text: string; chinese: boolean }[] = [];
  // Code points suffice: an emoji split into its parts lands in one non-Chinese run all the same.
  const chars = Array.from(value);
  chars.forEach((ch, k) => {
    let chinese = CHINESE.test(ch);
    if (!chinese && NEUTRAL.test(ch)) {
      // Between two Chinese characters a neutral one is Chinese; elsewhere it is not.
      const before = runs.at(-1)?.chinese === true;
      const after = chars.slice(k + 1).find((c) => !NEUTRAL.test(c));
      chinese = before && after !== undefined && CHINESE.test(after);
    }
    const last = runs.at(-1);
    if (last?.chinese === chinese) last.text += ch;
    else runs.push({ text: ch, chinese });
  });
  return runs;
}

/** Whether a value is Chinese on the whole (more Chinese characters than other letters). */
export function mostlyChinese(value: string): boolean {
  const han = value.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = value.match(/\p{L}/gu)?.length ?? 0;
  return han > letters - han;
}
