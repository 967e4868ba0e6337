/** Each movement's line drawing (src/assets/movements/<id>.svg), by movement id. */
const urls = import.meta.glob<string>('../../assets/movements/*.svg', { eager: true, query: '?url', import: 'default' });

const byId = new Map(Object.entries(urls).map(([file, url]) => [file.replace(/^.*\/(.+)\.svg$/, '$1'), url]));

export function illustrationUrl(movementId: string): string | undefined {
  return byId.get(movementId);
}
