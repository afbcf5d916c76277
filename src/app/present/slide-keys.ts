/** What a key does in presentation mode. */
export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

const ACTIONS: Readonly<Record<string, SlideAction>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

/** The action of a `KeyboardEvent.key` (presenter remotes send PageUp/PageDown), or null. */
export function slideActionOfKey(key: string): SlideAction | null {
  return Object.hasOwn(ACTIONS, key) ? ACTIONS[key]! : null;
}

/** The slide index after `action`, clamped to the deck (exit leaves it unchanged). */
export function nextSlideIndex(index: number, count: number, action: SlideAction): number {
  const last = Math.max(0, count - 1);
  if (action === 'next') return Math.min(last, index + 1);
  if (action === 'previous') return Math.max(0, index - 1);
  if (action === 'first') return 0;
  if (action === 'last') return last;
  return index;
}
