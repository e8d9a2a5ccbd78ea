"""Checks the Spark job in local mode against a single-process `attribution extract`.

A corpus of a few hundred articles from the example cases (with made-up outlets and dates, and
two bad lines)
goes through Scripts/spark-extract on four partitions and through one `attribution extract`
process; the Parquet rows must equal the rows of the single process's output, the bad lines
must be error rows, and the scorecard must count every attribution. Prints both wall times.

Usage: python check_spark.py PACKAGE_ROOT ARTICLES
"""

import atexit
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

root, articles = sys.argv[1], int(sys.argv[2])
sys.path.insert(0, os.path.join(root, "Scripts", "spark"))
from attribution_job import rows_of  # noqa: E402

# Articles from the example cases under Graphs/ (PolNeAR's are not part of the project): each
# article whole, then each pair of its paragraphs as an article of its own.
documents = []
for path in sorted(glob.glob(os.path.join(root, "Graphs", "*", "articles", "*"))):
    if not path.endswith((".txt", ".md")):
        continue
    text = open(path, encoding="utf-8").read()
    if text.startswith("---\n") and "\n---\n" in text[4:]:
        text = text[4:].split("\n---\n", 1)[1]
    name = os.path.splitext(os.path.basename(path))[0]
    documents.append((name, text))
    paragraphs = [p for p in text.split("\n") if p.strip()]
    for index in range(0, len(paragraphs), 2):
        documents.append((f"{name}-{index // 2}", "\n".join(paragraphs[index:index + 2]) + "\n"))
if len(documents) < articles:
    sys.exit(f"check-spark: the example cases give {len(documents)} articles, fewer than {articles}")
work = tempfile.mkdtemp(prefix="check-spark-")
atexit.register(shutil.rmtree, work, True)
corpus = os.path.join(work, "corpus.jsonl")
outlets = ["The Daily Record", "=HYPERLINK(\"x\")", "Wire Service"]
with open(corpus, "w", encoding="utf-8") as out:
    for number, (name, text) in enumerate(documents[:articles]):
        record = {"id": name, "text": text, "outlet": outlets[number % 3], "date": f"2016-{number % 12 + 1:02d}-15"}
        out.write(json.dumps(record) + "\n")
        if number == 10:
            out.write("{not json\n")
        if number == 20:
            out.write(json.dumps({"id": "no-text", "title": "x"}) + "\n")

binary = os.path.join(root, ".build-static", "release", "attribution")
start = time.time()
single = subprocess.run([binary, "extract", corpus, "--format", "jsonl", "--errors-as-records", "--quiet"],
                        check=True, capture_output=True, text=True).stdout
single_seconds = time.time() - start
expected = [row for line in single.splitlines() for row in rows_of(line)]
expected_attributions = sorted(json.dumps(r[1]) for r in expected if r[0] == "attribution")
expected_errors = sorted(r[1][0] for r in expected if r[0] == "error")

output = os.path.join(work, "out")
start = time.time()
subprocess.run([os.path.join(root, "Scripts", "spark-extract"), corpus, output, "--partitions", "4"], check=True)
spark_seconds = time.time() - start

from pyspark.sql import SparkSession  # noqa: E402

spark = SparkSession.builder.appName("check-spark").config("spark.ui.showConsoleProgress", "false").getOrCreate()
spark.sparkContext.setLogLevel("WARN")
rows = spark.read.parquet(os.path.join(output, "attributions")).collect()
got_attributions = sorted(json.dumps([[list(s) for s in x] if isinstance(x, list) else x for x in row]) for row in rows)
got_errors = sorted(row["error"] for row in spark.read.parquet(os.path.join(output, "errors")).collect())
spark.stop()

problems = []
if got_attributions != expected_attributions:
    missing = set(expected_attributions) - set(got_attributions)
    extra = set(got_attributions) - set(expected_attributions)
    problems.append(f"rows differ: {len(missing)} missing, {len(extra)} extra; e.g. {sorted(missing)[:1]} {sorted(extra)[:1]}")
if len(expected_errors) != 2 or [e.split(": ", 1)[1] for e in got_errors] != [e.split(": ", 1)[1] for e in expected_errors]:
    problems.append(f"error rows differ: {got_errors} vs {expected_errors}")
with open(os.path.join(output, "scorecard.csv"), encoding="utf-8") as card:
    lines = card.read().splitlines()
header = lines[0].split(",")
counted = sum(int(line.split(",")[header.index("attributions")]) for line in lines[1:] if line)
if counted != len(expected_attributions):
    problems.append(f"the scorecard counts {counted} attributions, not {len(expected_attributions)}")
if not any(line.startswith("\"'=HYPERLINK") for line in lines[1:]):
    problems.append("the scorecard's formula-like outlet is not escaped")

# `attribution scorecard` on the single process's output gives the Spark scorecard's figures.
import csv  # noqa: E402
card = json.loads(subprocess.run([binary, "scorecard", "-", "--format", "json"], input=single,
                                 check=True, capture_output=True, text=True).stdout)
ours = {(row["outlet"], row["month"]): row for row in card["rows"] if row["attributions"] > 0}
with open(os.path.join(output, "scorecard.csv"), encoding="utf-8", newline="") as handle:
    theirs = list(csv.DictReader(handle))
def plain(cell):
    return cell[1:] if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@") else cell
if len(theirs) != len(ours):
    problems.append(f"attribution scorecard has {len(ours)} outlet-months, Spark {len(theirs)}")
for row in theirs:
    mine = ours.get((plain(row["outlet"]), row["month"]))
    if mine is None:
        problems.append(f"attribution scorecard lacks {row['outlet']} {row['month']}")
        continue
    n = mine["attributions"]
    pairs = [("attributions", n, int(row["attributions"])),
             ("named_share", mine["named"] / n, float(row["named_share"])),
             ("anonymous_share", mine["anonymous"] / n, float(row["anonymous_share"])),
             ("no_source_share", mine["noSource"] / n, float(row["no_source_share"])),
             ("could_not_verify_share", mine["couldNotVerify"] / n, float(row["could_not_verify_share"]))]
    for name, a, b in pairs:
        if abs(a - b) > 1e-9:
            problems.append(f"{row['outlet']} {row['month']}: {name} {a} here, {b} in Spark")
    if "; ".join(mine["topCues"]) != row["top_cues"]:
        problems.append(f"{row['outlet']} {row['month']}: top cues {mine['topCues']} here, {row['top_cues']} in Spark")

print(f"check-spark: {articles} articles, {len(expected_attributions)} attribution rows, {len(got_errors)} error rows")
print(f"check-spark: Spark local mode, 4 partitions: {spark_seconds:.1f} s (with JVM start and the scorecard); "
      f"one process: {single_seconds:.1f} s")
if problems:
    print("check-spark: FAILED\n  " + "\n  ".join(problems), file=sys.stderr)
    sys.exit(1)
print("check-spark: the Spark rows equal the single process's, and its scorecard `attribution scorecard`'s")
