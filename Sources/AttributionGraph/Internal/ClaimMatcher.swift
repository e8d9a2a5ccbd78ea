import AttributionLexicon
import AttributionSemantics
import Foundation

/// Semantic claim matching: statements whose contents assert the same proposition in different
/// words become one claim.
///
/// Each distinct content gets two readings: its sentence vector (which sees that "came under
/// fire" and "a small-scale clash" report one event) and its TF-IDF vector over the case (which
/// sees the rare words two reports share). The sentence vector is the encoder's
/// (``SentenceEncoder``) in cases of up to ``encoderLimit`` contents, the static table's
/// (``SentenceVectors``) beyond. A pair of contents scores a weighted mean of the two cosines
/// (or, when their words alone are as alike as the lexical merger asks, that).
/// Pairs at or above the threshold, and with no conflict in their wording
/// (``ClaimFrame/conflict(_:_:_:_:)``: figures, polarity, modality, names, place, actor and
/// target), are joined best first; two groups join only when no pair across them conflicts and
/// their pairs score at least the threshold on average, so a chain of near neighbours cannot
/// carry one claim into another. Identical contents are always one claim, and groups the
/// lexical merger made (`joined`) start joined.
///
/// Every pair is compared in cases of up to ``allPairsLimit`` distinct contents; above that,
/// only the latest contents that share one of their rarest words or names
/// (``corpusCandidates(_:)``), and groups are judged on their first ``joinSample`` items, which
/// keeps a corpus of millions of statements near linear.
struct ClaimMatcher {
  /// The score at or above which a pair is one claim.
  var threshold: Double
  /// How much of a pair's score is the sentence vectors' cosine (the rest is TF-IDF's).
  var semanticWeight: Double
  /// Whether contents are read by the encoder (``SentenceEncoder``) or the static table.
  var usesEncoder: Bool

  /// The matcher for a case of `count` distinct contents: the encoder up to ``encoderLimit``
  /// (unless `encoder` is false), the static table beyond. Threshold and weight of each were set
  /// on the gold cases (README, "Measuring claim merging").
  init(contents count: Int, encoder: Bool = true) {
    usesEncoder = encoder && count <= Self.encoderLimit
    threshold = usesEncoder ? 0.45 : 0.55
    semanticWeight = usesEncoder ? 0.6 : 0.5
  }

  /// The most distinct contents the encoder reads (about 10 ms each on two cores): a case of a
  /// hundred articles is read in seconds, a corpus by the static table.
  static let encoderLimit = 3_000
  static let allPairsLimit = 3_000
  /// Above ``allPairsLimit``, how many earlier contents a word may index before it stops
  /// finding candidates.
  static let postingLimit = 200
  /// How many of the latest contents sharing a word are a content's candidates (in the
  /// semantic matcher above ``allPairsLimit``; in the lexical merger, clusters, always): each
  /// content is compared with a bounded number of others, however large the corpus (news
  /// repeats a claim close to when it was first made).
  static let postingWindow = 64
  /// How many items of each of two groups are compared before they are joined: the first ones
  /// of each (a case's groups are smaller; a corpus's can hold thousands).
  static let joinSample = 16

  struct Item {
    var text: ClaimText
    var frame: ClaimFrame
    var tfidf: ClaimVector
    var vector: [Float]
    /// The sentence vector before the case's topic is taken away (what a headline is read by),
    /// for the items of articles with a headline only.
    var raw: [Float] = []
    var rare: [String]
  }

  /// Clusters of `contents` (indices into it), each in input order, clusters ordered by their
  /// first member.
  /// `joined` are groups already made (by the lexical merger): semantic matching only adds to them.
  /// `headlines` says which contents are headlines and `documents` which article each is from:
  /// a headline left alone joins the claim of its own article it is closest to (see
  /// ``headlineThreshold``).
  func clusters(
    _ contents: [String], texts: [ClaimText], vectors: ClaimVectors, places: Gazetteer, joined: [[Int]] = [],
    headlines: [Bool] = [], documents: [Int] = []
  ) -> [[Int]] {
    // Identical contents are one item.
    var itemOf: [String: Int] = [:]
    var members: [[Int]] = []
    for (index, content) in contents.enumerated() {
      let key = content.lowercased().trimming(Lexicon.contentEdges)
      if let item = itemOf[key] {
        members[item].append(index)
        continue
      }
      itemOf[key] = members.count
      members.append([index])
    }
    // Each distinct content read on all cores: its frame, TF-IDF vector, rarest words and
    // (from the static table) sentence vector; the encoder batches its own.
    let known = ClaimFrame.Places(places)
    let table = usesEncoder ? nil : SentenceVectors.standard
    var items = members.parallelMap { members -> Item in
      let (content, text) = (contents[members[0]], texts[members[0]])
      return Item(
        text: text, frame: ClaimFrame(content, names: text.names, places: known),
        tfidf: vectors.vector(text), vector: table?.vector(content) ?? [],
        rare: vectors.rarest(text, count: 6) + text.names.sorted())
    }
    if usesEncoder {
      let readings = members.map { contents[$0[0]] }
      for (index, vector) in SentenceEncoder.standard.vectors(readings).enumerated() { items[index].vector = vector }
    }
    // What every statement of the case is about (the topic) is the mean of their vectors; taken
    // away, the cosine compares what each says about it.
    // In a small case the few statements are the topic: the mean is taken away in part only
    // (a share of n / (n + 20)), so three reports of one event do not cancel themselves out.
    if items.count > 1 {
      // The vectors before centring are kept for what headlines are compared with: the items
      // of articles with a headline.
      let headlineDocuments = Set(headlines.indices.filter { headlines[$0] }.map { documents[$0] })
      let keepsRaw = members.map { !headlineDocuments.isEmpty && $0.contains { headlineDocuments.contains(documents[$0]) } }
      var mean = [Float](repeating: 0, count: items[0].vector.count)
      for item in items { for d in mean.indices { mean[d] += item.vector[d] } }
      let count = Float(items.count)
      let share = count / (count + 20)
      for index in items.indices {
        if keepsRaw[index] { items[index].raw = items[index].vector }
        var centred = items[index].vector
        for d in centred.indices { centred[d] -= share * mean[d] / count }
        let norm = centred.reduce(0) { $0 + $1 * $1 }.squareRoot()
        items[index].vector = norm > 0 ? centred.map { $0 / norm } : centred
      }
    }
    // Each item's earlier candidates: every earlier item in a case, those sharing a rare word
    // in a corpus; then the pairs scored on all cores, each item's in order.
    // (In a case, nil: every earlier item, listed when its turn comes.)
    let candidates = items.count > Self.allPairsLimit ? Self.corpusCandidates(items.map(\.rare)) : nil
    let frozen = items
    let earlierOf = candidates
    var pairs = Array(items.indices).parallelMap { index in
      (earlierOf?[index] ?? Array(0..<index)).compactMap { other -> (score: Double, a: Int, b: Int)? in
        let score = self.score(frozen[other], frozen[index])
        guard score >= threshold,
          ClaimFrame.conflict(frozen[other].text, frozen[other].frame, frozen[index].text, frozen[index].frame) == nil
        else { return nil }
        return (score, other, index)
      }
    }.flatMap { $0 }
    pairs.sort { ($0.score, $1.a, $1.b) > ($1.score, $0.a, $0.b) }
    // Groups of items, joined best pair first.
    var group = Array(items.indices)
    var groupItems = items.indices.map { [$0] }
    var itemOfContent = [Int](repeating: 0, count: contents.count)
    for (item, indices) in members.enumerated() { for index in indices { itemOfContent[index] = item } }
    for cluster in joined {
      let groups = Set(cluster.map { group[itemOfContent[$0]] }).sorted()
      guard let keep = groups.first else { continue }
      for drop in groups.dropFirst() {
        for item in groupItems[drop] { group[item] = keep }
        groupItems[keep] += groupItems[drop]
        groupItems[drop] = []
      }
    }
    for pair in pairs {
      let (ga, gb) = (group[pair.a], group[pair.b])
      guard ga != gb, canJoin(groupItems[ga], groupItems[gb], items) else { continue }
      let (keep, drop) = (min(ga, gb), max(ga, gb))
      for item in groupItems[drop] { group[item] = keep }
      groupItems[keep] += groupItems[drop]
      groupItems[drop] = []
    }
    joinHeadlines(headlines, documents, members: members, items: items, group: &group, groupItems: &groupItems)
    return groupItems.filter { !$0.isEmpty }
      .map { $0.flatMap { members[$0] }.sorted() }
      .sorted { $0[0] < $1[0] }
  }

  /// Each content's earlier candidates in a corpus, from the words it is read by (its rarest
  /// words and names): the ``postingWindow`` latest contents sharing each word, unless more than
  /// ``postingLimit`` share it (a word hundreds of contents share names a topic, not a claim).
  static func corpusCandidates(_ words: [[String]]) -> [[Int]] {
    var found: [[Int]] = []
    var postings: [String: [Int]] = [:]
    found.reserveCapacity(words.count)
    var sharing: [Int] = []
    for (index, words) in words.enumerated() {
      // The contents sharing a word, sorted, each once.
      sharing.removeAll(keepingCapacity: true)
      for word in words {
        if let posting = postings[word], posting.count <= postingLimit { sharing += posting.suffix(postingWindow) }
      }
      sharing.sort()
      var unique: [Int] = []
      unique.reserveCapacity(sharing.count)
      for other in sharing where other != unique.last { unique.append(other) }
      found.append(unique)
      for word in words { postings[word, default: []].append(index) }
    }
    return found
  }

  /// A pair's score: the mean of the two cosines, or the TF-IDF cosine alone when that is
  /// higher (what the lexical merger joins, semantic matching joins too, vetoes permitting).
  func score(_ a: Item, _ b: Item) -> Double {
    let lexical = ClaimVectors.cosine(a.tfidf, b.tfidf)
    return max(
      lexical >= Self.lexicalThreshold ? lexical + threshold - Self.lexicalThreshold : 0,
      semanticWeight * SentenceVectors.cosine(a.vector, b.vector) + (1 - semanticWeight) * lexical)
  }

  /// The TF-IDF cosine at which two contents are one claim on their words alone (the lexical
  /// merger's threshold).
  static let lexicalThreshold = 0.5

  /// True when no pair across two groups conflicts and their pairs score at least the threshold
  /// on average. Very large groups are not joined: a claim that big is a topic.
  private func canJoin(_ a: [Int], _ b: [Int], _ items: [Item]) -> Bool {
    guard a.count * b.count <= 10_000 else { return false }
    var total = 0.0
    let (a, b) = (a.prefix(Self.joinSample), b.prefix(Self.joinSample))
    for x in a {
      for y in b {
        if ClaimFrame.conflict(items[x].text, items[x].frame, items[y].text, items[y].frame) != nil { return false }
        total += score(items[x], items[y])
      }
    }
    return total / Double(a.count * b.count) >= threshold * averageFactor
  }

  /// A headline summarises its article: one that matched nothing joins the claim of its own
  /// article's body it scores best with (``headlineScore(_:_:)``), from this score, vetoes
  /// permitting.
  static let headlineThreshold = 0.4

  private func joinHeadlines(
    _ headlines: [Bool], _ documents: [Int], members: [[Int]], items: [Item], group: inout [Int], groupItems: inout [[Int]]
  ) {
    guard !headlines.isEmpty else { return }
    let isHeadline = members.map { $0.contains { headlines[$0] } }
    // Each article's items, so a headline is compared with its own article's only.
    var itemsOfDocument: [Int: [Int]] = [:]
    for (item, indices) in members.enumerated() {
      for document in Set(indices.map { documents[$0] }) { itemsOfDocument[document, default: []].append(item) }
    }
    for item in items.indices where isHeadline[item] && groupItems[group[item]].count == 1 {
      var best: (item: Int, score: Double)?
      let sameArticle = Set(Set(members[item].map { documents[$0] }).flatMap { itemsOfDocument[$0] ?? [] }).sorted()
      for other in sameArticle where other != item && !isHeadline[other] {
        let score = headlineScore(items[item], items[other])
        guard score >= Self.headlineThreshold, score > (best?.score ?? 0),
          ClaimFrame.conflict(items[item].text, items[item].frame, items[other].text, items[other].frame) == nil
        else { continue }
        best = (other, score)
      }
      guard let best else { continue }
      let (from, into) = (group[item], group[best.item])
      for moved in groupItems[from] { group[moved] = into }
      groupItems[into] += groupItems[from]
      groupItems[from] = []
    }
  }

  /// A headline's score with a statement of its own article: as ``score(_:_:)``, but on the
  /// sentence vectors before the case's topic is taken away. A headline names the story's topic
  /// (most of its words are the topic), which centring takes out; within one article the
  /// question is only which statement it summarises best.
  func headlineScore(_ a: Item, _ b: Item) -> Double {
    guard !a.raw.isEmpty, !b.raw.isEmpty else { return score(a, b) }
    let lexical = ClaimVectors.cosine(a.tfidf, b.tfidf)
    return semanticWeight * SentenceVectors.cosine(a.raw, b.raw) + (1 - semanticWeight) * lexical
  }

  /// The share of the threshold a group's pairs must reach on average.
  let averageFactor = 0.8
}
