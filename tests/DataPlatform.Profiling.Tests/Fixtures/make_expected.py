#!/usr/bin/env python3
"""Reference values for the engine tests, computed independently with pandas (Debian's python3-pandas,
pandas 1.5 / numpy 1.24). Run from this folder:  python3 make_expected.py  ->  writes NAME.expected.json.

The type rules that pandas does not have are applied here as features.md states them: an object
column whose values all parse as ISO 8601 dates is datetime64; a text column with at most 50 distinct
values and at most 5% of the rows is category. Top values are sorted by count, then by value."""
import json, sys
import numpy as np
import pandas as pd

def iso(ts):
    ts = pd.Timestamp(ts)
    if ts == ts.normalize():
        return ts.strftime("%Y-%m-%d")
    text = ts.strftime("%Y-%m-%dT%H:%M:%S")
    if ts.microsecond or ts.nanosecond:
        text += ("%.7f" % (ts.microsecond / 1e6 + ts.nanosecond / 1e9))[1:].rstrip("0")
    return text

def dates(series):
    present = series.dropna()
    if present.empty or present.dtype != object:
        return None
    if not present.str.match(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$").all():
        return None
    return pd.to_datetime(series)

def profile(path):
    df = pd.read_csv(path)
    rows = len(df)
    columns = {}
    for name in df.columns:
        s = df[name]
        out = {"missing": int(s.isna().sum()), "unique": int(s.nunique())}
        parsed = dates(s)
        if parsed is not None:
            out["type"] = "datetime64"
            v = parsed.dropna().astype("int64").to_numpy()
            out["min"] = iso(parsed.min()); out["max"] = iso(parsed.max())
            out["percentiles"] = {f"p{q}": iso(pd.Timestamp(int(round(np.percentile(v.astype(float), q))))) for q in (25, 50, 75)}
        elif pd.api.types.is_bool_dtype(s):
            out["type"] = "bool"
            out["mean"] = float(s.mean())
            counts = s.value_counts()
            out["top_values"] = [[str(k), int(c)] for k, c in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))]
        elif pd.api.types.is_numeric_dtype(s):
            out["type"] = str(s.dtype)
            v = s.dropna().to_numpy(dtype=float)
            if len(v):
                p25, p50, p75 = (float(np.percentile(v, q)) for q in (25, 50, 75))
                iqr = p75 - p25
                counts, edges = np.histogram(v, bins=10)
                out.update(min=float(s.min()), max=float(s.max()), mean=float(s.mean()),
                           std=None if len(v) < 2 else float(s.std()),
                           skewness=None if len(v) < 3 else float(s.skew()),
                           kurtosis=None if len(v) < 4 else float(s.kurt()),
                           percentiles={"p25": p25, "p50": p50, "p75": p75}, iqr=iqr,
                           outlier_count=int(((v < p25 - 1.5 * iqr) | (v > p75 + 1.5 * iqr)).sum()),
                           histogram={"counts": counts.tolist(), "bin_edges": edges.tolist()})
        else:
            distinct = out["unique"]
            out["type"] = "category" if distinct <= 50 and distinct <= 0.05 * rows else "object"
            counts = s.value_counts()
            out["top_values"] = [[str(k), int(c)] for k, c in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[:10]]
        columns[name] = out
    numeric = df.select_dtypes(include=["number", "bool"]).loc[:, lambda d: d.notna().any()]
    correlations = {a: {b: (None if v != v else float(v)) for b, v in row.items()} for a, row in numeric.corr().to_dict().items()}
    return {"row_count": rows, "duplicate_rows": int(df.duplicated().sum()), "columns": columns, "correlations": correlations}

for fixture in sys.argv[1:] or ["mixed.csv", "benchmark-5000.csv", "edge.csv"]:
    with open(fixture.rsplit(".", 1)[0] + ".expected.json", "w") as f:
        json.dump(profile(fixture), f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote", fixture.rsplit(".", 1)[0] + ".expected.json")
