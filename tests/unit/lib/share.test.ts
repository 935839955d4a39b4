import { describe, expect, it } from "vitest";
import { citationBibtex, citationText, embedCode, resizerCode, shareLink, SHARE_NETWORKS } from "~/lib/share/share";

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
    expect(embedCode("https://refugio.example/embed/x/", 'A "quoted" title', 640)).toBe('<iframe src="https://refugio.example/embed/x/" title="A &quot;quoted&quot; title" loading="lazy" style="width:100%;border:0" height="640"></iframe>');
    expect(resizerCode("https://refugio.example")).toBe('<script async src="https://refugio.example/embed.js"></script>');
  });
});
