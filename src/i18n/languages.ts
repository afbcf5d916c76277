/** Languages of the interface, in the order the language menu shows them. */
export const LANGUAGES = ['es', 'pt', 'en'] as const;
/** An interface language. */
export type Language = (typeof LANGUAGES)[number];

/** The language used when the browser asks for none of ours: the region's majority language. */
export const DEFAULT_LANGUAGE: Language = 'es';

/** Whether a string is one of {@link LANGUAGES}. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
