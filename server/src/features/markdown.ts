/** Text put into the Markdown of hovers, as text: its Markdown characters escaped. */
export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/([\\`*_{}[\]()<>#+!|~])/g, '\\$1');
}
