import { TONE_COLORS, type Tone } from '../score/tiers';

/**
 * The badge's CSS, inlined into its shadow root (no web-accessible resource a page could probe).
 * `all: initial` cuts inheritance from the page; `!important` on :host wins over the page's own
 * `!important` rules (inside a shadow tree, important declarations of the inner context win), so
 * the position comes in through custom properties, which `all` leaves alone.
 */

const toneRules = (Object.entries(TONE_COLORS) as [Tone, { background: string; text: string }][])
  .map(([tone, c]) => `[data-tone="${tone}"]{--bg:${c.background};--fg:${c.text}}`)
  .join('');

export const BADGE_CSS = `
:host{all:initial!important;position:fixed!important;z-index:2147483647!important;display:block!important;
right:var(--icp-lens-right,16px)!important;bottom:var(--icp-lens-bottom,16px)!important;left:auto!important;
top:auto!important;visibility:visible!important;opacity:1!important;pointer-events:auto!important;
transform:none!important;filter:none!important;clip-path:none!important;width:auto!important;height:auto!important;
margin:0!important;padding:0!important;border:0!important}
:host([hidden]){display:none!important}
*{box-sizing:border-box;margin:0;padding:0;font:13px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:inherit;letter-spacing:normal;text-transform:none}
${toneRules}
.w{color:#111827;display:flex;flex-direction:column;align-items:flex-end;gap:6px}
button{cursor:pointer;border:0;background:none;color:inherit;font-weight:600}
button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.pill{display:inline-flex;align-items:center;gap:6px;padding:5px 10px 5px 6px;border-radius:999px;
background:var(--bg);color:var(--fg);box-shadow:0 2px 8px rgba(0,0,0,.35);border:2px solid #fff;touch-action:none}
.t{min-width:20px;padding:1px 6px;border-radius:999px;background:rgba(255,255,255,.22);text-align:center;font-weight:700}
.s{font-weight:700;font-variant-numeric:tabular-nums}
.dot{width:16px;height:16px;border-radius:50%;background:var(--bg);border:2px solid #fff;
box-shadow:0 1px 4px rgba(0,0,0,.4);touch-action:none}
.p{width:340px;max-width:calc(100vw - 32px);max-height:min(540px,calc(100vh - 80px));display:flex;
flex-direction:column;background:#fff;color:#111827;border:1px solid #d1d5db;border-radius:10px;
box-shadow:0 8px 24px rgba(0,0,0,.3);padding:10px 12px}
.h{display:flex;align-items:center;gap:6px;margin-bottom:4px}
.h b{flex:1;font-weight:700}
.h button{width:24px;height:24px;border-radius:6px;font-size:16px;line-height:1}
.h button:hover{background:#e5e7eb}
.m{margin:2px 0;color:#374151}
.a{margin:4px 0;padding:4px 6px;border-radius:6px;background:#fee2e2;color:#7f1d1d;font-weight:600}
ul{list-style:none;margin:6px 0;overflow:auto;flex:0 1 auto;min-height:60px}
li{display:grid;grid-template-columns:18px 1fr;gap:0 6px;padding:4px 0;border-top:1px solid #e5e7eb}
.k{font-weight:700;text-align:center}
.match .k{color:#15803d}.miss .k{color:#b91c1c}.unknown .k{color:#6b7280}
.e{grid-column:2;color:#4b5563;font-size:12px;overflow-wrap:anywhere}
.f{display:flex;flex-wrap:wrap;gap:8px;margin-top:6px}
.f button{padding:4px 8px;border-radius:6px;background:#1d4ed8;color:#fff}
.f button.q{background:#e5e7eb;color:#111827}
@media (prefers-color-scheme:dark){.p{background:#111827;color:#f9fafb;border-color:#374151}
.w{color:#f9fafb}.m{color:#d1d5db}.e{color:#9ca3af}li{border-color:#374151}.h button:hover{background:#374151}
.f button.q{background:#374151;color:#f9fafb}.match .k{color:#4ade80}.miss .k{color:#f87171}.unknown .k{color:#9ca3af}}
`;
