#!/usr/bin/env python3
"""Compares two outputs of the complexity measures (zhizao complexity's and py-ecomplexity's) row by row on
(year, region, industry): the rows each lacks, and per measure the largest absolute difference and where NaNs
disagree.

    python3 scripts/compare-complexity.py A.csv B.csv
"""
import sys

import numpy as np
import pandas as pd

COLUMNS = ["value", "rca", "mcp", "diversity", "ubiquity", "density", "eci", "pci", "coi", "cog"]


def main(first, second):
    a = pd.read_csv(first, dtype={"region": str, "industry": str})
    b = pd.read_csv(second, dtype={"region": str, "industry": str})
    keys = [k for k in ["year", "region", "industry"] if k in a.columns]
    merged = a.merge(b, on=keys, how="outer", suffixes=("_a", "_b"), indicator=True)
    only = (merged["_merge"] != "both").sum()
    print(f"rows: {len(a)} and {len(b)}; on one side only: {only}")
    worst = 0.0
    for column in COLUMNS:
        x, y = merged[column + "_a"].to_numpy(float), merged[column + "_b"].to_numpy(float)
        nan_disagree = int((np.isnan(x) != np.isnan(y)).sum())
        both = ~np.isnan(x) & ~np.isnan(y)
        diff = float(np.max(np.abs(x[both] - y[both]))) if both.any() else 0.0
        worst = max(worst, diff)
        print(f"{column:10} max |diff| {diff:.3g}  NaN disagreements {nan_disagree}")
    print(f"max abs diff {worst:.3g}")
    return 0 if only == 0 and worst <= 1e-9 else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
