import KomitmenCore

/// The style sheet of the HTML summary: inline, no web fonts, prints on A4. The colours of states and
/// statuses come from `HTMLPalette`, which the SVG charts use too. White text is under WCAG AA's
/// 4.5:1 on the amber, light green and grey of late, not due, on track, at risk, received and
/// changes requested: their badges and grid cells carry the ink instead. A wide table scrolls in
/// its own `.table-scroll` box on a phone, so the page itself never scrolls sideways.
enum HTMLStyle {
    static let css = HTML(
        trusted: """
            @page { size: A4; margin: 12mm; }
            :root {
              --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0b5394;
              \(HTMLPalette.customProperties(FilingState.allCases, HTMLPalette.color))
              \(HTMLPalette.customProperties(IndicatorStatus.allCases, HTMLPalette.color))
            }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { font-family: "DejaVu Sans", "Noto Sans", "Helvetica Neue", Arial, sans-serif; color: var(--ink);
                   background: #fff; margin: 0 auto; padding: 28px 32px 40px; max-width: 1120px; font-size: 13px; line-height: 1.4; }
            header.top { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 16px; }
            .eyebrow { text-transform: uppercase; letter-spacing: .08em; color: var(--accent); font-size: 11px; font-weight: 700; margin: 0; }
            h1 { font-size: 22px; line-height: 1.25; margin: 4px 0 10px; }
            h2 { font-size: 16px; margin: 26px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line);
                 break-after: avoid; page-break-after: avoid; }
            h3 { font-size: 14px; margin: 0 0 4px; }
            dl.meta { display: flex; flex-wrap: wrap; gap: 4px 28px; margin: 0; }
            dl.meta div { display: flex; gap: 6px; }
            dl.meta dt { color: var(--muted); }
            dl.meta dd { margin: 0; font-weight: 600; }
            .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 12px 0 10px; }
            .card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; background: var(--soft); }
            .card .label { color: var(--muted); font-size: 11px; text-transform: uppercase; letter-spacing: .05em; }
            .card .big { font-size: 26px; font-weight: 700; line-height: 1.2; }
            .card .note { color: var(--muted); font-size: 11px; }
            svg { display: block; }
            svg.stack-wide { width: 100%; height: 18px; margin: 6px 0 4px; }
            .legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 11px; color: var(--muted); margin: 4px 0 8px; }
            .legend span { display: inline-flex; align-items: center; gap: 5px; }
            .swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; border: 1px solid rgba(0,0,0,.15); }
            .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; }
            .columns h3 { margin-top: 0; }
            ul.plain { list-style: none; padding: 0; margin: 0; }
            ul.plain li { padding: 3px 0; border-bottom: 1px solid var(--line); display: flex; justify-content: space-between; gap: 8px; }
            .muted { color: var(--muted); }
            .small { font-size: 11px; }
            table { border-collapse: collapse; width: 100%; }
            .table-scroll { overflow-x: auto; }
            th, td { padding: 4px 6px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; }
            th { font-size: 11px; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr, .signatory, .card { break-inside: avoid; page-break-inside: avoid; }
            table.grid { width: auto; }
            table.grid th.q { text-align: center; min-width: 58px; }
            table.grid td { padding: 2px 6px; }
            table.grid td.cell { text-align: center; color: #fff; font-weight: 700; border: 2px solid #fff; min-width: 58px; }
            table.grid tr.kind-start td { border-top: 3px solid var(--ink); }
            .f-on-time { background: var(--on-time); } .f-late { background: var(--late); }
            .f-missing { background: var(--missing); } .f-not-due { background: var(--not-due); }
            td.f-not-expected, .swatch.f-not-expected { background: var(--not-expected); color: var(--muted) !important; }
            .badge { display: inline-block; padding: 1px 7px; border-radius: 9px; font-size: 11px; font-weight: 600;
                     color: #fff; white-space: nowrap; }
            .badge.f-not-expected, .badge.s-no-data { color: var(--ink); }
            .badge.f-late, .badge.f-not-due, .badge.s-on-track, .badge.s-at-risk, .badge.r-received, .badge.r-changes-requested,
            table.grid td.cell.f-late, table.grid td.cell.f-not-due { color: var(--ink); }
            .s-achieved { background: var(--achieved); } .s-on-track { background: var(--on-track); }
            .s-at-risk { background: var(--at-risk); } .s-off-track { background: var(--off-track); }
            .s-no-data { background: var(--no-data); }
            .signatory { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; margin: 0 0 10px; }
            .signatory header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; margin-bottom: 4px; }
            .signatory table td { border-bottom-color: #eef1f4; }
            .signatory .breakdowns { margin: 4px 0 0; font-size: 11px; color: var(--muted); }
            table.indicators { table-layout: fixed; }
            table.indicators th:nth-child(1) { width: 26%; } table.indicators th:nth-child(2) { width: 21%; }
            table.indicators th:nth-child(3) { width: 19%; } table.indicators th:nth-child(4) { width: 7%; }
            table.indicators th:nth-child(5) { width: 13%; } table.indicators th:nth-child(6) { width: 14%; }
            table.indicators td, table.indicators th { white-space: normal; overflow-wrap: break-word; }
            table.indicators td { overflow: hidden; }
            td.bar svg { width: 100%; height: 16px; }
            .r-received { background: #8c959f; } .r-approved { background: #1a7f37; } .r-changes-requested { background: #bf8700; }
            .comment { margin: 2px 0 6px; padding: 4px 8px; border-left: 3px solid #bf8700; background: #fff8e6; font-size: 12px;
                       overflow-wrap: anywhere; }
            .reviews ul.plain li { display: block; }
            .history { display: flex; flex-wrap: wrap; gap: 6px 12px; margin: 6px 0 2px; }
            .history figure { margin: 0; width: 200px; break-inside: avoid; page-break-inside: avoid; }
            .history figcaption { font-size: 10px; line-height: 1.25; display: flex; justify-content: space-between; gap: 6px;
                                  overflow-wrap: anywhere; }
            .history svg.trend { width: 200px; height: 56px; }
            footer { margin-top: 28px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--muted); font-size: 11px; }
            @media (max-width: 760px) { .cards { grid-template-columns: repeat(2, 1fr); } .columns { grid-template-columns: 1fr; } }
            @media print {
              body { padding: 0; max-width: none; font-size: 9pt; }
              h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14pt; }
              .card .big { font-size: 18pt; }
              .history figure { width: 42mm; } .history svg.trend { width: 42mm; height: 12mm; }
              .cards { grid-template-columns: repeat(4, 1fr); }
              .columns { grid-template-columns: 1fr 1fr; }
              section.signatories h2 { break-before: page; page-break-before: always; }
              a { color: inherit; text-decoration: none; }
              .table-scroll { overflow: visible; }
            }
            """)
}
