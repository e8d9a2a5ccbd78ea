import AttributionDocuments

/// One attribution under construction, in token indices: what the rules and the learned model
/// find, and the passes refine, before ``SourceResolver`` turns it into an ``Attribution``.
struct AttributionDraft {
  var kind: AttributionKind
  var source: Range<Int>?
  var sourceAfterCue = false
  var cue: [Range<Int>]
  var content: [Range<Int>]
  var channel: Range<Int>?
  var recipient: Range<Int>?
  var relay: TextSpan?
  var sentence: Range<Int>
  /// For a relative "who" source: the noun phrase it stands for ("Rustem Umerov, Ukraine's
  /// defense minister, who said").
  var antecedent: Range<Int>? = nil

  /// The indices of `drafts` by their sentence, or line for a line's attribution (a dash-signed
  /// quotation starts where its first sentence does but may reach past it, so the whole range is
  /// the key).
  static func bySentence(_ drafts: [AttributionDraft]) -> [Range<Int>: [Int]] {
    var groups: [Range<Int>: [Int]] = [:]
    for index in drafts.indices { groups[drafts[index].sentence, default: []].append(index) }
    return groups
  }
}
