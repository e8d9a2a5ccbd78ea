import AttributionDocuments
import AttributionExtraction

/// `extract --format jsonl`'s lines, written directly as bytes: the same bytes `JSONEncoder`
/// writes for an ``ExtractionOutput`` with sorted keys and unescaped slashes (so keys are
/// written here in sorted order), without its boxing of every value on the way. JSONEncoder
/// took a sixth of `extract`'s time.
struct ExtractionJSONLine {
  /// The bytes written so far.
  private(set) var bytes: [UInt8] = []

  /// Appends `output` as one JSON object, without a newline.
  mutating func append(_ output: ExtractionOutput) {
    append("{\"attributions\":[")
    for (index, attribution) in output.attributions.enumerated() {
      if index > 0 { append(",") }
      append(attribution)
    }
    append("],\"document\":")
    append(string: output.document)
    if let metadata = output.metadata {
      append(",\"metadata\":{")
      var first = true
      for (key, value) in [("author", metadata.author), ("date", metadata.date), ("outlet", metadata.outlet), ("title", metadata.title), ("url", metadata.url)] {
        guard let value else { continue }
        bytes.append(contentsOf: (first ? "\"" : ",\"").utf8)
        bytes.append(contentsOf: key.utf8)
        append("\":")
        append(string: value)
        first = false
      }
      append("}")
    }
    append(",\"schemaVersion\":")
    append(output.schemaVersion)
    if let tier = output.tier {
      append(",\"tier\":")
      append(string: tier.rawValue)
    }
    append("}")
  }

  /// A line that stands for an input that could not be read (`--errors-as-records`): what was
  /// wrong, naming the file and line, in place of the article's output.
  mutating func appendError(_ message: String) {
    append("{\"error\":")
    append(string: message)
    append(",\"schemaVersion\":1}")
  }

  /// Ends the line.
  mutating func endLine() {
    bytes.append(UInt8(ascii: "\n"))
  }

  /// An ``AttributionRecord``: a null source written, absent extras left out.
  private mutating func append(_ attribution: Attribution) {
    append("{")
    if let channel = attribution.channel {
      append("\"channel\":")
      append(channel)
      append(",")
    }
    append("\"content\":")
    append(attribution.content)
    append(",\"cue\":")
    append(attribution.cue)
    append(",\"kind\":")
    append(string: attribution.kind.rawValue)
    append(",\"quote\":")
    append(string: attribution.quote.rawValue)
    if let recipient = attribution.recipient {
      append(",\"recipient\":")
      append(recipient)
    }
    if let relay = attribution.relay {
      append(",\"relay\":")
      append(relay)
    }
    append(",\"sentence\":[")
    append(attribution.sentence.start)
    append(",")
    append(attribution.sentence.end)
    append("],\"source\":")
    if let source = attribution.source {
      append("{\"anonymous\":")
      append(source.anonymous ? "true" : "false")
      if let entity = source.entity {
        append(",\"entity\":")
        append(string: entity)
      }
      append(",\"spans\":")
      append(source.spans)
      append(",\"text\":")
      append(string: source.text)
      append("}")
    } else {
      append("null")
    }
    append("}")
  }

  private mutating func append(_ mention: Mention) {
    append("{\"spans\":")
    append(mention.spans)
    append(",\"text\":")
    append(string: mention.text)
    append("}")
  }

  private mutating func append(_ spans: [TextSpan]) {
    append("[")
    for (index, span) in spans.enumerated() {
      append(index > 0 ? ",[" : "[")
      append(span.start)
      append(",")
      append(span.end)
      append("]")
    }
    append("]")
  }

  private mutating func append(_ number: Int) {
    bytes.append(contentsOf: String(number).utf8)
  }

  /// Appends JSON syntax (no escaping).
  private mutating func append(_ syntax: StaticString) {
    syntax.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends `text` as a JSON string, escaped as JSONEncoder escapes: quote, backslash and the
  /// control characters, with short forms where JSON has them; everything else (slashes, other
  /// Unicode) as its UTF-8.
  private mutating func append(string text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      // Most text needs no escape: it is copied whole.
      guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
        bytes.append(contentsOf: utf8)
        return
      }
      for byte in utf8 {
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        case UInt8(ascii: "\n"): append("\\n")
        case UInt8(ascii: "\r"): append("\\r")
        case UInt8(ascii: "\t"): append("\\t")
        case ..<0x20:
          let hex = Array("0123456789abcdef".utf8)
          append("\\u00")
          bytes.append(hex[Int(byte >> 4)])
          bytes.append(hex[Int(byte & 0xF)])
        default: bytes.append(byte)
        }
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
