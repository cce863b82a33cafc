// The languages the tool speaks to its users. The strategy's own text is never translated.
export const langs = ['nb', 'en'] as const;
export type Lang = (typeof langs)[number];
export const isLang = (value: string): value is Lang => (langs as readonly string[]).includes(value);
