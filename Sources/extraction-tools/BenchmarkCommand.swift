@_spi(Training) import AttributionExtraction
import ArgumentParser
import AttributionDocuments
import AttributionSemantics
import Dispatch
import Foundation

/// `extraction-tools benchmark`: extraction throughput on a folder of articles, single core and
/// on all cores, against two baselines measured in the same run (the sentence splitter alone,
/// and the rule-based extractor without the learned model).
struct BenchmarkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "benchmark", abstract: "Measure extraction throughput on a folder of .txt files.")

  @Argument(help: "A folder of .txt articles (e.g. PolNeAR's train/text).")
  var folder: String

  @Option(help: "Timed passes over the folder; the fastest counts.")
  var repeats = 3

  @Option(help: "The accurate tier is timed on the folder's first N articles (a case), against the fast tier on the same.")
  var caseArticles = 30

  @Option(help: ArgumentHelp("Also time both tiers on this case's articles (a case folder).", valueName: "folder"))
  var seedCase: String?

  func run() throws {
    let url = URL(fileURLWithPath: folder)
    let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    let reader = DocumentReader()
    let documents = try names.map {
      try reader.read(contentsOf: url.appendingPathComponent($0), displayPath: $0)
    }
    let megabytes = Double(documents.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000
    let cores = ProcessInfo.processInfo.activeProcessorCount
    print("\(documents.count) articles, \(String(format: "%.2f", megabytes)) MB, \(cores) cores")

    let full = AttributionExtractor()
    let rules = AttributionExtractor.rulesOnly
    let rows: [(String, @Sendable (Document) -> Int)] = [
      ("sentence splitter only", { AttributionExtractor.sentences(in: $0).count }),
      ("rules only", { rules.attributions(in: $0).count }),
      ("tokens + syntax taggers", { full.syntaxTagsOnly(in: $0) }),
      ("extractor (rules + model)", { full.attributions(in: $0).count }),
    ]
    var single: [Double] = []
    for (name, work) in rows {
      let oneCore = fastest { documents.reduce(0) { $0 + work($1) } }
      let allCores = fastest { parallel(documents, workers: cores, work) }
      single.append(oneCore)
      print(
        "\(name.padding(toLength: 26, withPad: " ", startingAt: 0))"
          + " 1 core: \(rate(megabytes, oneCore)) MB/s \(rate(Double(documents.count), oneCore)) articles/s"
          + " | \(cores) cores: \(rate(megabytes, allCores)) MB/s \(rate(Double(documents.count), allCores)) articles/s"
          + " (speed-up \(String(format: "%.2f", oneCore / allCores))x)")
    }
    print(
      "extractor vs sentence splitter: \(String(format: "%.1f", single[3] / single[0]))x the time;"
        + " vs rules only: \(String(format: "%.2f", single[3] / single[1]))x;"
        + " syntax taggers (with tokenizing) \(String(format: "%.0f", 100 * single[2] / single[3]))% of the extractor's time")
    // Messy text: a megabyte with no full stop is one long run of text the splitter must cut.
    let unit = "the minister said that troops moved and officials warned that “shells fell” while "
    let messy = Document(id: "messy", text: String(repeating: unit, count: 1_000_000 / unit.utf8.count + 1))
    let messyTime = fastest { full.attributions(in: messy).count }
    print(
      "1 MB, no full stop         1 core: \(String(format: "%.3f", messyTime)) s"
        + " (\(rate(Double(messy.text.utf8.count) / 1_000_000, messyTime)) MB/s)")
    try benchmarkTiers(Array(documents.prefix(caseArticles)), cores: cores)
    var usage = rusage()
    #if os(Linux)
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    print("peak memory (max RSS): \(String(format: "%.1f", Double(usage.ru_maxrss) / 1024)) MB")
  }

  /// The accurate tier against the fast one on a case-sized set of articles (and the seed
  /// case, when given): one core, all cores, and the ratio.
  func benchmarkTiers(_ sample: [Document], cores: Int) throws {
    let accurate = try AttributionExtractor(tier: .accurate)
    let fast = try AttributionExtractor(tier: .fast)
    var sets = [("\(sample.count) articles", sample)]
    if let seedCase {
      let articles = URL(fileURLWithPath: seedCase).appendingPathComponent("articles")
      let names = try FileManager.default.contentsOfDirectory(atPath: articles.path).filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }.sorted()
      let reader = DocumentReader()
      sets.append(("seed case (\(names.count) articles)", try names.map { try reader.read(contentsOf: articles.appendingPathComponent($0), displayPath: $0) }))
    }
    _ = accurate.attributions(in: sample[0])  // the model is read once, before timing
    print(
      "accurate tier: integer products on \(SentenceEncoder.integerKernel), float products on OpenBLAS's"
        + " \(SentenceEncoder.matrixKernel) kernels")
    for (name, documents) in sets {
      let kilobytes = Double(documents.reduce(0) { $0 + $1.text.utf8.count }) / 1000
      print("\(name), \(String(format: "%.1f", kilobytes)) KB:")
      var times: [Double] = []
      for (tier, extractor) in [("accurate", accurate), ("fast", fast)] {
        let oneCore = fastest { documents.reduce(0) { $0 + extractor.attributions(in: $1).count } }
        let allCores = fastest { parallel(documents, workers: cores, { extractor.attributions(in: $0).count }) }
        times.append(oneCore)
        print(
          "  \(tier.padding(toLength: 9, withPad: " ", startingAt: 0)) 1 core: \(String(format: "%.2f", oneCore)) s,"
            + " \(rate(kilobytes, oneCore)) KB/s, \(rate(Double(documents.count), oneCore)) articles/s"
            + " | \(cores) cores: \(String(format: "%.2f", allCores)) s, \(rate(kilobytes, allCores)) KB/s")
      }
      print("  accurate tier: \(String(format: "%.0f", times[0] / times[1]))x the fast tier's time on one core")
    }
  }

  func fastest(_ body: () -> Int) -> Double {
    var best = Double.infinity
    for _ in 0..<max(1, repeats) {
      let start = DispatchTime.now().uptimeNanoseconds
      let found = body()
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      if found >= 0 { best = min(best, seconds) }
    }
    return best
  }

  func parallel(
    _ documents: [Document], workers: Int, _ work: @escaping @Sendable (Document) -> Int
  ) -> Int {
    let tally = Tally()
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var total = 0
      for index in stride(from: worker, to: documents.count, by: workers) {
        total += work(documents[index])
      }
      tally.add(total)
    }
    return tally.total
  }

  func rate(_ amount: Double, _ seconds: Double) -> String {
    String(format: "%.2f", amount / seconds)
  }
}

/// A total that worker threads add to.
final class Tally: @unchecked Sendable {
  private let lock = NSLock()
  private var sum = 0

  func add(_ value: Int) {
    lock.lock()
    sum += value
    lock.unlock()
  }

  var total: Int {
    lock.lock()
    defer { lock.unlock() }
    return sum
  }
}
