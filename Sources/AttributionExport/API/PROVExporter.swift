import AttributionGraph
import Foundation

/// The graph as W3C PROV-O in JSON-LD: who said what, and through whom each article got it.
///
/// - People, institutions and outlets are agents (`prov:Agent`, and `prov:Person` or
///   `prov:Organization`); channels are `ag:Channel`s.
/// - Claims are entities (`ag:Claim`, text in `prov:value`, `ag:figure`, `ag:contradicts`).
/// - Each `said`, `confirmed`, `denied` or `couldNotVerify` edge is one statement entity
///   (`ag:Statement`): `prov:wasAttributedTo` its speaker, `ag:about` the claim, `ag:stance` the
///   edge kind, `ag:channel` the channels it went through, `ag:reportedIn` the articles. Several
///   articles relaying one statement share that one origin.
/// - Each article is an entity (`ag:Article`; `ag:outletName`, `ag:url` and `ag:date` as
///   written, when known) `prov:wasAttributedTo` its outlet. Along a sourcing chain (article →
///   relay → … → speaker) every relay gets a report entity (`ag:Report`). The article and each
///   report are `prov:wasQuotedFrom` the next link and `prov:hadPrimarySource` the statement,
///   with a `prov:qualifiedQuotation` (a `prov:Quotation` with `prov:entity`, `prov:agent` and,
///   for the article, the cue text and code-point offsets: `ag:cue`, `ag:cueStart`, `ag:cueEnd`,
///   `ag:sentence`, `ag:sentenceStart`, `ag:sentenceEnd`, `ag:content`, `ag:contentStart`,
///   `ag:contentEnd`, `ag:line`). A statement the outlet makes itself ("could not be
///   independently verified") is reported in the article but not quoted.
///
/// Output is deterministic: keys sorted, resources in graph order.
public struct PROVExporter: GraphExporter {
  /// The namespace of the project's own terms (prefix `ag:`).
  public var vocabulary: String
  /// The namespace of the exported resources: nodes, articles, statements and reports
  /// (prefix `agr:`).
  public var resources: String

  /// An exporter with the given namespaces.
  public init(
    vocabulary: String = "urn:attribution-graph:vocab#",
    resources: String = "urn:attribution-graph:"
  ) {
    self.vocabulary = vocabulary
    self.resources = resources
  }

  public func export(_ graph: AttributionGraph) throws -> Data {
    let document = PROVDocument(graph: graph, vocabulary: vocabulary, resources: resources)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(document.json)
    data.append(0x0A)
    return data
  }
}
