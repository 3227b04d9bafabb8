#!/usr/bin/env python3
"""Writes the benchmark's long table for `zhizao complexity`: 3,000 counties × the 1,380 GB/T 4754-2017 classes,
every pair one row (4,140,000 rows): `region,industry,value`, the value a firm count.

Seeded and realistic in shape: county sizes log-normal (a few large, most small), class sizes log-normal,
each county leaning towards classes near its own position on three latent "capability" axes (so M has
product-space structure), counts drawn from a Poisson around that expectation: most pairs are 0.

    python3 scripts/complexity-bench-table.py /tmp/complexity-bench.csv [--regions 3000] [--seed 12]
"""
import argparse
import csv
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
CLASSES = os.path.join(HERE, "..", "Sources", "ZhizaoCore", "Resources", "gbt4754-2017.csv")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--regions", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    with open(CLASSES, encoding="utf-8") as f:
        classes = [row["code"] for row in csv.DictReader(f) if row["level"] == "class"]
    rng = np.random.default_rng(args.seed)
    regions = [f"{110000 + n:06d}" for n in range(args.regions)]
    county_size = rng.lognormal(5.0, 1.1, len(regions))
    class_size = rng.lognormal(0.0, 1.3, len(classes))
    county_position = rng.normal(0, 1, (len(regions), 3))
    class_position = rng.normal(0, 1, (len(classes), 3))
    affinity = np.exp(0.9 * county_position @ class_position.T)
    expected = county_size[:, None] * class_size[None, :] * affinity
    expected *= 0.6 * len(regions) * len(classes) * 1.0 / expected.sum() * 4  # about 2.4 firms a pair on average
    counts = rng.poisson(expected)
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("region,industry,value\n")
        for r, region in enumerate(regions):
            row = counts[r]
            out.write("".join(f"{region},{code},{row[i]}\n" for i, code in enumerate(classes)))
    print(f"{len(regions) * len(classes)} rows, {np.mean(counts == 0):.0%} zero, {counts.sum()} firms")


if __name__ == "__main__":
    main()
