#!/usr/bin/env python3
"""py-ecomplexity end to end, the baseline of `zhizao complexity`'s benchmark: read the long table
(region,industry,value[,year]) from CSV, compute with `ecomplexity()`'s defaults (RCA threshold 1), write one row
per region × industry with the same columns as `zhizao complexity`.

    python3 scripts/bench-ecomplexity.py IN.csv OUT.csv
"""
import sys
import warnings

import pandas as pd
from ecomplexity import ecomplexity

COLUMNS = ["rca", "mcp", "diversity", "ubiquity", "density", "eci", "pci", "coi", "cog"]


def main(source, target):
    data = pd.read_csv(source, dtype={"region": str, "industry": str})
    has_year = "year" in data.columns
    if not has_year:
        data["year"] = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = ecomplexity(data, {"time": "year", "loc": "region", "prod": "industry", "val": "value"}, verbose=False)
    out = out[(["year"] if has_year else []) + ["region", "industry", "value"] + COLUMNS]
    out.to_csv(target, index=False, float_format="%.17g", na_rep="")


if __name__ == "__main__":
    main(*sys.argv[1:3])
