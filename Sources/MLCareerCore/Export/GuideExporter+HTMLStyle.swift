/// The exported page's style sheet: light and dark from `prefers-color-scheme`, a readable
/// measure, the contents beside the text on a wide screen and above it on a phone, tables
/// scrolling in their own box, and a plain printed form.
extension GuideExporter {
  static let pageStyle = """
    :root {
      color-scheme: light dark;
      --text: #1d232b; --muted: #5b6573; --background: #fbfbfa; --surface: #ffffff;
      --line: #dfe3e8; --accent: #1f6feb; --accent-soft: #e8f0fe; --code: #f1f3f5;
      --done: #1a7f37; --learning: #9a6700; --skipped: #8c959f;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --text: #e6e9ee; --muted: #9aa5b1; --background: #121519; --surface: #1a1e24;
        --line: #2e353e; --accent: #6ea8ff; --accent-soft: #1c2a40; --code: #232932;
        --done: #3fb950; --learning: #d29922; --skipped: #6e7681;
      }
    }
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0; background: var(--background); color: var(--text);
      font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
      overflow-wrap: break-word;
    }
    a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
    code, pre {
      font-family: ui-monospace, "SF Mono", "Cascadia Mono", "DejaVu Sans Mono", monospace;
      font-size: 0.88em; background: var(--code); border-radius: 4px;
    }
    code { padding: 0.1em 0.35em; }
    pre { padding: 0.8em 1em; overflow-x: auto; }
    pre code { padding: 0; background: none; }
    .masthead {
      padding: 2.5rem 1.25rem 1.5rem; border-bottom: 1px solid var(--line);
      background: var(--surface);
    }
    .masthead h1 { margin: 0 auto 0.4rem; max-width: 72rem; font-size: 2rem; line-height: 1.2; }
    .masthead p { margin: 0 auto; max-width: 72rem; color: var(--muted); }
    .page { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem 4rem; }
    main { min-width: 0; max-width: 46rem; }
    .toc { font-size: 0.92rem; padding: 1.25rem 0; border-bottom: 1px solid var(--line); }
    .toc h2 {
      margin: 0 0 0.5rem; font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase;
      color: var(--muted);
    }
    .toc ol { margin: 0; padding-left: 2rem; }
    .toc ol ol { padding-left: 1rem; list-style: none; font-size: 0.9em; }
    .toc li { margin: 0.15rem 0; }
    .toc a { text-decoration: none; }
    .toc a:hover { text-decoration: underline; }
    .toc ol ol a { color: var(--muted); }
    @media (max-width: 63.99rem) {
      .toc > ol { columns: 2 14rem; column-gap: 2rem; }
      .toc ol ol { display: none; }
    }
    @media (min-width: 64rem) {
      .page { display: grid; grid-template-columns: 16rem minmax(0, 1fr); gap: 3rem; }
      .toc {
        position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto;
        border-bottom: 0; padding-top: 2rem;
      }
    }
    section.topic { padding-top: 1.5rem; border-bottom: 1px solid var(--line); padding-bottom: 1rem; }
    section.topic:last-child { border-bottom: 0; }
    h2 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0 0.5rem; }
    h3 { font-size: 1.2rem; line-height: 1.3; margin: 1.8rem 0 0.4rem; }
    h4, h5, h6 { font-size: 1rem; margin: 1.4rem 0 0.3rem; }
    [id] { scroll-margin-top: 1rem; }
    .summary { font-size: 1.1rem; color: var(--muted); margin-top: 0; }
    .subtitle, .note { color: var(--muted); font-size: 0.92rem; }
    ul, ol { padding-left: 1.4rem; }
    li { margin: 0.25rem 0; }
    blockquote {
      margin: 1rem 0; padding: 0.2rem 1rem; border-left: 3px solid var(--accent);
      background: var(--accent-soft); border-radius: 0 4px 4px 0;
    }
    hr { border: 0; border-top: 1px solid var(--line); margin: 2rem 0; }
    .table-box {
      overflow-x: auto; margin: 0.8rem 0 1.2rem; border: 1px solid var(--line);
      border-radius: 6px;
      /* A shadow at each edge with more table beyond it: the sign that the table scrolls. */
      background:
        linear-gradient(to right, var(--surface) 30%, transparent) left / 2rem 100% no-repeat local,
        linear-gradient(to left, var(--surface) 30%, transparent) right / 2rem 100% no-repeat local,
        radial-gradient(farthest-side at 0 50%, #0004, transparent) left / 0.8rem 100% no-repeat,
        radial-gradient(farthest-side at 100% 50%, #0004, transparent) right / 0.8rem 100% no-repeat,
        var(--surface);
    }
    table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
    th, td { padding: 0.45rem 0.75rem; text-align: left; vertical-align: top; }
    th {
      background: var(--code); font-weight: 600; white-space: nowrap;
      border-bottom: 1px solid var(--line);
    }
    tbody tr + tr td { border-top: 1px solid var(--line); }
    td { min-width: 7rem; }
    .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .center { text-align: center; }
    .progress {
      padding: 0.6rem 0.9rem; background: var(--accent-soft); border-radius: 6px;
    }
    ul.checklist { list-style: none; padding-left: 0; }
    ul.checklist li { display: flex; gap: 0.7rem; align-items: flex-start; margin: 0.7rem 0; }
    .box {
      flex: none; display: inline-flex; align-items: center; justify-content: center;
      width: 1.2rem; height: 1.2rem; margin-top: 0.2rem; border: 2px solid var(--muted);
      border-radius: 4px; font-size: 0.85rem; font-weight: 700; line-height: 1;
    }
    li > .box { margin-right: 0.5rem; vertical-align: -0.2rem; }
    ul.checklist li > .box { margin-right: 0; }
    .box.done { background: var(--done); border-color: var(--done); color: #fff; }
    .box.learning { border-color: var(--learning); color: var(--learning); }
    .box.skipped { border-color: var(--skipped); color: var(--skipped); }
    li.skipped > span:last-child { color: var(--muted); text-decoration: line-through; }
    .level {
      font-size: 0.78rem; color: var(--muted); border: 1px solid var(--line); border-radius: 999px;
      padding: 0 0.45rem; white-space: nowrap;
    }
    @media (max-width: 30rem) {
      body { font-size: 16px; }
      .masthead h1 { font-size: 1.6rem; }
      h2 { font-size: 1.4rem; }
    }
    @media print {
      :root {
        --text: #000; --muted: #444; --background: #fff; --surface: #fff; --line: #bbb;
        --accent: #000; --accent-soft: #f3f3f3; --code: #f3f3f3;
      }
      body { font-size: 11pt; }
      .masthead { padding: 0 0 1rem; }
      .page { display: block; padding: 0; max-width: none; }
      main { max-width: none; }
      .toc { position: static; max-height: none; overflow: visible; }
      .toc a, main a { color: inherit; text-decoration: none; }
      section.topic { break-before: page; border-bottom: 0; }
      h2, h3, h4 { break-after: avoid; }
      .table-box { overflow: visible; border: 0; }
      table { font-size: 9pt; }
      tr, li { break-inside: avoid; }
      .box { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    }
    """
}
