import AttributionDocuments
import AttributionExtraction
import AttributionGraph

/// A source's position on a claim, as one article reports it.
public struct Statement: Hashable, Codable, Sendable {
  /// What the source did: said, confirmed, could not verify, denied.
  public var kind: EdgeKind
  /// The cue as written ("said", "told the Financial Times").
  public var cue: String
  /// The media named for the statement (Telegram, "KBS interview").
  public var channels: [String]
  /// Where the cue stands.
  public var location: SourceLocation
  /// The sentence the statement was read from, as the article gives it; nil when not known.
  public var sentence: String?

  /// A statement of `kind`, its cue read at `location` in `sentence`.
  public init(
    kind: EdgeKind, cue: String, channels: [String] = [], location: SourceLocation,
    sentence: String? = nil
  ) {
    self.kind = kind
    self.cue = cue
    self.channels = channels
    self.location = location
    self.sentence = sentence
  }
}

/// A sourcing chain drawn as a tree: the reporting outlet at the root, the outlets and people it
/// relays beneath, and at the ends the sources with their statements.
public struct SourcingTree: Hashable, Codable, Sendable {
  /// The node's id.
  public var node: String
  /// Its name or description.
  public var label: String
  /// What it is.
  public var kind: NodeKind
  /// True for an unnamed source or an outlet the text does not name.
  public var anonymous: Bool
  /// What this node said about the claim, when it is a source of it.
  public var statements: [Statement]
  /// The nodes it relays.
  public var children: [SourcingTree]

  /// The tree under graph node `node`.
  public init(
    node: String, label: String, kind: NodeKind, anonymous: Bool = false,
    statements: [Statement] = [], children: [SourcingTree] = []
  ) {
    self.node = node
    self.label = label
    self.kind = kind
    self.anonymous = anonymous
    self.statements = statements
    self.children = children
  }
}

/// The sourcing of one claim: its status and the trees of chains that carry it.
public struct ClaimAudit: Hashable, Codable, Sendable {
  /// The claim's node id.
  public var claim: String
  /// The claim's text.
  public var text: String
  /// The claim's corroboration status.
  public var status: [ClaimStatus]
  /// One tree per reporting outlet.
  public var trees: [SourcingTree]

  /// The sourcing of the claim `claim`.
  public init(claim: String, text: String, status: [ClaimStatus], trees: [SourcingTree]) {
    self.claim = claim
    self.text = text
    self.status = status
    self.trees = trees
  }
}

/// The audit of a graph's sourcing chains.
public struct AuditReport: Hashable, Codable, Sendable {
  /// The graph's title.
  public var title: String
  /// The claims audited, best supported first.
  public var claims: [ClaimAudit]
  /// Every finding: per claim in claim order, then those about the graph as a whole.
  public var findings: [Finding]

  /// An audit of `claims`, with its `findings`.
  public init(title: String, claims: [ClaimAudit], findings: [Finding]) {
    self.title = title
    self.claims = claims
    self.findings = findings
  }

  /// The findings of `severity` or worse.
  public func findings(atLeast severity: Severity) -> [Finding] {
    findings.filter { $0.severity >= severity }
  }
}

/// Traces every statement about a claim back to the outlet that published it, and reports what
/// weakens the chain: anonymous or bare roots, unnamed outlets, untraceable citations, circles,
/// echoes and translation hops.
public struct SourcingAuditor: Sendable {
  /// The model that gives each claim its status.
  public var model: CorroborationModel
  /// The case's articles, by id, to give findings a file path and column.
  public var documents: [String: Document]

  /// An auditor that locates findings in `documents` (without them, a finding names the article
  /// id and line only).
  public init(model: CorroborationModel = CorroborationModel(), documents: [Document] = []) {
    self.model = model
    self.documents = Dictionary(
      documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The audit of `graph`; with `claim`, of that claim alone and the findings touching its chains.
  /// `assessments`, when given, are the model's assessments of `graph` already made (so a caller
  /// that shows both scores the claims once), or of the claims chosen from it (then only the
  /// findings across the graph that touch their chains are kept); else the auditor's model makes
  /// them.
  public func audit(
    _ graph: AttributionGraph, claim: String? = nil, assessments: [ClaimAssessment]? = nil
  ) -> AuditReport {
    Audit(auditor: self, graph: graph).run(claim: claim, assessments: assessments ?? model.assess(graph))
  }

  /// Where `evidence` stands: the article's path, the cue's line and column.
  public func location(of evidence: Evidence) -> SourceLocation {
    let offset = evidence.cue.spans.first?.start ?? evidence.sentenceSpan.start
    if let document = documents[evidence.document] { return document.location(of: offset) }
    return SourceLocation(file: evidence.document, line: evidence.line)
  }
}
