import AttributionLexicon

/// Requests for comment that got none: "declined to comment", "did not respond to a request for
/// comment", "could not be reached for comment", "did not return messages seeking comment". The
/// source was asked and said nothing, which doubts no claim: such a could-not-verify becomes
/// ``AttributionKind/noComment``. A refusal about a proposition ("declined to confirm the
/// figure", "refused to say whether") stays could-not-verify.
extension RuleExtractor {
  /// Makes a could-not-verify draft no-comment when its cue refuses or fails to answer and its
  /// content, if any, names the request rather than a proposition.
  func readNoComment(_ draft: inout AttributionDraft) {
    guard draft.kind == .couldNotVerify, draft.cue.count == 1, draft.source != nil else { return }
    let cue = draft.cue[0]
    // "has not commented (on the reports)", "declined comment": the verb is the comment.
    if cue.contains(where: { Self.commentWords.contains(lowers[$0]) }) {
      draft.kind = .noComment
      return
    }
    let refuses = cue.contains { Self.refusingVerbs.contains(lowers[$0]) }
    let answers = cue.contains { Self.answeringVerbs.contains(lowers[$0]) || Self.unreachedVerbs.contains(lowers[$0]) }
    guard refuses || answers else { return }
    let content = draft.content.flatMap { Array($0) }
    // "did not respond.", "could not be reached.": asked, no answer, nothing more.
    if content.isEmpty {
      if answers { draft.kind = .noComment }
      return
    }
    if isCommentRequest(content) { draft.kind = .noComment }
  }

  /// Whether `content` (token indices, in order) names a request for comment: "to comment on
  /// the report", "a request for comment", "an email seeking comment", "questions about the
  /// deployment", "for comment". A reported clause ("that …", "whether …") never does.
  func isCommentRequest(_ content: [Int]) -> Bool {
    guard !content.contains(where: { Self.clauseWords.contains(lowers[$0]) }) else { return false }
    let opening = content.prefix(6).map { lowers[$0] }
    return opening.contains { Self.commentWords.contains($0) || Self.requestWords.contains($0) }
  }

  /// Words that make a cue or a content about comment itself.
  static let commentWords: Set<String> = ["comment", "comments", "commented", "commenting"]
  /// Nouns of asking: what a source can leave unanswered.
  static let requestWords: Set<String> = WordList.commentRequests.words
  /// Verbs of refusing ("declined to comment"); their content decides.
  static let refusingVerbs: Set<String> = ["declined", "declines", "decline", "refused", "refuses", "refuse"]
  /// The verbs of "could not be reached", "did not return calls".
  static let unreachedVerbs: Set<String> = ["reached", "return", "returned", "returns"]
  /// Words that open a reported clause: content with one states a proposition.
  static let clauseWords: Set<String> = ["that", "whether", "if", "how", "why", "what", "who"]
}
