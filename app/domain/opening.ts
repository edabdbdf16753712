// How an opening's content is referenced ("key@version", as stored on scorecards and
// attempts). The opening form's schema is in ./forms/opening.ts.
export function contentRef(key: string, version: number): string {
  return `${key}@${version}`;
}
