#!/usr/bin/env python3
"""Makes the complexity fixtures and py-ecomplexity's answers on them.

Writes, into Tests/ZhizaoAnalyticsTests/Fixtures/Complexity/, three small long tables (`*.csv`, columns
region,industry,value[,year]) and, for each, `*.expected.csv`: the output of PyPI `ecomplexity` (0.5.3) with
its defaults and RCA threshold 1, one row per region × industry and year, columns
year,region,industry,value,rca,mcp,diversity,ubiquity,density,eci,pci,coi,cog (NaN written empty).

    pip install ecomplexity==0.5.3
    python3 scripts/ecomplexity-fixtures.py

The tables are seeded (numpy's PCG64), so running it again writes the same files.
"""
import os
import sys
import warnings

import numpy as np
import pandas as pd
from ecomplexity import ecomplexity

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Tests", "ZhizaoAnalyticsTests", "Fixtures", "Complexity")
COLUMNS = ["rca", "mcp", "diversity", "ubiquity", "density", "eci", "pci", "coi", "cog"]


def skewed_table(rng, regions, industries, fill, years=None):
    """Long table of integer counts: region sizes and industry sizes log-normal, each pair present with
    probability `fill`, regions leaning to a few industries (so M has structure)."""
    rows = []
    for year in years or [None]:
        region_size = rng.lognormal(3, 1, len(regions))
        industry_size = rng.lognormal(2, 1, len(industries))
        lean = rng.integers(0, len(industries), len(regions))
        for r, region in enumerate(regions):
            for i, industry in enumerate(industries):
                if rng.random() > fill:
                    continue
                near = np.exp(-abs(i - lean[r]) / 3)
                value = int(round(region_size[r] * industry_size[i] * (0.2 + near) * rng.lognormal(0, 0.5)))
                row = {"region": region, "industry": industry, "value": value}
                if year is not None:
                    row["year"] = year
                rows.append(row)
    return pd.DataFrame(rows)


def expected(table):
    data = table.copy()
    has_year = "year" in data.columns
    if not has_year:
        data["year"] = 0
    cols = {"time": "year", "loc": "region", "prod": "industry", "val": "value"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = ecomplexity(data, cols, rca_mcp_threshold=1, verbose=False)
    ordered = (["year"] if has_year else []) + ["region", "industry", "value"] + COLUMNS
    out = out[ordered].sort_values(ordered[: 3 if has_year else 2]).reset_index(drop=True)
    return out


def write(name, table):
    table.to_csv(os.path.join(OUT, name + ".csv"), index=False)
    expected(table).to_csv(os.path.join(OUT, name + ".expected.csv"), index=False, float_format="%.17g", na_rep="")


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(20261201)
    cities = ["广州", "深圳", "珠海", "汕头", "佛山", "韶关", "河源", "梅州", "惠州", "汕尾", "东莞", "中山"]
    classes = ["3610", "3620", "3630", "3660", "3670", "3911", "3912", "3921", "3922", "3940", "3971", "3972",
               "2710", "2720", "2750", "3411", "3412", "3811", "3812", "3831"]
    # 1. Several years: 12 cities × 20 classes, 2021–2023, 70 % of pairs present.
    write("years", skewed_table(rng, cities, classes, 0.7, years=[2021, 2022, 2023]))
    # 2. A zero row (韶关's values all 0), a zero column (3940 all 0), ties (汕尾 a copy of 河源), no year.
    table = skewed_table(rng, cities[:10], classes[:12], 0.8)
    table.loc[table.region == "韶关", "value"] = 0
    table.loc[table.industry == "3940", "value"] = 0
    table = table[table.region != "汕尾"]
    copy = table[table.region == "河源"].copy()
    copy["region"] = "汕尾"
    table = pd.concat([table, copy]).reset_index(drop=True)
    write("zeros", table)
    # 3. Larger and sparser, for the eigen-solver: 60 regions × 80 industries, 35 % present.
    regions = [f"R{n:02d}" for n in range(60)]
    industries = [f"{1300 + 7 * n}" for n in range(80)]
    write("sparse", skewed_table(rng, regions, industries, 0.35))


if __name__ == "__main__":
    sys.exit(main())
