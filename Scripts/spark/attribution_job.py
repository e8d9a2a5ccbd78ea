"""Attribution extraction over a news corpus on Apache Spark, and a corpus scorecard.

The `attribution` binary (linked with the Swift standard library inside, shipped to the workers
as an archive with its resource bundles) reads each partition's articles as JSON Lines on its
standard input, exactly as `attribution extract - --input jsonl --format jsonl` does on one
machine; its output lines become rows, one per attribution. Articles that cannot be read become
rows of an `errors` table (the binary's --errors-as-records), never a failed job.

Usage (Scripts/spark-extract sets up Java, PySpark and the binary, then runs this):
  python attribution_job.py extract INPUT OUTPUT --dist DIST.tar.gz [--partitions N] [--field F=KEY ...]
  python attribution_job.py scorecard OUTPUT

INPUT is JSON Lines (one article per line: id, text, optional title, outlet, date, url) or
Parquet with those columns. OUTPUT/attributions and OUTPUT/errors are Parquet; the scorecard is
OUTPUT/scorecard (Parquet) and OUTPUT/scorecard.csv.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import threading

from pyspark import SparkFiles
from pyspark.sql import SparkSession, functions as F, types as T
from pyspark.sql.window import Window

DIST = "attribution-dist"

SPANS = T.ArrayType(T.ArrayType(T.IntegerType()))
# One row per attribution. Spans are [start, end) offsets in Unicode code points into the
# article's text, as `extract` writes them.
ATTRIBUTION_SCHEMA = T.StructType([
    T.StructField("document", T.StringType(), False),
    T.StructField("outlet", T.StringType(), True),
    T.StructField("date", T.StringType(), True),
    T.StructField("title", T.StringType(), True),
    T.StructField("url", T.StringType(), True),
    T.StructField("index", T.IntegerType(), False),
    T.StructField("kind", T.StringType(), False),
    T.StructField("quote", T.StringType(), False),
    T.StructField("cue_text", T.StringType(), False),
    T.StructField("cue_spans", SPANS, False),
    T.StructField("source_text", T.StringType(), True),
    T.StructField("source_spans", SPANS, True),
    T.StructField("source_entity", T.StringType(), True),
    T.StructField("source_anonymous", T.BooleanType(), True),
    T.StructField("content_text", T.StringType(), False),
    T.StructField("content_spans", SPANS, False),
    T.StructField("channel_text", T.StringType(), True),
    T.StructField("recipient_text", T.StringType(), True),
    T.StructField("relay_text", T.StringType(), True),
])
ERROR_SCHEMA = T.StructType([T.StructField("error", T.StringType(), False)])


def rows_of(line):
    """The rows of one `extract --format jsonl` output line: ("attribution", tuple) for each
    attribution, or ("error", tuple) for an error record. Shared with the check, which applies
    it to a single-process run's output."""
    record = json.loads(line)
    if "error" in record:
        return [("error", (record["error"],))]
    metadata = record.get("metadata") or {}
    rows = []
    for index, a in enumerate(record["attributions"]):
        source = a.get("source")
        mention = lambda key: (a.get(key) or {}).get("text")
        rows.append(("attribution", (
            record["document"], metadata.get("outlet"), metadata.get("date"), metadata.get("title"),
            metadata.get("url"), index, a["kind"], a["quote"], a["cue"]["text"], a["cue"]["spans"],
            source["text"] if source else None, source["spans"] if source else None,
            source.get("entity") if source else None, source["anonymous"] if source else None,
            a["content"]["text"], a["content"]["spans"], mention("channel"), mention("recipient"),
            mention("relay"),
        )))
    return rows


def extract_partition(fields):
    """A partition function: pipes the partition's JSON lines through the binary."""
    def run(lines):
        binary = os.path.join(SparkFiles.get(DIST), "attribution")
        command = [binary, "extract", "-", "--input", "jsonl", "--format", "jsonl",
                   "--errors-as-records", "--quiet"] + [f"--field={f}" for f in fields]
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        failure = []

        def feed():
            try:
                for line in lines:
                    process.stdin.write(line.encode("utf-8") + b"\n")
            except BrokenPipeError as error:
                failure.append(error)
            finally:
                process.stdin.close()

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        for out in process.stdout:
            yield out.decode("utf-8")
        writer.join()
        stderr = process.stderr.read().decode("utf-8", "replace")
        if process.wait() != 0 or failure:
            raise RuntimeError(f"attribution extract failed (status {process.returncode}): {stderr[-2000:]}")
    return run


def inert_cell(value):
    """A CSV cell a spreadsheet shows as text: one opening with = + - @, tab or CR (a formula)
    gets a leading apostrophe, as `attribution claims --format csv` does (OWASP)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def read_corpus(spark, path):
    """The corpus as JSON lines: a JSON Lines file as it is, Parquet rows turned into lines."""
    if path.endswith(".jsonl") or path.endswith(".ndjson") or path.endswith(".json"):
        return spark.sparkContext.textFile(path)
    frame = spark.read.parquet(path)
    return frame.toJSON()


def session(name):
    """A Spark session that keeps the console to warnings (no progress bars)."""
    spark = SparkSession.builder.appName(name).config("spark.ui.showConsoleProgress", "false").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark


def extract(arguments):
    spark = session("attribution-extract")
    spark.sparkContext.addArchive(f"{arguments.dist}#{DIST}")
    lines = read_corpus(spark, arguments.input)
    if arguments.partitions:
        lines = lines.repartition(arguments.partitions) if lines.getNumPartitions() < arguments.partitions \
            else lines.coalesce(arguments.partitions)
    rows = lines.filter(lambda line: line.strip()).mapPartitions(extract_partition(arguments.field)) \
        .flatMap(rows_of).cache()
    attributions = spark.createDataFrame(rows.filter(lambda r: r[0] == "attribution").map(lambda r: r[1]),
                                         ATTRIBUTION_SCHEMA)
    errors = spark.createDataFrame(rows.filter(lambda r: r[0] == "error").map(lambda r: r[1]), ERROR_SCHEMA)
    attributions.write.mode("overwrite").parquet(os.path.join(arguments.output, "attributions"))
    errors.write.mode("overwrite").parquet(os.path.join(arguments.output, "errors"))
    spark.stop()


def scorecard(arguments):
    """Per outlet and month: attributions, the shares with a named, an anonymous and no source,
    the share that could not be verified, and the five commonest cues."""
    spark = session("attribution-scorecard")
    frame = spark.read.parquet(os.path.join(arguments.output, "attributions"))
    frame = frame.withColumn("month", F.substring(F.coalesce(F.col("date"), F.lit("")), 1, 7)) \
        .withColumn("outlet", F.coalesce(F.col("outlet"), F.lit("(unknown)"))) \
        .withColumn("cue", F.lower(F.col("cue_text")))
    counts = frame.groupBy("outlet", "month").agg(
        F.count(F.lit(1)).alias("attributions"),
        F.avg((F.col("source_text").isNotNull() & ~F.col("source_anonymous")).cast("double")).alias("named_share"),
        F.avg((F.col("source_text").isNotNull() & F.col("source_anonymous")).cast("double")).alias("anonymous_share"),
        F.avg(F.col("source_text").isNull().cast("double")).alias("no_source_share"),
        F.avg((F.col("kind") == "couldNotVerify").cast("double")).alias("could_not_verify_share"),
    )
    cues = frame.groupBy("outlet", "month", "cue").count()
    ranked = cues.withColumn(
        "rank", F.row_number().over(Window.partitionBy("outlet", "month").orderBy(F.desc("count"), F.asc("cue"))))
    top = ranked.filter(F.col("rank") <= 5).groupBy("outlet", "month").agg(
        F.concat_ws("; ", F.transform(F.sort_array(F.collect_list(F.struct("rank", "cue"))),
                                      lambda s: s["cue"])).alias("top_cues"))
    result = counts.join(top, ["outlet", "month"], "left").orderBy("outlet", "month")
    result.write.mode("overwrite").parquet(os.path.join(arguments.output, "scorecard"))
    # The scorecard is small (outlets times months): one CSV file, written by the driver.
    columns = result.columns
    with open(os.path.join(arguments.output, "scorecard.csv"), "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in result.collect():
            writer.writerow([inert_cell(row[c]) for c in columns])
    spark.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("extract")
    run.add_argument("input")
    run.add_argument("output")
    run.add_argument("--dist", required=True, help="the binary and its resources, as a .tar.gz")
    run.add_argument("--partitions", type=int, default=0)
    run.add_argument("--field", action="append", default=[], help="FIELD=KEY, as extract --field")
    card = commands.add_parser("scorecard")
    card.add_argument("output")
    arguments = parser.parse_args()
    {"extract": extract, "scorecard": scorecard}[arguments.command](arguments)


if __name__ == "__main__":
    sys.exit(main())
