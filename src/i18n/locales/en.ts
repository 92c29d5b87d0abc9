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
    citation: '{{title}}, {{date}}, segment {{number}} ({{id}}). {{url}}',
    notFound: 'No segment “{{id}}” in this text; showing the start.',
    search: 'Find in both languages',
    searchPlaceholder: 'Word, phrase or term…',
    searchResults_one: '{{count}} pair',
    searchResults_other: '{{count}} pairs',
    searchTerm: 'with every rendering of “{{term}}”',
    clearSearch: 'Show all pairs',
    checkFigures: 'Check figures',
    unmatched: 'No matching figure on the other side',
  },
  cite: {
    dialogTitle: 'Cite this passage',
    more: 'Cite in other formats',
    copy: 'Copy',
    close: 'Close',
    formats: {
      chicago: 'Chicago (notes and bibliography)',
      gbt7714: 'GB/T 7714-2015',
      bibtex: 'BibTeX',
      ris: 'RIS',
      'csl-json': 'CSL-JSON',
    },
    localOnly:
      'Copied. This document is kept only in this browser: the link opens it here, nowhere else.',
    changedSince:
      'This link was made for version {{from}} of the text; it has changed since. {{changes}}',
    unknownVersion:
      'This link was made for version {{from}}, which this text does not list; it is now version {{now}}.',
    revision: 'Version {{version}} ({{date}}): {{changes}}',
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
    shortcutsOpen: 'Keys',
    shortcutsHeading: 'Keyboard shortcuts',
    shortcutsClose: 'Close',
    shortcutsKey: 'show this list',
    readerKeyTab: 'reach each side of the text, then the controls',
    readerKeyUpDown: 'previous / next segment, on the same side',
    readerKeyHomeEnd: 'first / last segment',
    readerKeyLeftRight: 'walk the side’s sentences, figures and terms',
    readerKeyEnter: 'jump to the counterpart on the other side',
    readerKeyEscape: 'back to the whole segment; in the search box, clear the search',
    counterpart: 'Other side ({{lang}}):',
    counterpartEmpty: 'The other side ({{lang}}) is empty here.',
  },
  layout: {
    counterpart: 'The other language',
    aboutBy: 'By',
    aboutRole: 'Role',
    aboutSource: 'Source',
    aboutEdition: 'Edition',
    aboutLicence: 'Licence',
    roleAuthor: 'author',
    roleTranslator: 'translator',
    roleEditor: 'editor',
    figurePairs_one: '{{count}} pair',
    figurePairs_other: '{{count}} pairs',
    figuresMissing_one: '{{count}} figure without a counterpart, in {{pairs}}',
    figuresMissing_other: '{{count}} figures without a counterpart, in {{pairs}}',
    figuresNone_one:
      'Nothing is flagged: every figure in the {{count}} pair has its equal on the other side.',
    figuresNone_other:
      'Nothing is flagged: every figure in the {{count}} pairs has its equal on the other side.',
    showAll: 'Show all pairs',
    printedSearch_one:
      'Printed: {{count}} pair containing “{{q}}”, of {{total}}; {{left}} not printed.',
    printedSearch_other:
      'Printed: {{count}} pairs containing “{{q}}”, of {{total}}; {{left}} not printed.',
    printedFigures_one:
      'Printed: {{count}} pair with a figure that lacks its counterpart, of {{total}}; {{left}} not printed.',
    printedFigures_other:
      'Printed: {{count}} pairs with a figure that lacks its counterpart, of {{total}}; {{left}} not printed.',
    localMissing:
      'The document “{{id}}” is not kept in this browser. Documents made on the Import page stay in the browser that made them: open it there, or import its file here.',
    localUnreadable: 'The document kept in this browser cannot be opened: {{error}}',
    delete: 'Delete',
    deleteConfirm: 'Delete “{{title}}” from this browser? This cannot be undone.',
    deleteYes: 'Delete it',
    deleteNo: 'Keep it',
    deleted: 'Deleted “{{title}}” from this browser.',
    deleteFailed: 'Could not delete “{{title}}”: {{error}}',
    edit: 'Open in the editor',
    editReplace: 'The Import page holds work in progress. Replace it with “{{title}}”?',
    editYes: 'Replace it and open',
    editFailed: 'Could not open “{{title}}” in the editor: {{error}}',
  },
} as const;
