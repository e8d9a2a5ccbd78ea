import AttributionDocuments
import AttributionExtraction

/// Stage 4, claims: statements that say the same thing merged into one claim node, and each
/// statement's edge (said, confirmed, cited, could not verify, denied) from its speakers to its
/// claim. Reads every statement of the case; adds claim nodes and statement edges, then the
/// contradictions between claims.
extension GraphAssembly {
  mutating func addClaims() {
    let texts = statements.map(\.content).parallelMap { ClaimText($0) }
    let vectors = ClaimVectors(
      texts.enumerated().filter { statements[$0.offset].anaphor == nil }.map(\.element), vocabulary: texts)
    let found: [[Int]]
    switch claimMatching {
    case .semantic, .static:
      // What the lexical merger joins stays joined; semantic matching adds what words miss.
      let own = statements.indices.filter { statements[$0].anaphor == nil }
      var position = [Int: Int]()
      for (offset, index) in own.enumerated() { position[index] = offset }
      let lexical = lexicalClusters(texts: texts, vectors: vectors).map { $0.compactMap { position[$0] } }
      let matcher = ClaimMatcher(
        contents: Set(own.map { statements[$0].content }).count, encoder: claimMatching != .static)
      found = matcher.clusters(
        own.map { statements[$0].content }, texts: own.map { texts[$0] }, vectors: vectors, places: places,
        joined: lexical, headlines: own.map { statements[$0].isHeadline }, documents: own.map { statements[$0].document }
      ).map { $0.map { own[$0] } }
    case .lexical:
      found = lexicalClusters(texts: texts, vectors: vectors)
    }
    var members = applyClaimCorrections(found)
    members.sort { $0[0] < $1[0] }
    var claimOfStatement: [Int: String] = [:]
    // The id comes from the first statement's words, so a case file's corrections keep naming
    // the claim whichever wording represents it; the words are read on all cores.
    let bases = members.map { statements[$0[0]].content }.parallelMap { Self.claimIDBase($0) }
    for (cluster, base) in zip(members, bases) {
      let id = claimID(base: base)
      graph.add(Node(id: id, kind: .claim, label: statements[representative(of: cluster)].content))
      for member in cluster { claimOfStatement[member] = id }
    }
    var lastAnaphorTarget: [Int: [String]] = [:]
    // Each article's statements that make a claim of their own, in order, so a pointer looks
    // only through its own article's.
    var claimsOfDocument: [Int: [Int]] = [:]
    for (index, statement) in statements.enumerated() where statement.anaphor == nil {
      claimsOfDocument[statement.document, default: []].append(index)
    }
    for (index, statement) in statements.enumerated() {
      var targets = claimOfStatement[index].map { [$0] } ?? []
      if let anaphor = statement.anaphor {
        let inDocument = claimsOfDocument[statement.document] ?? []
        targets = anaphorTargets(
          index, anaphor, earlier: inDocument[..<inDocument.partitionPoint { $0 >= index }],
          claimOfStatement: claimOfStatement, previous: lastAnaphorTarget[statement.document],
          texts: texts)
        if !targets.isEmpty && anaphor.affiliation == nil {
          lastAnaphorTarget[statement.document] = targets
        }
      }
      var seen: Set<String> = []
      for target in targets where seen.insert(target).inserted {
        for speaker in statement.speakers {
          graph.add(Edge(kind: statement.kind, from: speaker, to: target, evidence: [statement.evidence]))
        }
      }
    }
    addContradictions(
      claims: members.map { (claimOfStatement[$0[0]]!, $0) }, texts: texts, vectors: vectors)
  }

  /// The lexical merger (the baseline `--matcher lexical` measures against): each statement in
  /// order joins the most alike earlier cluster by TF-IDF cosine, when every distinct content
  /// of that cluster is compatible, says the same distinctive words, and is a topic if and only
  /// if the statement is one (``TopicMarker``).
  /// How many distinct contents of a cluster a statement is compared with.
  static let clusterSampleLimit = 64

  func lexicalClusters(texts: [ClaimText], vectors: ClaimVectors) -> [[Int]] {
    // Each cluster's statements, and of those one for each distinct content with its vector: the
    // same words repeated thousands of times are compared once.
    // `ceiling` holds each word's largest weight in the cluster's vectors: its cosine with a
    // statement bounds every member's (``ClaimVectors/ceiling(_:_:)``), so most candidates are
    // ruled out by one cosine instead of one per distinct content.
    var clusters: [(members: [Int], distinct: [Int], vectors: [ClaimVector], ceiling: ClaimVector, contents: Set<String>)] = []
    // Clusters by the rare words of their members and their figures: only clusters sharing one
    // of a statement's rarest words, and its figures (every member of a cluster has the same),
    // are compared with it, which keeps large cases near linear, even an article that repeats
    // one sentence with a new number thousands of times.
    var postings: [PostingKey: [Int]] = [:]
    let distinctive = texts.parallelMap { vectors.distinctive($0) }
    // A topic ("the presumptive Democratic nominee") never joins a statement, as in ClaimGuards.
    let topics = statements.map(\.content).parallelMap { TopicMarker.isTopic(content: $0) }
    // Each statement's vector and posting keys, read on all cores; the clusters are made in order.
    let owned = Array(zip(texts, statements.map { $0.anaphor == nil }))
    let readings = owned.parallelMap { text, isOwn -> (vector: ClaimVector, keys: [PostingKey])? in
      guard isOwn else { return nil }
      let figures = text.figures.map(\.value).sorted()
      return (vectors.vector(text), vectors.rarest(text).map { PostingKey(word: $0, figures: figures) })
    }
    for (index, statement) in statements.enumerated() {
      guard let (vector, keys) = readings[index] else { continue }
      // A key hundreds of clusters share names a topic, not a claim: it finds no candidates (as
      // in ClaimMatcher), so run-on text in a small vocabulary stays near linear; another finds
      // the latest clusters that share it (ClaimMatcher.postingWindow), so a corpus does too.
      let candidates = Set(
        keys.flatMap { key in
          postings[key].flatMap { $0.count <= ClaimMatcher.postingLimit ? $0.suffix(ClaimMatcher.postingWindow) : nil } ?? []
        }
      ).sorted()
      var best: (cluster: Int, score: Double)?
      for clusterIndex in candidates {
        let cluster = clusters[clusterIndex]
        let bar = max(mergeThreshold, best?.score ?? 0)
        guard ClaimVectors.cosine(cluster.ceiling, vector) >= bar else { continue }
        // The score first: it is cheaper than the checks, and a cluster needs both.
        let score = cluster.vectors.map { ClaimVectors.cosine($0, vector) }.max() ?? 0
        guard score >= mergeThreshold, score > (best?.score ?? 0) else { continue }
        guard topics[cluster.members[0]] == topics[index], cluster.distinct.allSatisfy({
          Self.compatible(texts[$0], texts[index])
            && ClaimVectors.sayTheSame(distinctive[$0], distinctive[index])
        }) else { continue }
        best = (clusterIndex, score)
      }
      let target: Int
      if let best {
        target = best.cluster
        clusters[target].members.append(index)
        // A cluster is judged by its first distinct contents (``clusterSampleLimit``): beyond
        // them another wording adds little, and comparing with all would make one claim
        // repeated thousands of ways quadratic.
        if clusters[target].distinct.count < Self.clusterSampleLimit,
          clusters[target].contents.insert(statement.content).inserted
        {
          clusters[target].distinct.append(index)
          clusters[target].vectors.append(vector)
          clusters[target].ceiling = ClaimVectors.ceiling(clusters[target].ceiling, vector)
        }
      } else {
        target = clusters.count
        clusters.append(([index], [index], [vector], vector, [statement.content]))
      }
      for key in keys where postings[key]?.last != target { postings[key, default: []].append(target) }
    }
    return clusters.map(\.members)
  }

  /// The statement whose wording stands for a claim: the best-sourced (a named person, then an
  /// institution or outlet, then an unnamed source), then the most complete (the longest, up to
  /// ``representativeLength`` characters), never a headline when the body says it; the first
  /// of equals.
  func representative(of cluster: [Int]) -> Int {
    func rank(_ index: Int) -> (Int, Int, Int) {
      let statement = statements[index]
      let sourcing = statement.speakers.compactMap { graph.node($0) }.map { node -> Int in
        if node.anonymous || node.unnamed { return 1 }
        return node.kind == .person ? 3 : 2
      }.max() ?? 0
      let length = statement.content.count
      let completeness = length <= Self.representativeLength ? length : Self.representativeLength - (length - Self.representativeLength)
      return (statement.isHeadline ? 0 : 1, sourcing, completeness)
    }
    // Each statement ranked once; of equals, the earliest (the highest negated index).
    return cluster.map { index in (rank: rank(index), index: index) }
      .max { ($0.rank.0, $0.rank.1, $0.rank.2, -$0.index) < ($1.rank.0, $1.rank.1, $1.rank.2, -$1.index) }?.index
      ?? cluster[0]
  }

  /// Beyond this many characters a wording is more than a claim's label needs.
  static let representativeLength = 160

  /// What claims are filed under for merging: one of their rarest words, and their figures.
  struct PostingKey: Hashable {
    var word: String
    var figures: [Double]
  }

  /// The id of a claim whose first statement says `content` (its first words), before a
  /// number is added to make it unique in the graph (``claimID(base:)``).
  static func claimIDBase(_ content: String) -> String {
    // Eight words and the rest: the rest is never split (statements run to thousands of words).
    "claim:" + NameKey.slug(content.split(separator: " ", maxSplits: 8).prefix(8).joined(separator: " "))
  }

  /// `base`, or with the first number from 2 that no node of the graph has yet.
  func claimID(base: String) -> String {
    var id = base
    var suffix = 2
    while graph.node(id) != nil {
      id = "\(base)-\(suffix)"
      suffix += 1
    }
    return id
  }

  /// Claims that may merge: the same figures, and no conflicting names.
  static func compatible(_ a: ClaimText, _ b: ClaimText) -> Bool {
    let aValues = a.figures.map(\.value).sorted()
    let bValues = b.figures.map(\.value).sorted()
    guard aValues == bValues else { return false }
    if !a.names.isEmpty && !b.names.isEmpty && a.names.isDisjoint(with: b.names) { return false }
    return true
  }
}
