"""`python -m bench` lists the benchmarks; run one with `python -m bench.NAME`."""

import pkgutil

import bench

print("benchmarks (python -m bench.NAME):")
for mod in pkgutil.iter_modules(bench.__path__):
    if not mod.name.startswith("_"):
        print("  ", mod.name)
