// The PDF worker's start script, run in a module web worker that the
// referral form starts only when a PDF is made. The generator (src/site)
// puts the addresses of the PDF renderer's files and of the font in place
// of the three placeholders. The font is zlib-compressed: the browser's own
// DecompressionStream unpacks it (the PDF embeds a subset of it).
import init, { make_pdf } from "__PDF_JS__";

const ready = (async () => {
  const [, zlib] = await Promise.all([
    init({ module_or_path: "__PDF_WASM__" }),
    fetch("__FONT__").then((response) => {
      if (!response.ok) throw new Error(`the font could not be fetched (${response.status})`);
      return response.arrayBuffer();
    }),
  ]);
  const inflated = new Blob([zlib]).stream().pipeThrough(new DecompressionStream('deflate'));
  const raw = await new Response(inflated).arrayBuffer();
  return new Uint8Array(raw);
})();

// A message is { referral, board }: the referral as JSON text, the Board
// profile as the text fields every page carries ([name, value] pairs). The
// answer is { ok: true, pdf, pages, missing, unsupported } or
// { ok: false, error }.
self.addEventListener('message', async (event) => {
  try {
    const font = await ready;
    const result = make_pdf(event.data.referral, event.data.board, font);
    self.postMessage({ ok: true, ...result }, [result.pdf.buffer]);
  } catch (error) {
    self.postMessage({ ok: false, error: String((error && error.message) || error) });
  }
});
