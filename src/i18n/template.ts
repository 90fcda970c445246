// The one template style of UI strings: "{name}" placeholders, filled here on the server and in the
// browser alike (client islands receive the templates as JSON, where functions cannot travel).

/** The placeholder names of a template literal type: "{n} kết quả cho “{q}”" → "n" | "q". */
export type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** "{n} kết quả" + { n: 3 } → "3 kết quả". A placeholder without a value is left out. */
export function fill<T extends string>(template: T, values: Record<Placeholders<T>, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String((values as Record<string, string | number>)[name] ?? ''));
}
