namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>The report's inline style sheet: system fonts only, so the page needs no network.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root {
          --ink: #1f2328; --muted: #656d76; --line: #d8dee4; --stripe: #f6f8fa;
          --rare: #fff3cd; --rare-edge: #e0a800; --gain: #1a7f37; --loss: #cf222e; --accent: #0969da;
        }
        * { box-sizing: border-box; }
        body {
          margin: 0; color: var(--ink); background: #fff;
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
        }
        main { max-width: 1320px; margin: 0 auto; padding: 24px 32px 64px; }
        header h1 { font-size: 28px; margin: 8px 0 4px; }
        header .subtitle { color: var(--muted); margin: 0 0 12px; }
        nav { position: sticky; top: 0; z-index: 1; background: #fff; border-bottom: 1px solid var(--line); padding: 8px 0; margin-bottom: 8px; }
        nav a { color: var(--accent); text-decoration: none; margin-right: 18px; font-size: 14px; white-space: nowrap; }
        nav a:hover { text-decoration: underline; }
        h2 { font-size: 22px; margin: 36px 0 8px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
        h3 { font-size: 18px; margin: 28px 0 8px; }
        h4 { font-size: 15px; margin: 18px 0 6px; }
        .answer { background: #f0f7ff; border-left: 5px solid var(--accent); border-radius: 6px; padding: 16px 22px; margin: 16px 0 8px; }
        .answer .sentence { font-size: 19px; font-weight: 600; margin: 0 0 8px; }
        .answer ul { margin: 0; padding-left: 20px; color: #24292f; }
        .legend { color: var(--muted); font-size: 13px; margin: 6px 0 10px; }
        .legend .swatch { display: inline-block; width: 12px; height: 12px; vertical-align: -1px; background: var(--rare); border: 1px solid var(--rare-edge); margin-right: 4px; }
        .table-wrap { overflow-x: auto; margin: 8px 0 4px; }
        table { border-collapse: collapse; font-size: 13.5px; font-variant-numeric: tabular-nums; min-width: 50%; }
        caption { text-align: left; font-weight: 600; font-size: 15px; padding: 4px 0 8px; }
        th, td { border-bottom: 1px solid var(--line); padding: 6px 10px; vertical-align: top; }
        thead th { background: var(--stripe); text-align: left; font-weight: 600; border-bottom: 2px solid var(--line); }
        td { text-align: right; white-space: nowrap; }
        tbody th { text-align: left; font-weight: 500; white-space: nowrap; }
        tbody tr:nth-child(even) { background: #fbfcfd; }
        tr.total { background: var(--stripe) !important; font-weight: 600; }
        tr.rare { background: var(--rare) !important; }
        tr.rare > th { box-shadow: inset 4px 0 0 var(--rare-edge); }
        tr.small td, tr.small th { color: var(--muted); font-style: italic; }
        .ci, .cell-note { display: block; color: var(--muted); font-size: 12px; font-weight: 400; }
        .gain { color: var(--gain); font-weight: 700; }
        .loss { color: var(--loss); font-weight: 700; }
        .badges { display: block; }
        .badge { display: inline-block; font-size: 11px; font-style: normal; font-weight: 600; border-radius: 10px; padding: 0 7px; margin: 2px 6px 0 0; }
        .arm { margin-top: 28px; }
        .arm caption { font-size: 17px; }
        .badge.rare { background: #ffe08a; color: #5c4300; }
        .badge.small { background: #eaeef2; color: #57606a; }
        p.note { color: var(--muted); font-size: 13px; margin: 4px 0 16px; max-width: 1100px; }
        figure.chart { margin: 12px 0 20px; }
        figure.chart svg { display: block; max-width: 100%; height: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
        figure.chart figcaption, .grid-caption { color: var(--muted); font-size: 13px; }
        details { margin: 8px 0; }
        summary { cursor: pointer; color: var(--accent); font-size: 14px; }
        .grids { display: flex; flex-wrap: wrap; gap: 20px; }
        .grid { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; background: #fff; }
        .grid h4 { margin: 0 0 8px; }
        .panels { display: flex; gap: 12px; flex-wrap: wrap; }
        .panels figure { margin: 0; text-align: center; }
        .panels img { width: 240px; height: auto; image-rendering: pixelated; border-radius: 4px; border: 1px solid var(--line); }
        .panels figcaption { font-size: 13px; font-weight: 600; margin-top: 4px; }
        figure.reconstruction { margin: 12px 0 20px; }
        figure.reconstruction img { display: block; max-width: 100%; height: auto; image-rendering: pixelated; border: 1px solid var(--line); border-radius: 6px; }
        figure.reconstruction figcaption { color: var(--muted); font-size: 13px; }
        .definitions li { margin: 3px 0; max-width: 1100px; }
        pre { background: var(--stripe); border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; overflow-x: auto; font-size: 12.5px; line-height: 1.45; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        """;
}
