import AttributionDocuments
import AttributionLexicon

/// Shared subjects and coordination: a statement verb coordinated with an earlier one shares
/// its subject ("said … and warned", ", saying"); statements are bounded by the clauses and
/// subjects of others; pieces borrowed from another draft are dropped.
/// Example: "China said it was opposed to the test and warned North Korea against another."
/// (two attributions, both with the source "China").
extension RuleExtractor {
  /// A statement verb coordinated with an earlier one of its sentence shares that one's subject:
  /// "China said it was opposed to the test and warned North Korea …", "… but has said she will
  /// …", "…, saying he would …". A draft with no source whose cue follows "and", "but" or "or"
  /// (past adverbs and auxiliaries), or is an "-ing" participle after a comma, takes the source
  /// of the nearest draft before it in the sentence that has one, or the relative after a comma
  /// between them ("Tom told Annette, who answered and said"). Not when its cue lies in a
  /// quotation or in a draft's content (then its subject may be among the words reported), and
  /// not from a draft reported inside another's content ("May said the country would declare …
  /// and suggested"), from "according to X", or, for a participle, from a relative "who".
  func shareSubjects(_ drafts: inout [AttributionDraft], bySentence: [Range<Int>: [Int]]) {
    for (sentence, all) in bySentence {
      let group = all.filter { drafts[$0].cue.count == 1 }
      guard group.contains(where: { drafts[$0].source == nil }) else { continue }
      // How many of the sentence's drafts report each of its tokens.
      var reported = [Int](repeating: 0, count: sentence.count + 1)
      for index in group {
        for piece in drafts[index].content {
          let piece = piece.clamped(to: sentence)
          guard !piece.isEmpty else { continue }
          reported[piece.lowerBound - sentence.lowerBound] += 1
          reported[piece.upperBound - sentence.lowerBound] -= 1
        }
      }
      for offset in 1..<reported.count { reported[offset] += reported[offset - 1] }
      func isReported(_ k: Int) -> Bool { sentence.contains(k) && reported[k - sentence.lowerBound] > 0 }
      // The drafts whose subject a later verb can share, by where their cue ends; and the
      // sourceless drafts that may share one, by where their cue starts.
      let givers = group.filter { index in
        guard let source = drafts[index].source else { return false }
        let cue = drafts[index].cue[0]
        return lowers[cue.lowerBound] != "according" && !isReported(cue.lowerBound) && !source.isEmpty
      }.sorted { drafts[$0].cue[0].upperBound < drafts[$1].cue[0].upperBound }
      let takers = group.filter { drafts[$0].source == nil }.sorted { drafts[$0].cue[0].lowerBound < drafts[$1].cue[0].lowerBound }
      var next = 0
      var nearest: Int? = nil
      var nearestNotRelative: Int? = nil
      for index in takers {
        let cue = drafts[index].cue[0]
        while next < givers.count, drafts[givers[next]].cue[0].upperBound <= cue.lowerBound {
          nearest = givers[next]
          if !Self.relativePronouns.contains(lowers[drafts[givers[next]].source!.lowerBound]) {
            nearestNotRelative = givers[next]
          }
          next += 1
        }
        guard layout.quoteOf[cue.lowerBound] < 0, !isReported(cue.lowerBound),
          let link = coordination(before: cue, in: sentence),
          let giver = link == .conjunction ? nearest : nearestNotRelative
        else { continue }
        // "Tom told Annette, who answered her door and said …": the relative is the subject.
        let between = drafts[giver].cue[0].upperBound..<cue.lowerBound
        let relative = link == .conjunction
          ? between.last { k in
            k > between.lowerBound && tokens[k - 1].isMark(",") && (lowers[k] == "who" || lowers[k] == "which")
          }
          : nil
        drafts[index].source = relative.map { $0..<($0 + 1) } ?? drafts[giver].source
        drafts[index].sourceAfterCue = false
      }
    }
  }

  enum Coordination { case conjunction, participle }

  /// How the cue `cue` joins an earlier verb: after "and", "but" or "or" (past adverbs and
  /// auxiliaries: ", and has since called for"), or as an "-ing" participle after a comma
  /// (", saying"); nil otherwise.
  func coordination(before cue: Range<Int>, in sentence: Range<Int>) -> Coordination? {
    var k = cue.lowerBound - 1
    while k > sentence.lowerBound, tokens[k].isWord, !tokens[k].isCapitalized,
      isIn(.auxiliary, k) || isIn(.lyForm, k) || lowers[k] == "even"
    {
      k -= 1
    }
    guard k >= sentence.lowerBound else { return nil }
    if tokens[k].isMark(",") {
      return isIn(.ingForm, cue.lowerBound) && k == cue.lowerBound - 1 ? .participle : nil
    }
    return Self.coordinators.contains(lowers[k]) ? .conjunction : nil
  }

  /// A piece of content in another sentence than its cue's that another attribution in that
  /// sentence already has ("He added that …. “It is a new stage,” he said."): the quotation is
  /// the second attribution's, not a continuation of the first.
  func dropBorrowedPieces(_ drafts: inout [AttributionDraft], bySentence: [Range<Int>: [Int]]) {
    // The drafts of each sentence (or line), sentences by where they start, with the furthest
    // end so far, so that the sentences a piece touches are found by binary search.
    let groups = bySentence.sorted { $0.key.lowerBound < $1.key.lowerBound }
    var reach: [Int] = []
    for group in groups { reach.append(max(reach.last ?? 0, group.key.upperBound)) }
    for index in drafts.indices where drafts[index].content.count > 1 {
      let own = drafts[index].sentence
      let kept = drafts[index].content.filter { piece in
        guard !own.overlaps(piece) else { return true }
        let low = reach.partitionPoint { $0 > piece.lowerBound }
        for group in groups[low...] {
          guard group.key.lowerBound < piece.upperBound else { break }
          guard group.key.overlaps(piece) else { continue }
          for other in group.value where other != index {
            if drafts[other].content.contains(where: { $0.overlaps(piece) }) { return false }
          }
        }
        return true
      }
      if !kept.isEmpty { drafts[index].content = kept }
    }
  }

  /// A statement named as the subject of another attribution ("Kovalenko's claim that the
  /// troops were fighting was not confirmed"): its clause ends where that subject does, not at
  /// the end of the sentence.
  func boundStatementClauses(_ result: inout [AttributionDraft]) {
    // The drafts by where their cues start, so each subject looks only at the cues inside it.
    let drafts = result
    let order = drafts.indices.sorted { drafts[$0].cue[0].lowerBound < drafts[$1].cue[0].lowerBound }
    for outer in drafts.indices {
      guard drafts[outer].content.count == 1, let subject = drafts[outer].content.first,
        drafts[outer].cue[0].lowerBound >= subject.upperBound
      else { continue }
      let low = order.partitionPoint { drafts[$0].cue[0].lowerBound >= subject.lowerBound }
      for index in order[low...] {
        guard drafts[index].cue[0].lowerBound < subject.upperBound else { break }
        guard result[index].content.count == 1, let clause = result[index].content.first,
          subject.contains(clause.lowerBound), clause.upperBound > subject.upperBound
        else { continue }
        result[index].content = [clause.lowerBound..<subject.upperBound]
      }
    }
  }

  /// A statement named in subject position ("Umerov's statement that the clash was small was
  /// repeated by officials"): its "that" clause ends where the main clause's verb begins.
  func boundSubjectStatements(_ drafts: inout [AttributionDraft]) {
    for index in drafts.indices {
      guard drafts[index].cue.count == 1, drafts[index].content.count == 1 else { continue }
      let cue = drafts[index].cue[0]
      let content = drafts[index].content[0]
      let sentence = drafts[index].sentence
      guard cue.count == 1, Self.statementNouns.contains(lowers[cue.lowerBound]),
        content.lowerBound == cue.upperBound, lowers[content.lowerBound] == "that",
        !(sentence.lowerBound..<cue.lowerBound).contains(where: { isIn(.finiteVerb, $0) || isVerbLike($0) }),
        let end = mainVerb(after: content.lowerBound, before: content.upperBound)
      else { continue }
      drafts[index].content = [content.lowerBound..<end]
    }
  }

  /// Where a second verb group begins after a "that" clause's own, with nothing between them
  /// that could open another clause: the main clause's verb. Nil when there is none, or when a
  /// comma, quotation mark or conjunction makes it uncertain.
  func mainVerb(after that: Int, before limit: Int) -> Int? {
    var seenVerb = false
    var inVerbGroup = false
    for k in (that + 1)..<limit {
      let w = lowers[k]
      if !tokens[k].isWord || Self.clauseOpeners.contains(w) { return nil }
      if isIn(.finiteVerb, k) {
        if seenVerb && !inVerbGroup { return k }
        seenVerb = true
        inVerbGroup = true
      } else if inVerbGroup, w == "not" || isIn(.lyForm, k) || isIn(.edForm, k) || isIn(.ingForm, k) || isVerbLike(k) {
        continue
      } else {
        inVerbGroup = false
      }
    }
    return nil
  }

  /// Words that open a new clause.
  static let clauseOpeners: Set<String> = WordList.clauseOpeners.words
}
