#!/usr/bin/env python3
"""Whole-process timings of several commands taken in turn, so that the machine's drift (its speed moves within
minutes) falls on all of them alike: each round runs every command once, pinned to one core, output discarded.
Prints each command's median, first quartile and fastest, in ms.

Usage: scripts/bench-alternate.py ROUNDS 'COMMAND A' 'COMMAND B' ...   (CORE=N pins to core N, default 0)
"""
import os
import statistics
import subprocess
import sys
import time

rounds, commands = int(sys.argv[1]), sys.argv[2:]
core = os.environ.get("CORE", "0")
times = {command: [] for command in commands}
for _ in range(rounds):
    for command in commands:
        start = time.perf_counter()
        subprocess.run(["taskset", "-c", core] + command.split(), stdout=subprocess.DEVNULL, check=True)
        times[command].append((time.perf_counter() - start) * 1000)
for command in commands:
    t = sorted(times[command])
    print(f"{statistics.median(t):8.1f} ms median {t[len(t) // 4]:8.1f} q1 {t[0]:8.1f} fastest   {command}")
