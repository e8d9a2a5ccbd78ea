import AttributionAnalysis

/// The report's look: one inline style sheet (the page loads nothing), statuses and severities
/// in Okabe–Ito hues, always beside their name in words, and a print layout.
enum ReportStyle {
  /// The look of a claim status: the map's colours (text colour, light fill) and a border
  /// pattern, so a status reads the same in the report and on the map.
  static func look(_ status: ClaimStatus) -> (line: String, fill: String, border: String) {
    switch status {
    case .corroborated: ("#007A5A", "#D4EFE2", "solid")
    case .singleParty: ("#9A5E00", "#FBE3C0", "solid")
    case .singleSource: ("#7A6A00", "#FFF6C8", "solid")
    case .anonymousOnly: ("#555555", "#EDEDED", "dashed")
    case .unsourced: ("#555555", "#FFFFFF", "dotted")
    case .unverified: ("#A06F00", "#FFFFFF", "dotted")
    case .denied: ("#B34700", "#F7D3C3", "solid")
    case .contested: ("#9E4F7F", "#F3DCEB", "double")
    }
  }

  /// The look of a finding's severity: text colour and light fill.
  static func look(_ severity: Severity) -> (line: String, fill: String) {
    switch severity {
    case .note: ("#005A8C", "#DDEBF7")
    case .warning: ("#8A5300", "#FBE3C0")
    case .error: ("#A63F00", "#F7D3C3")
    }
  }

  /// The style sheet.
  static var css: String {
    let statuses = ClaimStatus.allCases.map { status in
      let look = look(status)
      return ".status-\(status.rawValue){color:\(look.line);background:\(look.fill);border:2px \(look.border) \(look.line)}\n"
        + ".audit-\(status.rawValue){border-left-color:\(look.line)}"
    }
    let severities = Severity.allCases.map { severity in
      let look = look(severity)
      return ".severity-\(severity.rawValue){color:\(look.line);background:\(look.fill);border:1px solid \(look.line)}"
    }
    return ([base] + statuses + severities).joined(separator: "\n")
  }

  private static let base = """
    :root{color-scheme:light;--ink:#1d1d1f;--muted:#5a5a60;--rule:#d8d8dc;--band:#f5f5f7;--link:#0062A0}
    *{box-sizing:border-box}
    body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
    header,main,footer{max-width:1200px;margin:0 auto;padding:0 24px}
    header{padding-top:28px;border-bottom:1px solid var(--rule)}
    .kicker{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--muted)}
    h1{margin:4px 0 8px;font-size:28px;line-height:1.2}
    h2{margin:40px 0 8px;font-size:21px;border-bottom:2px solid var(--ink);padding-bottom:4px}
    h3{margin:0 0 6px;font-size:16px;line-height:1.35}
    h4{margin:12px 0 4px;font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
    p{margin:6px 0}
    .summary{font-size:16px;color:var(--muted)}
    nav ol{display:flex;flex-wrap:wrap;gap:4px 20px;list-style:none;margin:12px 0 16px;padding:0}
    a{color:var(--link)}
    .lead{color:var(--muted);max-width:80ch}
    table{border-collapse:collapse;width:100%;margin:8px 0}
    th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--rule)}
    th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);border-bottom:2px solid var(--ink);white-space:nowrap}
    td.number,th.number{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    tbody tr:nth-child(even){background:var(--band)}
    td,li,h3,p{overflow-wrap:anywhere}
    .nowrap{white-space:nowrap}
    code,.place{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
    .status,.severity,.tag{display:inline-block;margin:1px 4px 1px 0;padding:0 6px;border-radius:4px;font-size:12px;font-weight:600;white-space:nowrap}
    .tag{border:1px solid var(--rule);color:var(--muted);font-weight:500}
    .statuses .status{display:block;width:fit-content;margin:0 0 4px}
    .bar{display:block;width:64px;height:6px;margin-top:4px;background:#e4e4e8;border-radius:3px;overflow:hidden}
    .bar>span{display:block;height:100%;background:#0072B2}
    .map{margin:8px 0;border:1px solid var(--rule);border-radius:6px;overflow:hidden;background:#fff;position:relative}
    .map svg{display:block;width:100%;height:auto;max-height:80vh;cursor:grab}
    .chain-map svg{max-height:60vh}
    .zoom-tools{display:flex;gap:6px;align-items:center;padding:4px 6px;border-bottom:1px solid var(--rule);background:var(--band)}
    .zoom-tools button{min-width:2.2em;padding:1px 8px;border:1px solid var(--link);border-radius:4px;background:#fff;color:var(--link);font:inherit;cursor:pointer}
    .filters{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:flex-end;margin:12px 0;padding:10px 12px;background:var(--band);border-radius:6px;font-size:14px}
    .filters label{display:flex;flex-direction:column;gap:2px;color:var(--muted)}
    .filters input,.filters select{font:inherit;padding:2px 4px}
    .filters input[type=search]{min-width:18em}
    .filters [hidden],[hidden]{display:none !important}
    .filters p{flex-basis:100%;margin:0}
    ol.claim-list{list-style:none;margin:8px 0;padding:0}
    li.claim{border:1px solid var(--rule);border-left:4px solid var(--ink);border-radius:4px;padding:8px 12px;margin:10px 0;break-inside:avoid}
    li.claim>details{margin:0;font-size:15px}
    li.claim>details>summary{color:var(--ink);list-style-position:outside;margin-left:14px}
    li.claim>details>summary .status{margin-right:2px}
    .rank{color:var(--muted);font-variant-numeric:tabular-nums}
    .score{display:inline-flex;align-items:center;gap:6px;margin-left:6px;font-size:13px;color:var(--muted);white-space:nowrap}
    .score .bar{margin-top:0}
    .chain-body{margin-top:8px;font-size:14px}
    q.sentence{display:block;margin:2px 0 2px 12px;padding-left:8px;border-left:3px solid var(--rule);color:var(--ink);font-style:italic}
    .claim-text{font-weight:600}
    .why{color:var(--muted);font-size:14px}
    details{margin-top:6px;font-size:14px}
    summary{cursor:pointer;color:var(--link)}
    details ol,details ul{margin:4px 0;padding-left:22px}
    ul.tree{list-style:none;margin:4px 0;padding-left:0}
    ul.tree ul{list-style:none;margin:0;padding-left:22px;border-left:1px dashed #9a9aa0}
    ul.tree li{margin:3px 0;padding-left:4px}
    .node{font-weight:600}
    .statement{display:block;margin-left:12px;font-size:14px}
    ul.findings{list-style:none;padding-left:0;margin:4px 0}
    ul.findings li{margin:6px 0}
    ul.notes{margin:2px 0 0;padding-left:22px;font-size:13px;color:var(--muted)}
    .none{color:var(--muted);font-style:italic}
    footer{margin-top:48px;padding-top:12px;padding-bottom:32px;border-top:1px solid var(--rule);color:var(--muted);font-size:13px}
    @media (max-width:760px){
    header,main,footer{padding:0 12px}
    table{display:block;overflow-x:auto}
    }
    @media print{
    body{font-size:11pt}
    nav,.bar{display:none}
    header,main,footer{max-width:none;padding:0}
    .zoom-tools,.filters{display:none !important}
    .map{overflow:visible;border:none}
    .map svg{max-height:none}
    h2{break-after:avoid}
    tr,li.claim{break-inside:avoid}
    details::details-content{content-visibility:visible;display:block}
    summary{color:var(--ink)}
    a{color:var(--ink)}
    }
    """
}
