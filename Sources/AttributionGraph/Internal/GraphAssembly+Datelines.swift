import AttributionDocuments
import Foundation

/// Wire copy: an article whose body opens with a dateline naming a news agency ("WASHINGTON
/// (AP) —", "MACAU (Reuters) –") was written by that agency, and its outlet only carries it.
/// Every statement of the article then reaches its speaker through the agency: outlet → agency
/// → speaker. Reads the first lines of the article's body.
extension GraphAssembly {
  /// The news agency the dateline at the start of `document`'s body names (as written: "AP"),
  /// or nil when there is none or it names no outlet the case knows.
  func wireService(of document: Document) -> String? {
    Self.wireService(of: document, knownOutlets: knownOutlets)
  }

  /// ``wireService(of:)`` given the case's outlets.
  static func wireService(of document: Document, knownOutlets: Set<String>) -> String? {
    let head = document.text(in: TextSpan(document.body.start, min(document.body.end, document.body.start + 600)))
    // A headline may stand before the dateline.
    for line in head.split(separator: "\n", omittingEmptySubsequences: true).prefix(3) {
      guard let agency = Self.datelineAgency(String(line)) else { continue }
      return knownOutlets.contains(SourceDescription.outletKey(agency)) ? agency : nil
    }
    return nil
  }

  /// The agency of a line that opens with a dateline: a place in capitals, with a state or
  /// country after a comma ("TRENTON, N.J."), the agency in parentheses, then a dash.
  static func datelineAgency(_ line: String) -> String? {
    let text = line.trimming(.whitespaces)
    guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
    let place = text[..<open].trimming(.whitespaces)
    let agency = text[text.index(after: open)..<close].trimming(.whitespaces)
    let rest = text[text.index(after: close)...].trimming(.whitespaces)
    guard let dash = rest.first, "—–-".contains(dash), (1...40).contains(place.count), (1...40).contains(agency.count)
    else { return nil }
    let city = place.split(separator: ",").first.map(String.init) ?? place
    guard city.contains(where: \.isLetter), city.allSatisfy({ !$0.isLetter || $0.isUppercase }) else { return nil }
    return agency
  }
}
