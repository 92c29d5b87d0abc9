import type { Issue } from '../model/types.ts';

/** Where an issue is; undefined fields are left out (the types forbid explicit undefined). */
export interface Where {
  file?: string | undefined;
  segment?: string | undefined;
  field?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
}

/** An issue with only the places that are known. */
export function makeIssue(code: string, message: string, where: Where = {}): Issue {
  const issue: Issue = { code, message };
  if (where.file !== undefined) issue.file = where.file;
  if (where.segment !== undefined) issue.segment = where.segment;
  if (where.field !== undefined) issue.field = where.field;
  if (where.line !== undefined) issue.line = where.line;
  if (where.column !== undefined) issue.column = where.column;
  return issue;
}
