/** The summary page's print style: A4, one page, black on white. */
export const STYLE = `
@page { size: A4; margin: 10mm 12mm; }
* { box-sizing: border-box; }
html { background: #fff; color: #111; }
body { margin: 0; font-family: system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.3; }
h1 { font-size: 15pt; margin: 0 0 1.5mm; }
h2 { font-size: 10.5pt; margin: 0 0 1mm; border-bottom: 0.4mm solid #999; padding-bottom: 0.4mm; }
p { margin: 0 0 0.8mm; }
header { margin-bottom: 2.5mm; }
section { margin-bottom: 2.5mm; }
.meta, .hint, .none { color: #444; }
.hint { font-size: 8pt; margin-top: 0.8mm; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.3mm 2mm; border-bottom: 0.2mm solid #ccc; vertical-align: top; }
thead th { border-bottom: 0.4mm solid #555; font-size: 8pt; }
.weeks td { text-align: right; font-variant-numeric: tabular-nums; }
.weeks thead th + th { text-align: right; }
.pair { display: flex; gap: 8mm; break-inside: avoid; }
.pair > div { flex: 1; }
.counts th { font-weight: normal; }
.counts td { text-align: right; white-space: nowrap; }
ul { margin: 0; padding-left: 4.5mm; }
li { margin-bottom: 0.5mm; overflow-wrap: anywhere; }
.findings, .notes { font-size: 8.5pt; }
.date { font-weight: 700; white-space: nowrap; }
.what { color: #444; }
.level { display: inline-block; border: 0.3mm solid #333; border-radius: 1mm; padding: 0 1mm; font-size: 7.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; }
.level-see-doctor, .level-emergency { background: #111; color: #fff; }
.emergency { text-decoration: underline; }
.level-caution { background: #e8e8e8; }
footer { margin-top: 3mm; padding-top: 1.5mm; border-top: 0.4mm solid #999; font-style: italic; }
`;
