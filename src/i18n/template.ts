// The one template style of UI strings: "{name}" placeholders, filled here on the server and in the
// browser alike (client islands receive the templates as JSON, where functions cannot travel).

/** The placeholder names of a template literal type: "{n} kết quả cho “{q}”" → "n" | "q". */
export type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/**
 * A template as text and placeholders, for rendering a value as markup (an element a script updates):
 * "Còn {n} ký tự" → ["Còn ", { name: "n" }, " ký tự"].
 */
export function templateParts(template: string): (string | { name: string })[] {
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? { name: part } : part));
}

/** "{n} kết quả" + { n: 3 } → "3 kết quả". A placeholder without a value is left out. */
export function fill<T extends string>(template: T, values: Record<Placeholders<T>, string | number>): string {
  const given = values as Record<string, string | number>;
  return templateParts(template)
    .map((part) => (typeof part === 'string' ? part : String(given[part.name] ?? '')))
    .join('');
}
