"""Which crates the wasm bundle's bytes come from (code and data, by function
name, from `twiggy` on the release wasm before wasm-opt strips the names).
Shares are approximate: wasm-opt then shrinks everything by about a half."""
import collections, csv, io, re, subprocess, sys

csv.field_size_limit(sys.maxsize)  # Leptos type names run to megabytes
wasm = sys.argv[1]
out = subprocess.run(["twiggy", "top", "-n", "1000000", "--format", "csv", wasm], capture_output=True, text=True, check=True).stdout
sizes, total = collections.Counter(), 0
for row in csv.DictReader(io.StringIO(out)):
    name, size = row["Name"], int(row["ShallowSize"])
    if "function names" in name or "custom section" in name or name[:1] in ".Σ":
        continue
    total += size
    m = re.search(r"([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::", name.lstrip("<&* "))
    sizes[m.group(1) if m else ("data segments" if name.startswith("data") else "unnamed")] += size
print("\n| crate | bytes before wasm-opt | share |\n|---|---:|---:|")
for crate, size in sizes.most_common(16):
    print(f"| {crate} | {size:,} | {100 * size / total:.1f}% |")
