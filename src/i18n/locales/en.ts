import { editorEn } from './editor.en.ts';
import { learnEn } from './learn.en.ts';

/** English interface strings, grouped by screen. The shape every other locale must match. */
export const en = {
  app: {
    library: 'Library',
    import: 'Import',
    interfaceLanguage: 'Interface language',
    skipToText: 'Skip to the text',
  },
  library: {
    heading: 'Texts',
    segments_one: '{{count}} segment',
    segments_other: '{{count}} segments',
    loading: 'Loading the library…',
    empty: 'No texts yet. Add one to texts/ (see the README).',
    invalid: 'This text has errors: {{error}}',
    failed: 'The library could not be loaded: {{error}}',
    local: 'Made on the Import page, kept in this browser',
  },
  reader: {
    loading: 'Loading the text…',
    layout: 'Layout',
    layoutSide: 'Side by side',
    layoutStacked: 'Stacked',
    layoutSingle: 'One language',
    swap: 'Swap sides',
    copyLink: 'Copy link',
    copyCitation: 'Copy citation',
    copied: 'Copied',
    copyFailed: 'Could not copy; the link is selected for you to copy',
    segmentActions: 'Segment {{number}}',
    note: 'Note',
    seeAlso: 'See also',
    referredFrom: 'Referred to from',
    glossary: 'Glossary',
    provenance: 'About this edition',
    segmentCount_one: '{{count}} segment',
    segmentCount_other: '{{count}} segments',
    emptySide: '(not in this language)',
    keyboardHelp: 'Keys: ↑/↓ segment, ←/→ sentence, Enter counterpart, Esc back to segment',
    citation: '{{title}}, {{date}}, segment {{number}} ({{id}}). {{url}}',
    notFound: 'No segment “{{id}}” in this text; showing the start.',
    search: 'Find in both languages',
    searchPlaceholder: 'Word, phrase or term…',
    searchResults_one: '{{count}} pair',
    searchResults_other: '{{count}} pairs',
    searchTerm: 'with every rendering of “{{term}}”',
    clearSearch: 'Show all pairs',
    checkFigures: 'Check figures',
    figuresMissing_one: '{{count}} figure without a counterpart, in {{pairs}} pair(s)',
    figuresMissing_other: '{{count}} figures without a counterpart, in {{pairs}} pair(s)',
    figuresAllMatched: 'Every figure has its counterpart',
    unmatched: 'No matching figure on the other side',
  },
  editor: editorEn,
  learn: learnEn,
  errors: {
    heading: 'This text cannot be shown',
    intro: 'The file has problems. Each line names the file, the segment and the field:',
    fetch: 'Could not load {{src}}: {{error}}',
    back: 'Back to the library',
  },
  web: {
    tabSaved:
      'This work was changed in another tab. This tab has stopped saving, so neither overwrites the other.',
    tabCleared:
      'This work was started over in another tab. This tab has stopped saving, so its work is not lost.',
    tabTakeTheirs: 'Load the other tab’s work',
    tabTakeCleared: 'Start over here too',
    tabKeepMine: 'Keep this tab’s work (replaces the other’s)',
    tabHeld: 'not saved: another tab changed this work; choose above which to keep',
    storageUnreadable_one:
      '{{count}} document kept in this browser could not be read; it is left out, not deleted.',
    storageUnreadable_other:
      '{{count}} documents kept in this browser could not be read; they are left out, not deleted.',
    storageFailed: 'The documents kept in this browser cannot be listed: {{error}}',
    draftSetAside:
      'Your saved work could not be read ({{error}}). It was set aside, and the Import page starts afresh.',
    replaceConfirm:
      'A document with the id “{{id}}” is kept in this browser already. Replace it with this one?',
    replaceDeclined: 'Nothing was replaced. Change the id under Details to keep both.',
  },
} as const;
