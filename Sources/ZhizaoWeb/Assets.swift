/// The stylesheet, script and icon, embedded in the binary: no request leaves the machine.
enum Assets {
    static let css = """
        :root { --ink: #1d2430; --muted: #5b6678; --line: #d9dee7; --bg: #f6f7f9; --card: #fff; --accent: #b4282d;
          --accent2: #1f5fa8; --ok: #2e7d4f; --warn: #b26a00; --font: "Noto Sans CJK SC", "Source Han Sans SC",
          "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.55 var(--font); color: var(--ink); background: var(--bg); }
        a { color: var(--accent2); text-decoration: none; } a:hover { text-decoration: underline; }
        header.top { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; padding: 10px 24px;
          background: #fff; border-bottom: 3px solid var(--accent); position: sticky; top: 0; z-index: 2; }
        .brand { font-weight: 700; font-size: 20px; color: var(--accent); } .brand span { color: var(--muted); font-size: 14px; }
        nav { display: flex; flex-wrap: wrap; gap: 4px 16px; flex: 1; }
        nav a { color: var(--ink); padding: 4px 0; } nav a[aria-current] { color: var(--accent); font-weight: 700;
          border-bottom: 2px solid var(--accent); }
        .lang { font-size: 14px; color: var(--muted); }
        main { max-width: 1180px; margin: 0 auto; padding: 20px 24px 40px; }
        h1 { font-size: 24px; margin: 6px 0 4px; } h2 { font-size: 18px; margin: 28px 0 10px; }
        .lead { color: var(--muted); margin: 0 0 16px; }
        .grid { display: grid; gap: 14px; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); }
        .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; }
        .card h2 { margin-top: 0; } .card ul { padding-left: 20px; margin: 6px 0; }
        .tile .value { font-size: 24px; font-weight: 700; color: var(--accent); }
        .tile .label { color: var(--muted); font-size: 13px; } .tile .meta { font-size: 12px; color: var(--muted); }
        .figure { border-bottom: 1px dotted var(--muted); cursor: help; }
        .meta, .muted { color: var(--muted); font-size: 13px; }
        .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; background: #eef2f8;
          color: var(--accent2); margin: 1px 4px 1px 0; white-space: nowrap; }
        .badge.synthetic { background: #fff3e0; color: var(--warn); }
        .status { font-weight: 600; } .status-in-production, .status-completed { color: var(--ok); }
        .status-signed, .status-under-construction { color: var(--accent2); } .status-cancelled { color: var(--muted); }
        table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
        th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: #f0f2f6; font-weight: 600; font-size: 13px; } td.num { text-align: right; white-space: nowrap; } td.nowrap { white-space: nowrap; }
        .table-wrap { overflow-x: auto; }
        ul.reasons { margin: 0; padding-left: 1.1em; }
        form.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; margin: 8px 0 14px; }
        form.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); }
        input, select, button { font: inherit; padding: 5px 8px; border: 1px solid var(--line); border-radius: 5px; }
        button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
        .pager { display: flex; gap: 14px; align-items: center; margin: 12px 0; }
        .chart-scroll { overflow-x: auto; } svg.chart { width: 100%; height: auto; font-family: var(--font); }
        .chart .bar { fill: var(--accent2); } .chart .bar.approx { fill: #8fb0d8; }
        .chart .bar-label, .chart .axis-label { font-size: 13px; fill: var(--ink); } .chart .bar-value.inside { fill: #fff; stroke: none; font-weight: 600; }
        .chart .bar.approx + .bar-value.inside { fill: var(--ink); }
        .chart .bar-value { font-size: 12px; fill: var(--ink);
          paint-order: stroke; stroke: var(--bg); stroke-width: 3px; stroke-linejoin: round; }
        .chart .bar-missing { font-size: 12px; fill: var(--muted); font-style: italic; }
        .chart .tier-line { stroke: var(--accent); stroke-dasharray: 4 3; stroke-width: 1; }
        .chart .tier-label { font-size: 11px; fill: var(--accent); } .chart .target-mark { fill: var(--warn); }
        .chart .axis { stroke: var(--line); stroke-width: 1.5; }
        .chart .funnel { fill: #e9eef6; stroke: var(--accent2); } .chart .funnel.missing { fill: #f4f4f4; stroke: #bbb; stroke-dasharray: 3 3; }
        .chart .funnel-label { font-size: 13px; fill: var(--ink); }
        .chart .phase { fill: #f3f6fa; stroke: var(--line); stroke-width: 1.5; } .chart .phase.status-in-production,
        .chart .phase.status-completed { stroke: var(--ok); } .chart .phase.status-signed { stroke: var(--accent2); }
        .chart .phase-title { font-size: 13px; font-weight: 700; fill: var(--ink); } .chart .phase-status { font-size: 12px; fill: var(--accent2); }
        .chart .phase-dates { font-size: 12px; fill: var(--muted); }
        .chart .district { fill: #fff; stroke: #b9c3d3; stroke-width: 1.2; } .chart a:hover .district { stroke: var(--accent2); }
        .chart .district-name { font-size: 15px; font-weight: 700; fill: var(--ink); }
        .chart .zone-badge { fill: #fdecea; } .chart .zone-name { font-size: 11.5px; fill: var(--accent); }
        .chart .district-hosts { font-size: 11px; fill: var(--muted); }
        .chart .corridor { fill: rgba(31, 95, 168, 0.08); stroke: rgba(31, 95, 168, 0.35); stroke-dasharray: 6 4; }
        .chart .core { fill: var(--accent); opacity: 0.9; } .chart .core-label { fill: #fff; font-size: 13px; font-weight: 700; }
        .chart .stage-label { font-size: 14px; font-weight: 700; fill: var(--muted); } .chart .flow-arrow { fill: #b9c3d3; }
        .chart .link { stroke-width: 1.5; } .chart .link.strong { fill: #e3f1e8; stroke: #2e7d4f; }
        .chart .link.weak { fill: #f1f7f3; stroke: #9cc7ad; stroke-dasharray: 5 3; } .chart .link.absent { fill: #fbeeee; stroke: #e0a3a3; stroke-dasharray: 3 3; }
        .chart .link-name { font-size: 13px; font-weight: 600; fill: var(--ink); } .chart .link-detail { font-size: 11.5px; fill: var(--muted); }
        .severity-inconsistent { color: var(--accent); font-weight: 700; } .severity-consistent { color: var(--ok); }
        .severity-unverifiable { color: var(--warn); }
        mark.fact { padding: 0 2px; border-radius: 3px; } mark.fact.pending { background: #fff1c2; }
        mark.fact.accepted { background: #d6efdf; } mark.fact.rejected { background: #eee; text-decoration: line-through; }
        .card.document { line-height: 1.9; }
        .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 13px; color: var(--muted); margin: 6px 0; }
        .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -1px; margin-right: 4px; }
        .swatch-exact { background: #1f5fa8; } .swatch-approx { background: #8fb0d8; } .swatch-target { background: #b26a00; }
        .swatch-strong { background: #2e7d4f; } .swatch-weak { background: #9cc7ad; } .swatch-absent { background: #f4d6d6; }
        .swatch-core { background: #b4282d; } .swatch-corridor { background: rgba(31, 95, 168, 0.25); } .swatch-zone { background: #fdecea; }
        blockquote { margin: 4px 0; padding: 4px 10px; border-left: 3px solid var(--line); color: var(--muted); font-size: 13px; }
        .notice { background: #fff8e6; border: 1px solid #f0d9a8; padding: 8px 12px; border-radius: 6px; font-size: 13px; }
        .notice.done { background: #e9f5ee; border-color: #b9dcc6; margin: 0 0 12px; }
        form.stack { display: flex; flex-direction: column; gap: 10px; max-width: 460px; margin: 10px 0 18px; }
        form.stack label { display: flex; flex-direction: column; gap: 3px; font-size: 13px; color: var(--muted); }
        form.stack label.check { flex-direction: row; align-items: center; gap: 6px; color: var(--ink); font-size: 14px; }
        form.stack button { align-self: flex-start; } textarea { font: inherit; padding: 5px 8px; border: 1px solid var(--line); border-radius: 5px; }
        button.danger { background: #fff; color: var(--accent); border-color: var(--accent); }
        fieldset { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px 10px; margin: 0; }
        legend { font-size: 13px; color: var(--muted); padding: 0 4px; }
        .designation { display: grid; grid-template-columns: minmax(150px, 1fr) 90px 90px; gap: 6px; align-items: center; margin: 4px 0; }
        fieldset.phase { display: flex; flex-wrap: wrap; gap: 8px 12px; } fieldset.phase label { flex: 1 1 120px; }
        section.edit { margin-top: 28px; border-top: 2px solid var(--line); padding-top: 4px; }
        section.edit details { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; margin: 8px 0; }
        details > summary { cursor: pointer; color: var(--accent2); }
        details.actions form.stack { margin: 8px 0; min-width: 220px; }
        nav.subnav { display: flex; gap: 16px; margin: 4px 0 14px; flex: none; } nav.subnav a[aria-current] { font-weight: 700; color: var(--accent); }
        ul.diff { margin: 0; padding-left: 16px; font-size: 13px; }
        pre { white-space: pre-wrap; word-break: break-all; font-size: 12px; background: var(--bg); padding: 6px; margin: 2px 0; max-width: 420px; }
        code.secret { display: inline-block; font-size: 15px; padding: 8px 10px; background: #fff; border: 2px dashed var(--accent); word-break: break-all; }
        .nowrap { white-space: nowrap; }
        table.audit td { vertical-align: top; } table.audit code { font-size: 12px; }
        table.audit td.note { min-width: 160px; max-width: 280px; overflow-wrap: anywhere; } table.audit td.change { min-width: 260px; }
        footer { max-width: 1180px; margin: 0 auto; padding: 16px 24px 30px; color: var(--muted); font-size: 13px; }
        .user { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; font-size: 14px; }
        .user .who { color: var(--muted); } form.inline { display: inline; margin: 0; }
        button.link { background: none; border: none; color: var(--accent2); padding: 0; }
        a.download { font-size: 14px; font-weight: normal; white-space: nowrap; margin-left: 10px; }
        a.download::before { content: "\\2193  "; }
        button.secondary { background: #fff; color: var(--ink); border-color: var(--line); }
        .problem { background: #fdecea; border: 1px solid #f1b8b4; color: #8a1f23; padding: 8px 12px; border-radius: 6px; }
        form.upload, form.document-form, form.confirm { display: flex; flex-direction: column; gap: 12px; max-width: 720px; }
        form.upload label, form.document-form label, details.fact-edit label { display: flex; flex-direction: column; gap: 3px;
          font-size: 13px; color: var(--muted); }
        form.upload button, form.document-form button, form.confirm button { align-self: flex-start; }
        form.upload label.check { flex-direction: row; align-items: center; gap: 6px; color: var(--ink); font-size: 14px; }
        form.confirm p { margin: 0; } form.confirm a { font-size: 14px; }
        form.document-form .fields { display: flex; flex-wrap: wrap; gap: 12px; } form.document-form .fields label { flex: 1 1 180px; }
        textarea { font: inherit; padding: 6px 8px; border: 1px solid var(--line); border-radius: 5px; width: 100%; box-sizing: border-box;
          resize: vertical; }
        input[type=file] { border-style: dashed; background: #fafbfc; }
        table.formats td:first-child { white-space: nowrap; width: 1%; } table.problems td:nth-child(-n+2) { white-space: nowrap; }
        form.confident { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; margin: 0 0 10px; }
        .review-actions { display: flex; gap: 6px; margin-top: 6px; } .review-actions form { margin: 0; }
        .review-actions button, details.fact-edit button { padding: 2px 10px; font-size: 13px; white-space: nowrap; }
        td.kind { white-space: nowrap; }
        table.facts { min-width: 760px; }  /* eight columns: on a phone the table scrolls instead of a word a line */
        details.fact-edit { margin-top: 4px; font-size: 13px; } details.fact-edit summary { color: var(--accent2); cursor: pointer; }
        details.fact-edit form { display: grid; gap: 6px; margin-top: 6px; min-width: 200px; }
        details.fact-edit input, details.fact-edit select { padding: 3px 6px; font-size: 13px; }
        details.fact-edit button { justify-self: start; }
        @media (max-width: 640px) { header.top { padding: 8px 12px; position: static; justify-content: space-between; }
          nav { order: 3; flex: 1 0 100%; flex-wrap: nowrap; overflow-x: auto; gap: 14px; white-space: nowrap; }
          main { padding: 14px 12px 30px; }
          h1 { font-size: 20px; } th, td { padding: 6px; font-size: 13px; } .hide-narrow { display: none; }
          .designation { grid-template-columns: 1fr 80px 80px; } form.stack { max-width: none; } }
        .chart-narrow { display: none; }
        @media screen and (max-width: 640px) { .chart-wide { display: none; } .chart-narrow { display: block; } }
        .chart .funnel-count { font-size: 13px; font-weight: 600; fill: var(--ink); }
        .chart .scale-note { font-size: 12px; fill: var(--muted); font-style: italic; }
        .chart .map-area { stroke: #fff; stroke-width: 1; } .chart a:hover .map-area { stroke: var(--accent); stroke-width: 2; }
        .chart .map-class-0 { fill: #dbe7f4; } .chart .map-class-1 { fill: #b0cbe7; } .chart .map-class-2 { fill: #7ea9d6; }
        .chart .map-class-3 { fill: #4a83bf; } .chart .map-class-4 { fill: #1f5fa8; }
        .chart .map-nodata { fill: #eceef2; } .chart .map-area.map-highlight { fill: var(--accent); }
        .chart .map-label { font-size: 13px; font-weight: 600; fill: var(--ink); paint-order: stroke; stroke: #fff;
          stroke-width: 3px; stroke-linejoin: round; pointer-events: none; }
        .chart .map-corridor { fill: none; stroke: rgba(31, 95, 168, 0.45); stroke-width: 10; stroke-linecap: round;
          stroke-linejoin: round; }
        .chart .map-marker.core { fill: var(--accent); stroke: #fff; stroke-width: 2; }
        .chart .map-marker.zone { fill: #fdecea; stroke: var(--accent); stroke-width: 2; }
        .chart .map-marker.park { fill: #fff; stroke: var(--accent); stroke-width: 2; }
        .chart .map-marker-label { font-size: 11.5px; fill: var(--accent); paint-order: stroke; stroke: #fff; stroke-width: 3px;
          stroke-linejoin: round; }
        .chart .map-legend { font-size: 12px; fill: var(--ink); }
        table.areas td.num, table.areas th.num { text-align: right; } table.areas td:first-child { white-space: nowrap; }
        .place-head { display: grid; grid-template-columns: minmax(0, 1fr) 210px; gap: 14px; align-items: start; }
        .place-head .tiles { grid-template-columns: repeat(3, minmax(0, 1fr)); } .card.locator { padding: 6px; }
        main, .card, .grid > * { min-width: 0; }
        @media (max-width: 640px) { .place-head { grid-template-columns: 1fr; } .place-head .tiles { grid-template-columns: repeat(2, minmax(0, 1fr)); } .card.locator { max-width: 300px; }
          .chart .map-label { font-size: 16px; } .chart .map-marker-label { display: none; } }
        table.heat th, table.heat td { padding: 4px 6px; font-size: 12.5px; white-space: nowrap; }
        table.heat td { text-align: right; cursor: help; } table.heat th[scope=row] { font-weight: 400; white-space: normal; min-width: 12em; }
        .lq-0 { background: #f3f5f8; color: var(--muted); } .lq-1 { background: #e1e8f2; } .lq-2 { background: #fde3d3; }
        .lq-3 { background: #f8b99a; } .lq-4 { background: #e8775a; color: #fff; } .lq-5 { background: #b4282d; color: #fff; }
        table.heat td.strong { font-weight: 700; outline: 2px solid var(--ink); outline-offset: -2px; }
        .lq-key { display: inline-block; padding: 0 8px; margin: 2px 4px 2px 0; border-radius: 3px; white-space: nowrap; }
        @media print {
          @page { size: A4; margin: 14mm 12mm; }
          body { background: #fff; font-size: 10.5pt; }
          header.top, footer, nav, form, button, details.actions, section.edit, .pager, .back, .notice { display: none !important; }
          main { max-width: none; padding: 0; }
          a, a:hover { color: inherit; text-decoration: none; }
          .card { border-color: #bbb; break-inside: avoid; } tr, .tile, li { break-inside: avoid; }
          h1, h2 { break-after: avoid; } thead { display: table-header-group; }
          .table-wrap, .chart-scroll { overflow: visible; }
          svg.chart { max-width: 100% !important; max-height: 235mm; break-inside: avoid; }
          .place-head { grid-template-columns: minmax(0, 1fr) 62mm; }
          .grid { grid-template-columns: repeat(3, minmax(0, 1fr)); } .figure { border-bottom: none; }
        }
        """

    /// Submits the filter form when a select changes; the form works without it.
    static let js = """
        document.addEventListener("change", function (event) {
          var target = event.target;
          if (target.tagName === "SELECT" && target.form && target.form.classList.contains("filters")) {
            target.form.submit();
          }
        });
        """

    static let icon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#b4282d"/>\
        <text x="16" y="23" font-size="18" text-anchor="middle" fill="#fff" font-family="sans-serif">智</text></svg>
        """
}
