/// A stretch of a document's tokens the transformer tagger reads at once: whole sentences it
/// reports cues for (``owned``), with a little context on either side so that a cue near the
/// edge still sees its source and content.
struct TaggerChunk: Equatable, Sendable {
  /// The document's tokens encoded, context included.
  var tokens: Range<Int>
  /// The tokens whose cues this chunk reports: every token is owned by exactly one chunk.
  var owned: Range<Int>
  /// The encoder's input: `[CLS]`, each token's pieces, `[SEP]`.
  var ids: [Int32]
  /// For each token of ``tokens``, in order, the position in ``ids`` of its first piece.
  var firstPiece: [Int]
}

/// Cuts a document's tokens into ``TaggerChunk``s: consecutive sentences packed up to
/// ``ownedPieces`` pieces, then context added before and after. Each token is encoded about
/// 1.2 times on average, so the encoder's cost stays close to one pass over the text. Training
/// (`extraction-tools export-tagger-data`) and extraction cut alike, through this one type.
enum TaggerChunking {
  /// Pieces of owned tokens in one chunk.
  static let ownedPieces = 190
  /// Pieces of context before and after the owned tokens, at most.
  static let contextBefore = 24
  static let contextAfter = 40
  /// Pieces one token contributes at most (a long URL or a run of symbols is cut).
  static let piecesPerToken = 8

  /// The chunks of `tokens`, in order, their owned ranges covering every token once.
  /// `pieces` gives a token text's WordPiece ids; a token without any reads as `unknown`.
  static func chunks(
    tokens: [Token], sentences: [Range<Int>], pieces: (String) -> [Int32],
    markers: (start: Int32, end: Int32, unknown: Int32)
  ) -> [TaggerChunk] {
    guard !tokens.isEmpty else { return [] }
    let tokenPieces: [[Int32]] = tokens.map { token in
      let ids = pieces(token.text)
      return ids.isEmpty ? [markers.unknown] : Array(ids.prefix(piecesPerToken))
    }
    var chunks: [TaggerChunk] = []
    for block in ownedBlocks(tokenPieces, sentences: sentences) {
      var lower = block.lowerBound
      var budget = contextBefore
      while lower > 0, tokenPieces[lower - 1].count <= budget {
        budget -= tokenPieces[lower - 1].count
        lower -= 1
      }
      var upper = block.upperBound
      budget = contextAfter
      while upper < tokens.count, tokenPieces[upper].count <= budget {
        budget -= tokenPieces[upper].count
        upper += 1
      }
      var ids: [Int32] = [markers.start]
      var firstPiece: [Int] = []
      firstPiece.reserveCapacity(upper - lower)
      for index in lower..<upper {
        firstPiece.append(ids.count)
        ids += tokenPieces[index]
      }
      ids.append(markers.end)
      chunks.append(TaggerChunk(tokens: lower..<upper, owned: block, ids: ids, firstPiece: firstPiece))
    }
    return chunks
  }

  /// Consecutive ranges of tokens, each of at most ``ownedPieces`` pieces, cut at sentence
  /// starts where they can be and inside a sentence only when it alone is longer.
  static func ownedBlocks(_ tokenPieces: [[Int32]], sentences: [Range<Int>]) -> [Range<Int>] {
    let count = tokenPieces.count
    // Units: the stretches between sentence starts (text outside any sentence joins the one
    // before it), a unit longer than a block split by tokens.
    var starts = Set(sentences.map(\.lowerBound).filter { $0 > 0 && $0 < count })
    starts.insert(0)
    let ordered = starts.sorted()
    var units: [(range: Range<Int>, pieces: Int)] = []
    for (number, start) in ordered.enumerated() {
      let end = number + 1 < ordered.count ? ordered[number + 1] : count
      var lower = start
      var pieces = 0
      for index in start..<end {
        let size = tokenPieces[index].count
        if pieces + size > ownedPieces, index > lower {
          units.append((lower..<index, pieces))
          lower = index
          pieces = 0
        }
        pieces += size
      }
      units.append((lower..<end, pieces))
    }
    var blocks: [Range<Int>] = []
    var current: Range<Int>? = nil
    var pieces = 0
    for unit in units {
      if let open = current, pieces + unit.pieces <= ownedPieces {
        current = open.lowerBound..<unit.range.upperBound
        pieces += unit.pieces
      } else {
        if let open = current { blocks.append(open) }
        current = unit.range
        pieces = unit.pieces
      }
    }
    if let open = current { blocks.append(open) }
    return blocks
  }
}
