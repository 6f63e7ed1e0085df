/** The core's public surface: the only path other layers import. */
export * from './model';
export { analyzePage, analyzeArticle, analyzeText } from './pipeline';
export type { AnalyzeOptions, PageResult } from './pipeline';
export { detectArticle, detectSteps } from './detect/detect-article';
export type { PageDetection } from './detect/detect-article';
export { extractArticle, articleFromText } from './extract/extract-article';
export { findClaims } from './attribute/find-claims';
export { summarizeClaims } from './summarize/summarize';
export type { ClaimSummary } from './summarize/summarize';
export { lookupOutlet, outletForHost, findOutletMentions } from './outlets/outlets';
export type { OutletEntry, OutletMention } from './outlets/outlets';
