// The article page's one script: the comment form's enhancement, the share button and the "Tin mới"
// column (each does nothing where its markup is absent).
import { enhanceCommentForms } from './comment-form.ts';
import { enhanceShareButtons } from './share-button.ts';
import { showLatestNews } from './latest-news.ts';

enhanceCommentForms();
enhanceShareButtons();
void showLatestNews();
