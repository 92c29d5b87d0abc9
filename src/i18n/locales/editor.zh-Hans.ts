import type { EditorLocale } from '../types.ts';

/** 导入页与对齐编辑器的界面文字。 */
export const editorZhHans: EditorLocale = {
  heading: '导入文本',
};
