/**
 * What is not article text, though it sits inside the article's container: captions and
 * credits, share bars, newsletter and related-story boxes, "Advertisement", comment forms,
 * widgets. Judged from the block's own text and from the class names of its element and
 * ancestors (Readability runs with `keepClasses`). Pure predicates; read the DOM only.
 */
import type { Block } from './body';
import { tagOf } from './dom';

/** How far up to look for a telling class name (block, parent, grandparent...). */
const CLASS_DEPTH = 4;

/**
 * Class or id words of containers that hold no article text. Matched against class and id
 * tokens split on `-`, `_` and case changes, so `share-bar`, `relatedLinks` and `newsletter_signup`
 * all match while `shared-content` does not.
 */
const BOILER_WORDS = new Set([
  'caption', 'captions', 'credit', 'credits', 'share', 'sharing', 'social', 'newsletter', 'newsletters', 'related',
  'promo', 'promos', 'advert', 'advertisement', 'ad', 'ads', 'adslot', 'sponsor', 'sponsored', 'subscribe',
  'subscription', 'signup', 'breadcrumb', 'breadcrumbs', 'comment', 'comments', 'disqus', 'recommended',
  'recommendations', 'toolbar', 'sidebar', 'widget', 'popular', 'trending', 'outbrain', 'taboola', 'byline', 'dateline',
  'timestamp', 'tags', 'tag', 'topics', 'bio', 'author', 'authors', 'footer', 'copyright', 'disclaimer', 'translate',
  'rating', 'pagination', 'pager', 'nav', 'menu', 'cookie', 'inline-ad', 'readmore', 'photo', 'image',
  'img', 'figure', 'gallery', 'video', 'media', 'print', 'email', 'tooltip', 'modal', 'hidden', 'sr',
]);

/** Words that, next to a boilerplate word, mean the container is the article after all. */
const CONTENT_WORDS = new Set(['body', 'content', 'text', 'article', 'story', 'entry', 'post', 'main']);

/** Class and id words of an element, lower-cased. */
function classWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!raw.trim()) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_\-:]+/)
    .filter(Boolean);
}

/** Whether the element's own class names say it is boilerplate (and nothing says it is content). */
export function isBoilerplateContainer(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'figcaption' || tag === 'aside' || tag === 'footer' || tag === 'nav') return true;
  const words = classWords(el);
  if (!words.length) return false;
  let boiler = false;
  for (const w of words) {
    if (CONTENT_WORDS.has(w)) return false;
    if (BOILER_WORDS.has(w)) boiler = true;
  }
  return boiler;
}

/** Short texts that are page furniture wherever they appear. */
const FURNITURE_TEXT = new RegExp(
  [
    '^advertisement$', '^advertising$', '^sponsored( content)?$', '^ad$',
    '^(?:share|tweet|email|print|save|comment)(?: (?:this|on \\w+|article|story|via \\w+))?$',
    '^(?:read|see) (?:more|also|next)\\b.{0,120}$', '^related(?: (?:stories|articles|content|coverage|links))?:?',
    '^(?:click|tap) here\\b', '^(?:sign up|subscribe)\\b.{0,200}$', '^follow (?:us|@\\w+|\\w+ on)\\b.{0,120}$',
    '^(?:post a comment|leave a (?:comment|reply)|\\d+ comments?|comments?)$', '^translate\\s*»?$',
    '^(?:image|photo|picture|video|graphic|illustration)(?: credit)?s?:.{0,200}$',
    '^(?:©|\\(c\\)|copyright\\b).{0,200}$', '^all rights reserved\\.?$',
    '^(?:this (?:article|story|content) is )?(?:only )?available (?:to|for) subscribers\\b',
    '^(?:we use|this (?:site|website) uses) cookies\\b',
    '^(?:getty images|ap photo|reuters|afp|shutterstock|istock)(?:/.{0,60})?$',
    '^(?:updated|published|posted|last updated):? .{0,60}$',
    '^(?:listen to|watch:?) (?:this|the) (?:article|story)\\b', '^\\d+ min(?:ute)? read$',
  ].join('|'),
  'i',
);

/** A row of share buttons: two or more network or action names and nothing else. */
const SHARE_BUTTONS =
  /^(?:(?:share(?: on)?|compartir|partager|teilen|condividi|whatsapp|facebook|messenger|twitter|x|pinterest|pint|pin it|linkedin|reddit|tumblr|email|e-mail|mail|print|telegram|flipboard|baixar|download|copy link|copy|sms|comments?)\b[\s|·,•/]*){2,}$/i;

/**
 * Whether a body block is page furniture: by its text ("Advertisement", "Share this",
 * "Read more: ..."), by where it sits (a caption, a figure), or by a link-only list entry.
 */
export function isBoilerplateBlock(block: Block, el: Element): boolean {
  const text = block.text;
  if (text.length <= 240 && FURNITURE_TEXT.test(text)) return true;
  // A count or a date alone ("2.289", "02 Ago 2017", "Nov. 18, 2019"): page metadata.
  if (text.length <= 30 && /\d/.test(text) && !/\p{L}{4}/u.test(text) && block.tag !== 'li' && block.tag !== 'td') return true;
  if (text.length <= 120 && SHARE_BUTTONS.test(text)) return true;
  // Link-only short blocks: related-story lists, tag clouds, "next article" teasers.
  const linked = block.links.reduce((n, l) => n + (l.end - l.start), 0);
  if (text.length < 200 && linked >= text.length * 0.8 && block.tag !== 'p') return true;
  for (let e: Element | null = el, i = 0; e && i < CLASS_DEPTH; e = e.parentElement, i++) {
    const tag = tagOf(e);
    // Quoted posts (embedded tweets) are the article's text, whatever box the embed sits in.
    if (tag === 'blockquote') return false;
    if (tag === 'figcaption' || tag === 'figure') return text.length < 400;
    if (isBoilerplateContainer(e)) return text.length < 600;
  }
  return false;
}
