/**
 * The content script's work on one page: detection on the live document (cheap), then the
 * page serialised and sent to the background, which extracts, attributes and summarizes
 * it (so the page's main thread stays free), then badges anchored in the live page;
 * answers the popup; follows single-page navigation.
 */
import { detectSteps, type Claim, type PageAnalysis } from '../core/index';
import { MAX_PAGE_CHARS, MAX_PAGE_HTML_CHARS, type ContentMessageType, type PopupView } from '../messages';
import { listen, sendToBackground } from '../platform/messaging';
import { watchPage } from '../platform/page-watch';
import { isContextValid, message } from '../platform/runtime';
import { loadSettings, onSettingsChanged } from '../platform/settings-store';
import { DEFAULT_SETTINGS, isBlockedHost, type Settings } from '../settings';
import { Anchorer, isOwnElement, sentenceEnd, sentenceStart, type DomPoint } from './anchor';
import { BadgeLayer, schemeAt, type BadgeClaim, type BadgeGroup, type BadgeStrings } from './badges';
import { Highlighter, toRange } from './highlight';
import { serializePage } from './serialize';
import { measure, runInIdleSlices } from './slices';

/** Quiet time after the page changes before looking again (ms): SPAs render in bursts. */
const WATCH_DEBOUNCE_MS = 700;
/** Text added to the page that makes us look at it again (characters): less is a widget or an ad. */
const MIN_ADDED_CHARS = 400;
/** Longest slice of badge work in one task (ms), well under the 50 ms of a long task. */
const SLICE_MS = 12;

const nextTask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

function badgeStrings(): BadgeStrings {
  return {
    kind: {
      person: message('kindPerson', [], 'Person'),
      organization: message('kindOrganization', [], 'Organisation'),
      outlet: message('kindOutlet', [], 'News outlet'),
      anonymous: message('kindAnonymous', [], 'Unnamed source'),
      document: message('kindDocument', [], 'Document'),
      unknown: message('kindUnknown', [], 'Unknown source'),
    },
    direct: message('badgeDirectQuote', [], 'Direct quote'),
    paraphrase: message('badgeParaphrase', [], 'Paraphrase'),
    via: (o) => message('badgeVia', [o], `via ${o}`),
    cue: (c) => message('badgeCue', [c], `Cue: “${c}”`),
    label: (s) => message('badgeLabel', [s], `Attributed to ${s}`),
  };
}

/** Where a claim's whole statement ends in the article text. */
export function claimEnd(c: Claim): number {
  return Math.max(c.content.end, c.cue.end, c.source?.end ?? 0);
}

/** Where a claim's whole statement starts in the article text. */
export function claimStart(c: Claim): number {
  return Math.min(c.content.start, c.cue.start, c.source?.start ?? Number.MAX_SAFE_INTEGER);
}

/** Document order of two DOM points (negative when `a` comes first). */
function comparePoints(a: DomPoint, b: DomPoint): number {
  if (a.node === b.node) return a.offset - b.offset;
  return a.node.compareDocumentPosition(b.node) & 4 /* FOLLOWING */ ? -1 : 1;
}

/** Runs the content script on the current page. */
export function startContent(): void {
  const ctl = new PageController(document);
  listen<ContentMessageType>(
    {
      'page/analyze': (p) => ctl.analyze(p.force),
      'page/state': () => ctl.state(),
      'page/scroll-to-claim': (p) => ctl.scrollToClaim(p.index),
      'page/set-badges': (p) => ctl.setBadges(p.visible),
    },
    { requireExtensionPage: true },
  );
  void ctl.start();
}

/** The state and work of the content script in one page. */
export class PageController {
  private settings: Settings = DEFAULT_SETTINGS;
  private ready: Promise<void> = Promise.resolve();
  private view: PopupView | null = null;
  private analysis: PageAnalysis | null = null;
  private running: Promise<PopupView> | null = null;
  private runningForced = false;
  private generation = 0;
  private badgesVisible = true;
  private badges: BadgeLayer | null = null;
  private readonly ownTextNodes = new WeakSet<Node>();
  private readonly highlighter: Highlighter;
  private life = new AbortController();
  /** The reader asked for this page (or automatic mode did): follow its changes. */
  private engaged = false;
  private watching = false;

  constructor(private readonly doc: Document) {
    this.highlighter = new Highlighter(doc);
  }

  /** Reads the settings, hooks page lifecycle events and, in automatic mode, analyses. */
  async start(): Promise<void> {
    this.ready = loadSettings().then(
      (s) => {
        this.settings = s;
        this.badgesVisible = s.badges;
      },
      () => undefined,
    );
    await this.ready;
    // The reader switched inline badges on or off in the options: follow at once.
    onSettingsChanged((s) => {
      const badgesChanged = s.badges !== this.settings.badges;
      this.settings = s;
      if (badgesChanged) void this.setBadges(s.badges);
    });
    addEventListener('pagehide', () => this.life.abort());
    addEventListener('pageshow', (e) => {
      if (!e.persisted) return;
      // Back from the back-forward cache: a new page life with the same analysis.
      this.life = new AbortController();
      this.watching = false;
      if (this.engaged) this.watch();
      if (this.analysis) this.reportClaims(this.analysis.claims.length);
    });
    if (this.settings.autoAnalyze && !isBlockedHost(this.settings, location.hostname)) void this.analyze(false);
  }

  /** Stops following the page and removes everything the extension put in it. */
  stop(): void {
    this.life.abort();
    this.generation++;
    this.clearBadges();
    this.highlighter.clear();
  }

  /** The popup's view of this page, analysing it first if needed. */
  async analyze(force: boolean): Promise<PopupView> {
    await this.ready;
    this.engaged = true;
    this.watch();
    if (this.running && (this.runningForced || !force)) return this.running;
    const v = this.view;
    if (v && v.status !== 'error' && v.status !== 'analysing' && !(force && v.status === 'not-article')) return this.currentView();
    return this.run(force, false);
  }

  /** The current view without new work. */
  state(): PopupView {
    return this.currentView();
  }

  private currentView(): PopupView {
    if (this.running || !this.view) return { status: 'analysing' };
    if (this.view.status === 'ready') return { ...this.view, badgesVisible: this.badgesVisible };
    return this.view;
  }

  /** Scrolls to claim `index` and highlights its sentence. */
  scrollToClaim(index: number): { ok: boolean } {
    const a = this.analysis;
    const c = a?.claims[index];
    if (!a || !c) return { ok: false };
    const text = a.article.text;
    const start = sentenceStart(text, claimStart(c));
    const end = sentenceEnd(text, claimEnd(c) - 1);
    const span = new Anchorer(this.doc, a.article).anchor(start, end);
    const range = span && toRange(this.doc, span);
    if (!range) return { ok: false };
    this.highlighter.show(range);
    return { ok: true };
  }

  /** Shows or hides the badges of this page. */
  async setBadges(visible: boolean): Promise<{ ok: boolean }> {
    this.badgesVisible = visible;
    if (this.badges) this.badges.setVisible(visible);
    else if (visible && this.analysis) await this.renderBadges(this.analysis, this.generation);
    return { ok: true };
  }

  private watch(): void {
    if (this.watching) return;
    this.watching = true;
    watchPage((change) => this.onPageChange(change.urlChanged, change.addedChars), {
      debounceMs: WATCH_DEBOUNCE_MS,
      isOwnNode: (n) => this.ownTextNodes.has(n) || isOwnElement(n) || (n.nodeType === 1 && isOwnElement((n as Element).parentElement ?? n)),
      signal: this.life.signal,
    });
  }

  private onPageChange(urlChanged: boolean, addedChars: number): void {
    if (!isContextValid()) {
      // The extension was updated or removed: this instance is orphaned and stops here.
      this.life.abort();
      return;
    }
    if (urlChanged) {
      // A new article in the same document: a new page life, and the old article forgotten.
      this.life.abort();
      this.life = new AbortController();
      this.watching = false;
      this.watch();
      this.generation++;
      this.clearBadges();
      this.highlighter.clear();
      this.view = null;
      this.analysis = null;
      this.running = null;
      this.reportClaims(null);
      void this.run(false, false);
    } else if (addedChars >= MIN_ADDED_CHARS && !this.running) {
      void this.run(false, true);
    }
  }

  /**
   * One analysis. With `quiet` (the page only grew), the current badges stay unless the
   * article text came out different.
   */
  private run(force: boolean, quiet: boolean): Promise<PopupView> {
    const gen = ++this.generation;
    const signal = this.life.signal;
    const stale = (): boolean => gen !== this.generation || signal.aborted;
    const url = location.href;
    // What a quiet run that finds nothing new leaves in place.
    const previous = this.view;
    const keep = (): PopupView => (previous && previous.status !== 'analysing' ? previous : { status: 'analysing' });
    const work = async (): Promise<PopupView> => {
      const t0 = performance.now();
      // Detection in idle slices of the page's main thread (the markup first; the text walk only
      // when the markup leaves the verdict open). A walk that passes MAX_PAGE_CHARS stops there.
      const sliced = await runInIdleSlices('detect', detectSteps(this.doc, url, { maxChars: MAX_PAGE_CHARS }), stale);
      if (!sliced) return this.currentView();
      const { detection, features } = sliced.value;
      if (features.bodyChars > MAX_PAGE_CHARS) return { status: 'too-large', chars: features.bodyChars };
      if (detection.verdict !== 'article' && !force) {
        if (quiet && this.analysis) return keep();
        this.clearBadges();
        this.analysis = null;
        this.reportClaims(null);
        return { status: 'not-article', detection };
      }
      await nextTask();
      if (stale()) return this.currentView();
      // Extraction runs in the background on the serialised page (native and fast here).
      const t1b = performance.now();
      const html = serializePage(this.doc);
      measure('serialize', t1b);
      if (html.length > MAX_PAGE_HTML_CHARS) return { status: 'too-large', chars: html.length };
      // Sending copies the page again: in a task of its own.
      await nextTask();
      if (stale()) return this.currentView();
      if (html.length > MAX_PAGE_CHARS && !features.textMeasured) {
        // A large page whose text the walk did not count (the markup alone decided): count it
        // now, rather than send the background more than it will take.
        const tSize = performance.now();
        const pageChars = this.doc.body?.textContent?.length ?? 0;
        measure('size', tSize);
        if (pageChars > MAX_PAGE_CHARS) return { status: 'too-large', chars: pageChars };
      }
      const tSend = performance.now();
      // The message is copied out of the page's thread as it is sent: measured with it.
      const sending = sendToBackground('article/analyze-page', { html, detection, url });
      measure('send', tSend);
      const res = await sending;
      if (stale()) return this.currentView();
      if (res && res.ok === false && 'tooLarge' in res) return { status: 'too-large', chars: res.tooLarge };
      if (!res || res.ok !== true) {
        const msg = res && res.ok === false && 'message' in res ? res.message : '';
        return { status: 'error', message: msg || message('errorAnalysis', [], 'The analysis failed on this page.') };
      }
      if (quiet && this.analysis && this.analysis.article.text === res.analysis.article.text) return keep();
      const analysis = res.analysis;
      analysis.timings.detectMs = sliced.busyMs;
      analysis.timings.totalMs = performance.now() - t0;
      this.clearBadges();
      this.analysis = analysis;
      this.reportClaims(analysis.claims.length);
      if (this.badgesVisible) void this.renderBadges(analysis, gen);
      return { status: 'ready', analysis, badgesVisible: this.badgesVisible };
    };
    this.view = { status: 'analysing' };
    this.runningForced = force;
    const p = work()
      .catch((err: unknown): PopupView => {
        console.error('[news-context]', err);
        return { status: 'error', message: message('errorAnalysis', [], 'The analysis failed on this page.') };
      })
      .then((view) => {
        if (!stale()) {
          this.view = view;
          this.running = null;
        }
        return this.currentView();
      });
    this.running = p;
    return p;
  }

  private reportClaims(count: number | null): void {
    sendToBackground('tab/claims', { count }).catch(() => undefined);
  }

  private clearBadges(): void {
    this.badges?.remove();
    this.badges = null;
  }

  /** Anchors every claim and inserts the badges, in slices that keep each task short. */
  private async renderBadges(analysis: PageAnalysis, gen: number): Promise<void> {
    this.clearBadges();
    const text = analysis.article.text;
    const bySentence = new Map<number, BadgeClaim[]>();
    analysis.claims.forEach((c, index) => {
      const end = sentenceEnd(text, claimEnd(c) - 1);
      const list = bySentence.get(end) ?? [];
      list.push({ index, name: c.speaker.name, kind: c.speaker.kind, role: c.speaker.role, via: c.via, direct: c.direct, cue: c.cue.text });
      bySentence.set(end, list);
    });
    const anchorer = new Anchorer(this.doc, analysis.article);
    const groups: BadgeGroup[] = [];
    let sliceStart = performance.now();
    for (const [end, claims] of bySentence) {
      const point = anchorer.pointAt(end, true);
      if (point) groups.push({ point, claims });
      if (performance.now() - sliceStart > SLICE_MS) {
        measure('anchor', sliceStart);
        await nextTask();
        if (gen !== this.generation) return;
        sliceStart = performance.now();
      }
    }
    measure('anchor', sliceStart);
    sliceStart = performance.now();
    // Points that landed on the same spot share one badge.
    groups.sort((a, b) => comparePoints(b.point, a.point));
    const merged: BadgeGroup[] = [];
    for (const g of groups) {
      const last = merged[merged.length - 1];
      if (last && comparePoints(last.point, g.point) === 0) last.claims.push(...g.claims);
      else merged.push(g);
    }
    if (gen !== this.generation) return;
    measure('group', sliceStart);
    const first = merged[merged.length - 1];
    const scheme = schemeAt(first ? first.point.node.parentElement : null);
    const layer = new BadgeLayer(this.doc, badgeStrings(), this.ownTextNodes);
    this.badges = layer;
    layer.setVisible(this.badgesVisible);
    // Insert last-first, so a split text node never moves a point still to be used.
    for (let i = 0; i < merged.length; ) {
      sliceStart = performance.now();
      while (i < merged.length && performance.now() - sliceStart < SLICE_MS) layer.render([merged[i++]!], scheme);
      measure('badges', sliceStart);
      if (i < merged.length) {
        await nextTask();
        if (gen !== this.generation || this.badges !== layer) return;
      }
    }
  }
}
