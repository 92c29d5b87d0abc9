/** Editing an alignment: pure operations, undo and redo, conversion to and from documents. */
export * from './state.ts';
export * from './operations.ts';
export * from './history.ts';
export * from './convert.ts';
