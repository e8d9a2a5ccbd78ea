import AttributionDocuments
import AttributionExtraction
import Foundation
import Testing

@testable import attribution

/// `extract --format jsonl` writes its lines by hand; they must be the bytes JSONEncoder writes.
@Suite("extract's JSON lines")
struct ExtractionJSONLineTests {
  static let hostile = [
    "", "plain", "a \"quoted\" word", #"back\slash \\ \" \n"#, "a/b </script>", "tab\there",
    "new\nline\r\ncarriage\rreturn", "\u{0}\u{1}\u{7}\u{8}\u{B}\u{C}\u{1B}\u{1F}\u{7F}",
    "line\u{2028}separator\u{2029}paragraph", "emoji 🇺🇦 👩‍👩‍👧 é e\u{301}", "“curly” ‘quotes’ — ",
    "\u{FEFF}bom \u{FFFD} \u{10FFFF}",
  ]

  static func encoded(_ output: ExtractionOutput) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(output))
  }

  static func written(_ output: ExtractionOutput) -> [UInt8] {
    var line = ExtractionJSONLine()
    line.append(output)
    return line.bytes
  }

  static func mention(_ text: String, _ spans: [TextSpan] = [TextSpan(3, 9)]) -> Mention {
    Mention(text: text, spans: spans)
  }

  @Test("Hostile text in every string field", arguments: hostile)
  func hostileText(text: String) throws {
    let attribution = Attribution(
      kind: .couldNotVerify, quote: .mixed,
      source: SourceMention(text: text, spans: [TextSpan(0, 2)], entity: text, anonymous: true),
      cue: Self.mention(text), content: Self.mention(text, [TextSpan(10, 20), TextSpan(22, 1_000_000)]),
      channel: Self.mention(text), recipient: Self.mention(text), relay: Self.mention(text),
      sentence: TextSpan(0, 40))
    let output = ExtractionOutput(document: text, attributions: [attribution, attribution])
    #expect(Self.written(output) == (try Self.encoded(output)))
    let withMetadata = ExtractionOutput(
      document: text, metadata: ArticleMetadata(outlet: text, title: text, date: text, url: text, author: text),
      attributions: [attribution], tier: .accurate)
    #expect(Self.written(withMetadata) == (try Self.encoded(withMetadata)))
    #expect(String(decoding: Self.written(withMetadata), as: UTF8.self).hasSuffix(#""schemaVersion":1,"tier":"accurate"}"#))
  }

  @Test("Metadata: only the fields known, none at all when none is")
  func metadata() throws {
    let some = ExtractionOutput(document: "d", metadata: ArticleMetadata(outlet: "KBS", date: "2024-10-28"), attributions: [])
    #expect(Self.written(some) == (try Self.encoded(some)))
    #expect(String(decoding: Self.written(some), as: UTF8.self).contains(#""metadata":{"date":"2024-10-28","outlet":"KBS"}"#))
    let none = ExtractionOutput(document: "d", metadata: ArticleMetadata(), attributions: [])
    #expect(none.metadata == nil)
    #expect(!String(decoding: Self.written(none), as: UTF8.self).contains("metadata"))
  }

  @Test("An error record is the object JSONEncoder writes for the message")
  func errorRecord() throws {
    struct ErrorRecord: Encodable {
      var error: String
      var schemaVersion = 1
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    for message in Self.hostile {
      var line = ExtractionJSONLine()
      line.appendError(message)
      #expect(line.bytes == Array(try encoder.encode(ErrorRecord(error: message))))
    }
  }

  @Test("Optional parts absent: a null source, no entity, no extras, no attributions")
  func absentParts() throws {
    let bare = Attribution(
      kind: .said, quote: .direct, source: nil, cue: Self.mention("said", []),
      content: Self.mention("x"), sentence: TextSpan(0, 1))
    let unnamed = Attribution(
      kind: .denied, quote: .indirect, source: SourceMention(text: "an official", spans: []),
      cue: Self.mention("denied"), content: Self.mention("it"), recipient: Self.mention("KBS"),
      sentence: TextSpan(0, 1))
    for attributions in [[], [bare], [unnamed, bare]] {
      let output = ExtractionOutput(document: "doc", attributions: attributions)
      #expect(Self.written(output) == (try Self.encoded(output)))
    }
  }
}
