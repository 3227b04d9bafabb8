#!/usr/bin/env python3
"""The floor of the complexity benchmark: only the matrix work py-ecomplexity does, in numpy (its bundled
OpenBLAS, all cores), on the benchmark's table already in memory as a dense array — no file reading, no
pandas, no writing. Prints the seconds of each product and their sum (median of RUNS).

    python3 scripts/complexity-floor.py /tmp/complexity-bench-3000.csv [RUNS=3]
"""
import statistics
import sys
import time

import numpy as np
import pandas as pd


def main(path, runs=3):
    data = pd.read_csv(path, dtype={"region": str, "industry": str})
    table = data.pivot(index="region", columns="industry", values="value").fillna(0).to_numpy(float)
    steps = {}

    def timed(name, fn):
        start = time.perf_counter()
        result = fn()
        steps.setdefault(name, []).append(time.perf_counter() - start)
        return result

    for _ in range(runs):
        rca = timed("rca", lambda: (table / table.sum(1, keepdims=True)) / (table.sum(0) / table.sum()))
        m = (rca >= 1).astype(float)
        kc, kp = m.sum(1), m.sum(0)
        mpp = timed("D_p^-1 Mt D_c^-1 M", lambda: (m / kp).T @ (m / kc[:, None]))
        timed("eig (numpy, non-symmetric)", lambda: np.linalg.eig(mpp))
        timed("eigh (symmetric form)", lambda: np.linalg.eigh(mpp * np.sqrt(kp)[:, None] / np.sqrt(kp)[None, :]))
        prox = timed("proximity Mt M", lambda: np.minimum(m.T @ m / kp, (m.T @ m / kp).T))
        timed("density M prox", lambda: m @ (prox.T / prox.sum(1)[None, :]))
        pci = np.random.default_rng(1).normal(size=kp.size)
        timed("cog (1-M) Q", lambda: (1 - m) * ((1 - m) @ (prox * (pci / prox.sum(1))[:, None])))
    total = 0.0
    for name, seconds in steps.items():
        if name.startswith("eig ("):
            continue
        median = statistics.median(seconds)
        total += median
        print(f"{name:32} {median:7.3f} s")
    print(f"{'eig (numpy, non-symmetric)':32} {statistics.median(steps['eig (numpy, non-symmetric)']):7.3f} s (py-ecomplexity's; not in the sum)")
    print(f"{'floor (sum, with eigh)':32} {total:7.3f} s")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
