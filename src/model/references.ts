// References from an article to the YAML lists editors maintain: its category must be in
// categories.yaml and its author (when given) in authors.yaml. The same rule, and the same message,
// for the content check before a build and for the site's data layer in the dev server.

export interface KnownReferences {
  categoryIds: ReadonlySet<string>;
  authorIds: ReadonlySet<string>;
  /** The lists' files as editors know them, e.g. "content/categories.yaml". */
  categoriesFile: string;
  authorsFile: string;
}

export interface FieldProblem {
  field: 'category' | 'author';
  message: string;
}

export function referenceProblems(article: { category?: unknown; author?: unknown }, known: KnownReferences): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { category, author } = article;
  if (typeof category === 'string' && !known.categoryIds.has(category)) {
    problems.push({
      field: 'category',
      message: known.categoryIds.size
        ? `chuyên mục "${category}" không có trong ${known.categoriesFile} (có: ${[...known.categoryIds].join(', ')})`
        : `chuyên mục "${category}" không có: ${known.categoriesFile} chưa có chuyên mục hợp lệ nào (xem lỗi của tệp đó)`,
    });
  }
  if (typeof author === 'string' && !known.authorIds.has(author)) {
    problems.push({
      field: 'author',
      message: `tác giả "${author}" không có trong ${known.authorsFile}; thêm tác giả vào đó, hoặc dùng trường "byline" cho người viết không thường xuyên`,
    });
  }
  return problems;
}
