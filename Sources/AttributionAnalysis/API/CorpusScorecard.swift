import Foundation

/// How a corpus sources what it prints, per outlet and month, from extraction output alone (no
/// graph is built, so it scales with the corpus): attributions, the shares with a named source,
/// an anonymous source and none, the share that could not be verified, and the commonest cues.
/// The Spark job's scorecard (`Scripts/spark/attribution_job.py`) computes the same figures.
public struct CorpusScorecard: Sendable {
  /// One outlet in one month.
  public struct Row: Hashable, Codable, Sendable {
    /// The outlet, or `(unknown)` when the article does not say.
    public var outlet: String
    /// The month, `YYYY-MM` (the first seven characters of the article's date), or empty.
    public var month: String
    /// Attributions counted.
    public var attributions: Int
    /// Articles counted (with or without attributions).
    public var articles: Int
    /// Attributions with a source the text names, with a source it does not name, and with none.
    public var named: Int
    public var anonymous: Int
    public var noSource: Int
    /// Attributions whose kind is could-not-verify.
    public var couldNotVerify: Int
    /// The five commonest cues (lower-cased), most common first, ties in alphabetical order.
    public var topCues: [String]

    /// `count` as a share of the attributions; nil when there are none.
    public func share(_ count: Int) -> Double? {
      attributions == 0 ? nil : Double(count) / Double(attributions)
    }
  }

  /// One attribution as the scorecard counts it.
  public struct Attribution: Sendable {
    public var kind: String
    public var cue: String
    /// Nil when the attribution has no source; else whether the source is unnamed.
    public var anonymousSource: Bool?

    public init(kind: String, cue: String, anonymousSource: Bool?) {
      self.kind = kind
      self.cue = cue
      self.anonymousSource = anonymousSource
    }
  }

  /// The outlet shown for articles that name none.
  public static let unknownOutlet = "(unknown)"
  /// How many cues a row lists.
  public static let topCueCount = 5

  private struct Key: Hashable, Comparable {
    var outlet: String
    var month: String
    static func < (a: Key, b: Key) -> Bool { (a.outlet, a.month) < (b.outlet, b.month) }
  }

  private struct Tally {
    var articles = 0
    var attributions = 0
    var named = 0
    var anonymous = 0
    var noSource = 0
    var couldNotVerify = 0
    var cues: [String: Int] = [:]
  }

  private var tallies: [Key: Tally] = [:]

  /// An empty scorecard.
  public init() {}

  /// Counts one article: its outlet and date (as its metadata gives them) and its attributions.
  public mutating func add(outlet: String?, date: String?, attributions: [Attribution]) {
    let key = Key(
      outlet: outlet.flatMap { $0.isEmpty ? nil : $0 } ?? Self.unknownOutlet,
      month: String((date ?? "").prefix(7)))
    var tally = tallies[key, default: Tally()]
    tally.articles += 1
    for attribution in attributions {
      tally.attributions += 1
      switch attribution.anonymousSource {
      case nil: tally.noSource += 1
      case true?: tally.anonymous += 1
      case false?: tally.named += 1
      }
      if attribution.kind == "couldNotVerify" { tally.couldNotVerify += 1 }
      tally.cues[attribution.cue.lowercased(), default: 0] += 1
    }
    tallies[key] = tally
  }

  /// The rows, by outlet and month.
  public var rows: [Row] {
    tallies.keys.sorted().map { key in
      let tally = tallies[key]!
      let cues = tally.cues.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(Self.topCueCount)
      return Row(
        outlet: key.outlet, month: key.month, attributions: tally.attributions, articles: tally.articles,
        named: tally.named, anonymous: tally.anonymous, noSource: tally.noSource,
        couldNotVerify: tally.couldNotVerify, topCues: cues.map(\.key))
    }
  }
}
