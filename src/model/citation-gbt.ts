/**
 * GB/T 7714-2015 (信息与文献 参考文献著录规则) for one electronic resource, written here because
 * no npm package ships that standard's CSL style (see the README): the other styles go through
 * the CSL processor. Only the one record type duizhao cites is written, in the standard's order
 * for 电子资源 (§4.9, §8): 主要责任者. 题名: 其他题名信息[文献类型标识/载体标识]. 其他责任者. 版本项.
 * 出版者, 出版年: 引文位置(更新或修改日期)[引用日期]. 获取和访问路径.
 */
import { creatorsIn, editionText, locatorText, versionDate, type CiteRequest } from './citation.ts';
import { isChinese, type CreatorName } from './types.ts';

/** A name as the standard writes it: a pinyin or Western family name in capitals (§8.1.1–8.1.2). */
function gbtName(name: CreatorName): string {
  return 'literal' in name ? name.literal : `${name.family.toUpperCase()} ${name.given}`;
}

/** The reference-list entry in GB/T 7714-2015 for the request. */
export function gbt7714(req: CiteRequest): string {
  const { doc, lang } = req;
  const zh = isChinese(lang);
  const title = doc.title[lang] ?? doc.title[doc.languages[0]] ?? doc.id;
  const authors = creatorsIn(doc, 'author', lang).map(gbtName);
  const translators = creatorsIn(doc, 'translator', lang).map(gbtName);
  const parts: string[] = [];
  if (authors.length > 0) parts.push(authors.join(', '));
  // The original's date is other title information; [EB/OL] marks an online resource.
  parts.push(`${title}: ${doc.date}[EB/OL]`);
  if (translators.length > 0) parts.push(`${translators.join(', ')}, ${zh ? '译' : 'trans'}`);
  const edition = editionText(doc, lang);
  if (edition !== undefined) parts.push(edition);
  const updated = versionDate(doc);
  const year = (updated ?? req.accessed).slice(0, 4);
  const publisher = doc.citation?.publisher[lang];
  const where = locatorText(doc, req.target, lang);
  const issued = `${publisher === undefined ? '' : `${publisher}, `}${year}: ${where}`;
  parts.push(`${issued}${updated === undefined ? '' : `(${updated})`}[${req.accessed}]`);
  parts.push(req.url);
  return `${parts.join('. ')}.`;
}
