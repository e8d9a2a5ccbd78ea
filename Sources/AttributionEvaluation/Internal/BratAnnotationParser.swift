import AttributionDocuments
import AttributionExtraction

/// Reads one BRAT standoff file of attributions; see ``BratCorpus`` for the lines it accepts.
package enum BratAnnotationParser {
  /// What one annotation file holds.
  package struct Annotations {
    var attributions: [AnnotatedAttribution]
    var incompleteEvents: [SourceLocation]
  }

  /// The roles an attribution event may give, without their numeric suffix (`Content2`).
  static let roles = ["Source", "Cue", "Content"]

  private struct Event {
    var line: Int
    var trigger: String
    var arguments: [(role: String, id: String)]
  }

  /// Parses the text of an annotation file whose offsets point into `document`; `path` names the
  /// file in errors.
  package static func parse(_ text: String, path: String, document: Document) throws -> Annotations {
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
      var line = String(String.UnicodeScalarView($0))
      if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
      return line
    }
    var spans: [String: [TextSpan]] = [:]
    var events: [Event] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      let number = index + 1
      index += 1
      let fields = line.unicodeScalars.split(separator: "\t", omittingEmptySubsequences: false)
        .map { String(String.UnicodeScalarView($0)) }
      let id = fields[0]
      if line.allSatisfy(\.isWhitespace) || id.hasPrefix("#") || isIgnored(id) { continue }
      if isIdentifier(id, prefix: "T") {
        guard fields.count >= 3, spans[id] == nil else {
          throw InputError(
            file: path, line: number,
            spans[id] == nil
              ? "expected 'T<n><TAB>Label start end<TAB>text'" : "\(id) is defined twice")
        }
        let fragments = try parseFragments(fields[1], path: path, line: number, document: document)
        let expected = fragments.map { document.text(in: $0) }.joined(separator: " ")
        let continuation = expected.unicodeScalars.filter { $0 == "\n" }.count
        guard index + continuation <= lines.count else {
          throw InputError(
            file: path, line: number, "the text of \(id) runs past the end of the file")
        }
        let written = ([fields[2...].joined(separator: "\t")] + lines[index..<index + continuation])
          .joined(separator: "\n")
        index += continuation
        guard written.unicodeScalars.elementsEqual(expected.unicodeScalars) else {
          throw InputError(
            file: path, line: number,
            "the text of \(id) (\"\(written.prefix(40))\") is not the text at its offsets (\"\(expected.prefix(40))\"); offsets must count Unicode code points, end exclusive"
          )
        }
        spans[id] = fragments
      } else if isIdentifier(id, prefix: "E") {
        events.append(try parseEvent(fields, path: path, line: number))
      } else {
        throw InputError(
          file: path, line: number,
          "not a BRAT annotation line (expected T<n>, E<n>, R<n>, A<n>, M<n>, N<n>, * or #, then a tab)"
        )
      }
    }
    var annotations = Annotations(attributions: [], incompleteEvents: [])
    for event in events {
      let location = SourceLocation(file: path, line: event.line)
      var found: [String: [TextSpan]] = [:]
      for reference in [event.trigger] + event.arguments.map(\.id) where spans[reference] == nil {
        throw InputError(
          file: path, line: event.line, "the event refers to \(reference), which is not defined")
      }
      for argument in event.arguments {
        found[argument.role, default: []].append(contentsOf: spans[argument.id]!)
      }
      guard let cue = found["Cue"], let content = found["Content"] else {
        annotations.incompleteEvents.append(location)
        continue
      }
      annotations.attributions.append(
        AnnotatedAttribution(
          source: found["Source"].map { mention($0, in: document) },
          cue: mention(cue, in: document), content: mention(content, in: document),
          location: location))
    }
    return annotations
  }

  /// A mention over `spans`, sorted and without repeats; its text joins the fragments by a space.
  static func mention(_ spans: [TextSpan], in document: Document) -> Mention {
    let sorted = Array(Set(spans)).sorted()
    return Mention(
      text: sorted.map { document.text(in: $0) }.joined(separator: " "), spans: sorted)
  }

  private static func parseFragments(
    _ field: String, path: String, line: Int, document: Document
  ) throws -> [TextSpan] {
    let words = field.split(separator: " ", maxSplits: 1)
    guard words.count == 2 else {
      throw InputError(file: path, line: line, "expected 'T<n><TAB>Label start end<TAB>text'")
    }
    return try words[1].split(separator: ";", omittingEmptySubsequences: false).map { fragment in
      let offsets = fragment.split(separator: " ").compactMap { Int($0) }
      guard offsets.count == 2, fragment.split(separator: " ").count == 2 else {
        throw InputError(
          file: path, line: line,
          "the offsets \"\(words[1])\" must be 'start end' pairs of whole numbers separated by ';'")
      }
      guard 0 <= offsets[0], offsets[0] < offsets[1], offsets[1] <= document.scalars.count else {
        throw InputError(
          file: path, line: line,
          "the span \(offsets[0])–\(offsets[1]) is empty or lies outside the text (\(document.scalars.count) code points)"
        )
      }
      return TextSpan(offsets[0], offsets[1])
    }
  }

  private static func parseEvent(_ fields: [String], path: String, line: Int) throws -> Event {
    guard fields.count == 2 else {
      throw InputError(file: path, line: line, "expected 'E<n><TAB>Type:T<n> Role:T<n> …'")
    }
    var pairs: [(String, String)] = []
    for argument in fields[1].split(separator: " ") {
      let parts = argument.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty, isIdentifier(String(parts[1]), prefix: "T") else {
        throw InputError(
          file: path, line: line, "expected 'Role:T<n>' in the event, found \"\(argument)\"")
      }
      pairs.append((String(parts[0]), String(parts[1])))
    }
    guard let trigger = pairs.first else {
      throw InputError(file: path, line: line, "the event has no trigger ('Type:T<n>')")
    }
    var arguments: [(role: String, id: String)] = []
    for (role, id) in pairs.dropFirst() {
      let base = String(role.reversed().drop(while: \.isNumber).reversed())
      guard roles.contains(base) else {
        throw InputError(
          file: path, line: line,
          "unknown role \"\(role)\" in the event (expected one of: \(roles.joined(separator: ", ")), optionally numbered)"
        )
      }
      arguments.append((base, id))
    }
    return Event(line: line, trigger: trigger.1, arguments: arguments)
  }

  /// True for `T12`-style identifiers with the given letter.
  private static func isIdentifier(_ id: String, prefix: Character) -> Bool {
    id.first == prefix && id.count > 1 && id.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// Relations, attributes, normalizations and equivalences: not part of an attribution here.
  private static func isIgnored(_ id: String) -> Bool {
    id == "*" || ["R", "A", "M", "N"].contains { isIdentifier(id, prefix: $0) }
  }
}
