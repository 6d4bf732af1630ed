/** The five predefined XML entities back to their characters, for tests that pick parts apart with regular expressions. */
export const decodeXml = (t: string) =>
  t
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
