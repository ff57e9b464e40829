"""The Markdown table `scripts/bench.py` prints: one row per measure, with its target."""

from __future__ import annotations


def table(r: dict) -> str:
    rows = ["| measure | result | target |", "| --- | --- | --- |"]
    if c := r.get("cold_start"):
        rows.append("| cold start, `newsparse parse <seed>` / `python -c \"import click, orjson\"` "
                    f"| {c['newsparse_ms']:.0f} ms / {c['baseline_ms']:.0f} ms = "
                    f"**{c['ratio']:.2f}x** (median of {c['runs']}) | <= 1.5x |")
    if h := r.get("html"):
        rows.append(f"| HTML, per page over {h['pages']} pages: trafilatura.extract / parse_html "
                    f"| {h['trafilatura_ms_per_page']:.1f} ms / {h['newsparse_ms_per_page']:.1f} ms"
                    f" = **{h['speedup']:.2f}x** | >= 1.3x |")
    if t := r.get("text"):
        rows.append(f"| text, parse_text on the seed, one core | **{t['articles_per_s']:.0f} "
                    "articles/s** | >= 2000/s |")
    if j := r.get("jobs"):
        res = (f"{j['j1_s']:.1f} s / {j['j2_s']:.1f} s = **{j['speedup']:.2f}x**"
               if j["speedup"] != "n/a" else f"n/a ({j['note']})")
        rows.append(f"| `-j 1` / `-j 2` over {j['inputs']} HTML pages | {res} | >= 1.7x |")
    if m := r.get("memory"):
        rows.append(f"| peak RSS, {m['large_inputs']} inputs / {m['small_inputs']} inputs | "
                    f"{m['large_mib']:.1f} MiB / {m['small_mib']:.1f} MiB = **{m['ratio']:.3f}** "
                    "| <= 1.10 |")
    if g := r.get("large"):
        cells = " / ".join(f"{g[mb]['seconds']:.1f} s, {g[mb]['peak_mib']:.0f} MiB"
                           for mb in g["sizes_mb"])
        rows.append(f"| one page of {' / '.join(f'{mb} MB' for mb in g['sizes_mb'])}: time, peak "
                    f"RSS | {cells}; time per byte, largest / smallest **{g['time_growth']:.2f}x**"
                    f"; RSS **{g['rss_per_page_byte']:.1f}x** the page | <= 2x; <= 8x |")
    if w := r.get("warc"):
        rows.append(f"| WARC read, {w['records']} records: warcio / fastwarc | "
                    f"{w['warcio_s']:.3f} s / {w['fastwarc_s']:.3f} s = "
                    f"**{w['fastwarc_speedup']:.1f}x** | |")
        rows.append(f"| WARC pages through the pipeline, one process | "
                    f"**{w['pipeline_records_per_s_one_process']:.1f} records/s** | |")
        if w["dask_speedup_2_vs_1"]:
            d1, d2 = w["dask"][1], w["dask"][2]
            rows.append(f"| Dask, 1 worker / 2 workers ({w['archives']} archives; task CPU "
                        f"{d1['cpu_s']:.1f} s / {d2['cpu_s']:.1f} s) | {d1['wall_s']:.1f} s / "
                        f"{d2['wall_s']:.1f} s = **{w['dask_speedup_2_vs_1']:.2f}x** | |")
    if u := r.get("urls"):
        from bench_urls import rows as url_rows

        rows.extend(url_rows(u))
    if s := r.get("reconcile"):
        from bench_reconcile import rows as reconcile_rows

        rows.extend(reconcile_rows(s))
    return "\n".join(rows)
