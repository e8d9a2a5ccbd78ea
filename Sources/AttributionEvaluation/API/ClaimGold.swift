import AttributionDocuments
import Foundation
import Yams

/// A case's gold claims (`claims-gold.yaml`): every attributed statement of its articles,
/// grouped by the claim it asserts, and the groups of claims that give rival figures.
///
/// ```yaml
/// claims:
///   - id: first-contact
///     summary: North Korean troops came under fire in Kursk
///     statements:
///       - article: 000_fc9252da98a64271       # the article's id (file name without extension)
///         text: have already come under fire   # a verbatim piece of the statement's content
///       - {article: 004_9bd6f2e5ba4cdcb2, text: "no evidence of clashes", stance: denied}
/// rivals:
///   - [troops-in-kursk-8000, troops-in-kursk-11000]
/// ```
///
/// A rubric adds what a reader should conclude: a claim's expected `status` (its primary
/// status, as `ClaimStatus` names them) and `opinion: true` for a
/// statement of opinion; a statement's `source` (named as the article names it at its fullest),
/// `anonymous: true` for an unnamed one, and its `party` (a slug: sources of one party do not
/// corroborate each other). `attribution eval claims` scores a case against them.
public struct ClaimGold: Sendable, Equatable {
  /// One claim: the statements that assert (or deny) it.
  public struct Claim: Sendable, Equatable {
    public var id: String
    public var summary: String?
    public var statements: [Statement]
    public var line: Int?
    /// The rubric's expected primary status ("corroborated", "single-source", …), if given.
    public var status: String?
    /// The rubric's verdict that the claim is one of opinion, if given.
    public var opinion: Bool?
  }

  /// A statement, found by its article and a piece of its content's text.
  public struct Statement: Sendable, Equatable {
    public var article: String
    public var text: String
    /// How the statement bears on the claim: nil when it asserts it, else "denied" or
    /// "couldNotVerify".
    public var stance: String?
    /// The line of the gold file it is written on.
    public var line: Int?
    /// The rubric's source of the statement, as the article names it, if given.
    public var source: String?
    /// True when the rubric's source is unnamed.
    public var anonymous: Bool = false
    /// The rubric's party of the source (a slug), if given.
    public var party: String?
  }

  public var claims: [Claim]
  /// Groups of claim ids that give rival figures for one quantity.
  public var rivals: [[String]]

  public init(claims: [Claim], rivals: [[String]] = []) {
    self.claims = claims
    self.rivals = rivals
  }

  static let stances = ["denied", "couldNotVerify"]
  /// The statuses a rubric may expect: the primary statuses a claim can be shown by.
  public static let statuses = ["corroborated", "single-party", "single-source", "anonymous-only", "unsourced"]

  /// Reads a gold file; errors name the file and line.
  public static func read(_ url: URL) throws -> ClaimGold {
    guard let data = try? Data(contentsOf: url) else {
      throw InputError(file: url.path, "the gold file is missing or unreadable")
    }
    guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
      throw InputError(file: url.path, "the gold file is not UTF-8 text")
    }
    return try parse(text, path: url.path)
  }

  /// Parses gold text; `path` names the file in errors.
  public static func parse(_ yaml: String, path: String) throws -> ClaimGold {
    let root = try YAMLErrors.compose(yaml, file: path, lineOffset: 0)
    guard let root else { throw InputError(file: path, line: 1, "the gold file is empty") }
    let top = try YAMLErrors.mapping(root, what: "the gold file", file: path, lineOffset: 0)
    try YAMLErrors.checkKeys(top, allowed: ["claims", "rivals"], what: "the gold file", file: path, lineOffset: 0)
    guard let claimsNode = top["claims"], let claimNodes = claimsNode.sequence else {
      throw InputError(file: path, line: YAMLErrors.line(of: root, lineOffset: 0), "'claims' must be a list of claims")
    }
    var claims: [Claim] = []
    var ids: Set<String> = []
    for node in claimNodes {
      let line = YAMLErrors.line(of: node, lineOffset: 0)
      let mapping = try YAMLErrors.mapping(node, what: "a claim", file: path, lineOffset: 0)
      try YAMLErrors.checkKeys(
        mapping, allowed: ["id", "summary", "status", "opinion", "statements"], what: "a claim", file: path, lineOffset: 0)
      guard let idNode = mapping["id"] else { throw InputError(file: path, line: line, "a claim needs an 'id'") }
      let id = try YAMLErrors.string(idNode, key: "id", file: path, lineOffset: 0)
      guard !id.isEmpty, ids.insert(id).inserted else {
        throw InputError(file: path, line: YAMLErrors.line(of: idNode, lineOffset: 0), "claim id '\(id)' is empty or used twice")
      }
      let summary = try mapping["summary"].map { try YAMLErrors.string($0, key: "summary", file: path, lineOffset: 0) }
      guard let statementNodes = mapping["statements"]?.sequence, !statementNodes.isEmpty else {
        throw InputError(file: path, line: line, "claim '\(id)' needs a non-empty list of 'statements'")
      }
      let statements = try statementNodes.map { try statement($0, path: path) }
      let status = try mapping["status"].map { try YAMLErrors.string($0, key: "status", file: path, lineOffset: 0) }
      if let status, !statuses.contains(status) {
        throw InputError(
          file: path, line: line, "unknown status '\(status)' (expected one of: \(statuses.joined(separator: ", ")))")
      }
      let opinion = try mapping["opinion"].map { try flag($0, key: "opinion", path: path) }
      claims.append(
        Claim(id: id, summary: summary, statements: statements, line: line, status: status, opinion: opinion))
    }
    var rivals: [[String]] = []
    if let rivalsNode = top["rivals"] {
      guard let groups = rivalsNode.sequence else {
        throw InputError(file: path, line: YAMLErrors.line(of: rivalsNode, lineOffset: 0), "'rivals' must be a list of lists of claim ids")
      }
      for group in groups {
        let members = try YAMLErrors.strings(group, key: "rivals", file: path, lineOffset: 0)
        for member in members where !ids.contains(member) {
          throw InputError(file: path, line: YAMLErrors.line(of: group, lineOffset: 0), "rival '\(member)' is not a claim id of this file")
        }
        guard members.count >= 2 else {
          throw InputError(file: path, line: YAMLErrors.line(of: group, lineOffset: 0), "a group of rivals needs at least two claims")
        }
        rivals.append(members)
      }
    }
    return ClaimGold(claims: claims, rivals: rivals)
  }

  private static func statement(_ node: Node, path: String) throws -> Statement {
    let line = YAMLErrors.line(of: node, lineOffset: 0)
    let mapping = try YAMLErrors.mapping(node, what: "a statement", file: path, lineOffset: 0)
    try YAMLErrors.checkKeys(
      mapping, allowed: ["article", "text", "stance", "source", "anonymous", "party"], what: "a statement", file: path,
      lineOffset: 0)
    guard let article = mapping["article"], let text = mapping["text"] else {
      throw InputError(file: path, line: line, "a statement needs an 'article' and a 'text'")
    }
    let stance = try mapping["stance"].map { try YAMLErrors.string($0, key: "stance", file: path, lineOffset: 0) }
    if let stance, !stances.contains(stance) {
      throw InputError(file: path, line: line, "unknown stance '\(stance)' (expected one of: \(stances.joined(separator: ", ")))")
    }
    let content = try YAMLErrors.string(text, key: "text", file: path, lineOffset: 0)
    guard !content.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw InputError(file: path, line: line, "a statement's 'text' is empty")
    }
    let source = try mapping["source"].map { try YAMLErrors.string($0, key: "source", file: path, lineOffset: 0) }
    let party = try mapping["party"].map { try YAMLErrors.string($0, key: "party", file: path, lineOffset: 0) }
    let anonymous = try mapping["anonymous"].map { try flag($0, key: "anonymous", path: path) } ?? false
    if anonymous, source == nil {
      throw InputError(file: path, line: line, "an anonymous statement needs its 'source' described")
    }
    return Statement(
      article: try YAMLErrors.string(article, key: "article", file: path, lineOffset: 0), text: content,
      stance: stance, line: line, source: source, anonymous: anonymous, party: party)
  }

  /// A `true` or `false` value; anything else is an error at its line.
  private static func flag(_ node: Node, key: String, path: String) throws -> Bool {
    switch try YAMLErrors.string(node, key: key, file: path, lineOffset: 0) {
    case "true": return true
    case "false": return false
    default:
      throw InputError(file: path, line: YAMLErrors.line(of: node, lineOffset: 0), "'\(key)' must be true or false")
    }
  }
}
