"""Times the registry page's two statements (the page sorted by revenue, the capped count) for searches of one or
several words, straight through SQLite, on a database of the benchmarks (docs/PERFORMANCE.md, issue 11).
The statements are built as AppDatabase.nameCondition builds them: keep the two in step.
Usage: python3 scripts/bench-search-sql.py DB"""
import sqlite3, statistics, sys, time
db = sqlite3.connect(sys.argv[1])
print("sqlite", sqlite3.sqlite_version)
def cond(query):
    words = query.split()
    clauses, args = [], []
    long = [w for w in words if len(w) >= 3]
    if long:
        clauses.append("e.id IN (SELECT rowid FROM enterpriseSearch WHERE enterpriseSearch MATCH ?)")
        args.append(" AND ".join('"%s"' % w for w in long))
    for w in words:
        if len(w) < 3:
            clauses.append("(instr(e.nameZh, ?) > 0 OR instr(lower(coalesce(e.nameEn, '')), lower(?)) > 0)")
            args += [w, w]
    return " AND ".join(clauses), args
queries = ["汽车零部件", "汽车", "广州 汽车", "汽车 零部件", "广州 汽车零部件", "科技 汽车零部件 广州"]
rows = {}
for run in range(5):
    for q in queries:
        c, a = cond(q)
        t0, c0 = time.perf_counter(), time.process_time()
        db.execute(f"SELECT e.* FROM enterprise e WHERE {c} ORDER BY e.revenueCNY DESC, e.id DESC LIMIT 51 OFFSET 0", a).fetchall()
        n = db.execute(f"SELECT count(*) FROM (SELECT 1 FROM enterprise e WHERE {c} LIMIT 10001)", a).fetchone()[0]
        rows.setdefault(q, []).append((time.process_time() - c0, time.perf_counter() - t0, n))
print("| query | matches | CPU, median | wall, median |")
print("|---|---|---|---|")
for q in queries:
    r = rows[q]
    print(f"| `{q}` | {r[0][2]} | {statistics.median(x[0] for x in r)*1000:.0f} ms | {statistics.median(x[1] for x in r)*1000:.0f} ms |")
