import AttributionDocuments
import Foundation
import Testing

@testable import AttributionEvaluation
import AttributionExtraction

/// The folder of a BRAT fixture corpus.
func bratFixture(_ name: String) -> URL {
  Bundle.module.resourceURL!.appendingPathComponent("Fixtures/brat/\(name)")
}

@Suite struct EvaluationBratCorpusTests {
  @Test func readsSpansRolesAndSources() throws {
    let corpus = try BratCorpus.read(directory: bratFixture("tiny"))
    #expect(corpus.documents.map(\.document.id) == ["a", "b"])
    let a = corpus.documents[0]
    #expect(a.attributions.map(\.cue.text) == ["said", "told", "was reported"])
    #expect(a.attributions.map { $0.source?.text } == ["Officials", "the mayor", nil])
    #expect(a.attributions[1].content.text == "“It will reopen soon,”")
    #expect(a.attributions[1].content.spans == [TextSpan(38, 60)])
    #expect(a.attributions[2].location.line == 14)
  }

  @Test func severalAnnotatorsScoreAgainstTheFirstInSortedOrder() throws {
    let a = try BratCorpus.read(directory: bratFixture("tiny")).documents[0]
    #expect(a.annotators == ["a1f0", "b2c3"])
    #expect(a.annotationFile.hasSuffix("attributions/a_a1f0.ann"))
    #expect(a.attributions.count == 3)
  }

  @Test func discontinuousSpansMultiLineTextAndTriggerOnlyEvents() throws {
    let b = try BratCorpus.read(directory: bratFixture("tiny")).documents[1]
    #expect(b.attributions.count == 1)
    #expect(b.attributions[0].content.spans == [TextSpan(1, 18), TextSpan(40, 63)])
    #expect(b.attributions[0].content.text == "The talks failed, and we will not return.")
    #expect(b.incompleteEvents.map(\.line) == [10])
  }

  @Test func limitReadsTheFirstTexts() throws {
    let corpus = try BratCorpus.read(directory: bratFixture("tiny"), limit: 1)
    #expect(corpus.documents.map(\.document.id) == ["a"])
    #expect(corpus.attributionCount == 3)
  }

  @Test func malformedLineNamesFileAndLine() throws {
    let error = #expect(throws: InputError.self) {
      try BratCorpus.read(directory: bratFixture("malformed"))
    }
    #expect(error?.file.hasSuffix("brat/malformed/attributions/m_a1f0.ann") == true)
    #expect(error?.line == 3)
    #expect(error?.description.contains("m_a1f0.ann:3: the offsets") == true)
  }

  @Test func folderWithoutTextAndAttributionsIsNotACorpus() {
    let error = #expect(throws: InputError.self) {
      try BratCorpus.read(directory: bratFixture("notacorpus"))
    }
    #expect(error?.message.hasPrefix("not a BRAT corpus") == true)
  }

  @Test(arguments: [
    ("T1\tCue 0 4", 1, "expected 'T<n><TAB>Label start end<TAB>text'"),
    ("T1\tCue 0 4\tThe \nT1\tCue 4 8\tsaid", 2, "T1 is defined twice"),
    ("T1\tCue 4 99\tsaid", 1, "lies outside the text"),
    ("T1\tCue 8 4\tsaid", 1, "is empty or lies outside"),
    ("T1\tCue 0 4;\tThe ", 1, "must be 'start end' pairs"),
    ("T1\tCue 4 8\tsays", 1, "is not the text at its offsets"),
    ("T1\tCue 4 8\tsaid\nE1\tAttribution:T1 Cue:T1 Content:T7", 2, "refers to T7"),
    ("T1\tCue 4 8\tsaid\nE1\tAttribution:T1 Speaker:T1", 2, "unknown role \"Speaker\""),
    ("T1\tCue 4 8\tsaid\nE1\tAttribution:T1 Cue=T1", 2, "expected 'Role:T<n>'"),
    ("T1\tCue 4 8\tsaid\n\nE1 Attribution:T1", 3, "not a BRAT annotation line"),
  ])
  func malformedAnnotationLines(ann: String, line: Int, message: String) {
    let document = Document(id: "x", text: "The said thing.")
    let error = #expect(throws: InputError.self) {
      try BratAnnotationParser.parse(ann, path: "x_a.ann", document: document)
    }
    #expect(error?.file == "x_a.ann")
    #expect(error?.line == line)
    #expect(error?.message.contains(message) == true, "\(String(describing: error))")
  }

  @Test func ignoresNotesRelationsAndCarriageReturns() throws {
    let document = Document(id: "x", text: "He said it.")
    let ann =
      "T1\tSource 0 2\tHe\r\nT2\tCue 3 7\tsaid\r\n#1\tAnnotatorNotes T1\tok\r\nR1\tLink Arg1:T1 Arg2:T2\r\n"
      + "T3\tContent 8 10\tit\r\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\r\n"
    let parsed = try BratAnnotationParser.parse(ann, path: "x_a.ann", document: document)
    #expect(parsed.attributions.map(\.content.text) == ["it"])
    #expect(parsed.attributions.map { $0.source?.text } == ["He"])
  }

  @Test func numberedContentRolesAreJoined() throws {
    let document = Document(id: "x", text: "He said it and that.")
    let ann = """
      T1\tCue 3 7\tsaid
      T2\tContent 8 10\tit
      T3\tContent 15 19\tthat
      E1\tAttribution:T1 Cue:T1 Content:T2 Content2:T3
      """
    let parsed = try BratAnnotationParser.parse(ann, path: "x_a.ann", document: document)
    #expect(parsed.attributions.first?.content.spans == [TextSpan(8, 10), TextSpan(15, 19)])
    #expect(parsed.attributions.first?.source == nil)
  }
}
