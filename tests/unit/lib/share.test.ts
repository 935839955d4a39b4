import { describe, expect, it } from "vitest";
import { citationBibtex, citationText, embedCode, embedFrameKey, resizerCode, shareLink, SHARE_NETWORKS } from "~/lib/share/share";

const target = { url: "https://refugio.example/charts/x/?highlight=HTI&as=share", title: "Who asks for asylum & why" };

describe("share links", () => {
  it("percent-encode the view state and the title for every network", () => {
    for (const network of SHARE_NETWORKS) {
      const link = shareLink(network, target);
      expect(link, network).toContain(encodeURIComponent(target.url).slice(0, 40));
      expect(link, network).not.toContain("?highlight=HTI&as=share");
    }
    expect(shareLink("email", target)).toMatch(/^mailto:\?subject=Who%20asks/);
  });
});

describe("citations", () => {
  const input = { ...target, id: "x", publishers: ["EFE", "La Jornada"], accessed: "2026-11-22", siteName: "Refugio" };
  it("give the access date and the URL of the view", () => {
    expect(citationText(input)).toBe("Refugio (2026). Who asks for asylum & why [Chart]. Data: EFE; La Jornada. https://refugio.example/charts/x/?highlight=HTI&as=share (accessed 2026-11-22).");
  });
  it("escape BibTeX specials", () => {
    const bib = citationBibtex(input);
    expect(bib).toContain("title = {{Who asks for asylum \\& why}}");
    expect(bib).toContain("howpublished = {\\url{https://refugio.example/charts/x/?highlight=HTI&as=share}}");
    expect(bib.startsWith("@misc{refugio_x_2026,")).toBe(true);
  });
});

describe("embed code", () => {
  it("is a titled, lazy, full-width iframe with a height, and a resizer from our origin", () => {
    expect(embedCode("https://refugio.example/embed/x/", 'A "quoted" title', 640)).toBe('<iframe id="datawrapper-chart-refugio-en-x" src="https://refugio.example/embed/x/" title="A &quot;quoted&quot; title" loading="lazy" style="width:100%;border:0" height="640"></iframe>');
    expect(resizerCode("https://refugio.example")).toBe('<script async src="https://refugio.example/embed.js"></script>');
  });
});

describe("Datawrapper-style resizing of language twins", () => {
  // How Datawrapper's older resizer (datawrapper/chart-core, lib/embed.js) finds the iframe for a
  // "datawrapper-height" key: by id "datawrapper-chart-<key>", else the first iframe whose src
  // contains the key. Modelled here to check our keys pick the right twin.
  const find = (doc: Document, key: string) => doc.getElementById(`datawrapper-chart-${key}`) ?? doc.querySelector(`iframe[src*='${key}']`);
  const en = "https://refugio.example/embed/comar-backlog/";
  const es = "https://refugio.example/es/embed/comar-backlog/";

  it("gives each language its own key, and each key finds its own iframe", async () => {
    const { JSDOM } = await import("jsdom");
    const doc = new JSDOM(`<body>${embedCode(en, "EN", 600)}${embedCode(es, "ES", 600)}</body>`).window.document;
    expect(embedFrameKey(en)).not.toBe(embedFrameKey(es));
    expect(find(doc, embedFrameKey(en))?.getAttribute("src")).toBe(en);
    expect(find(doc, embedFrameKey(es))?.getAttribute("src")).toBe(es);
    // A bare chart id, as sent before, finds the English frame for the Spanish twin too.
    expect(find(doc, "comar-backlog")?.getAttribute("src")).toBe(en);
  });
});
