import type { Article } from '../../core/index';
import { t } from '../../ui/i18n';
import { formatDate, hostOf } from '../wording';

/** Props of {@link ArticleHeader}. */
export interface ArticleHeaderProps {
  article: Article;
  url: string | null;
}

/** The article's headline, publisher, byline and date. All page text renders as text. */
export function ArticleHeader({ article, url }: ArticleHeaderProps) {
  const publisher = article.publisher ?? hostOf(url);
  const date = formatDate(article.published);
  return (
    <header class="nc-article">
      <h1 class="nc-headline" title={article.title ?? undefined}>{article.title ?? t('popupUntitled')}</h1>
      <p class="nc-article-meta">
        {publisher && <span class="nc-publisher">{publisher}</span>}
        {article.byline.length > 0 && (
          <span class="nc-byline">{t('popupByline', article.byline.join(', '))}</span>
        )}
        {date && <time dateTime={article.published ?? undefined}>{date}</time>}
      </p>
    </header>
  );
}
