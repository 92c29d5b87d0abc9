/** English strings of the Import page and alignment editor. */
export const editorEn = {
  heading: 'Import a text',
} as const;
