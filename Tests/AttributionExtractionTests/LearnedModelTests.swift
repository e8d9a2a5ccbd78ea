@testable import AttributionExtraction
import AttributionDocuments
import Testing

@Suite("The learned model with the rules")
struct LearnedModelTests {
  let text = """
    An unnamed senior Ukrainian intelligence official had also confirmed the report to the Financial Times on Monday, but had declined to provide further details.

    Zelensky has since pleaded for western allies to step up the response to the increasing partnership.
    """

  @Test func theModelShipsWithTheLibrary() {
    #expect(AttributionModel.bundled != nil)
  }

  @Test func theModelFindsCuesTheRulesDoNot() {
    let document = Document(id: "seed", text: text)
    let learned = AttributionExtractor().attributions(in: document)
    let rules = AttributionExtractor(model: nil).attributions(in: document)
    #expect(learned.contains { $0.cue.text.contains("pleaded") })
    #expect(!rules.contains { $0.cue.text.contains("pleaded") })
  }

  @Test func theRulesKeepConfirmationsAndCouldNotVerify() {
    let found = AttributionExtractor().attributions(in: Document(id: "seed", text: text))
    let confirmed = found.first { $0.kind == .confirmed }
    #expect(confirmed?.source?.text == "An unnamed senior Ukrainian intelligence official")
    #expect(confirmed?.source?.anonymous == true)
    #expect(confirmed?.recipient?.text == "the Financial Times")
    #expect(found.contains { $0.kind == .couldNotVerify && $0.cue.text == "declined" })
  }

  @Test func theModelReadsBackWhatItWrites() {
    guard let model = AttributionModel.bundled else {
      Issue.record("no bundled model")
      return
    }
    let copy = AttributionModel(data: model.data)
    #expect(copy?.data == model.data)
    #expect(AttributionModel(data: model.data.prefix(100)) == nil)
  }

  @Test func aModelReadFromItsFileKeepsOnlyWhatExtractionReads() throws {
    let model = try #require(AttributionModel.bundled)
    // The Int16 tables are what the taggers score with; Float copies would add 10 MB.
    #expect(model.cue.weights.isEmpty && model.role.weights.isEmpty)
    #expect(model.syntax?.partOfSpeechTagger.weights.isEmpty == true)
    #expect(model.syntax?.dependencyTagger.weights.isEmpty == true)
    #expect(model.cueTable.raw.count == model.cue.buckets * 3 && model.roleTable.raw.count == model.role.buckets * 5)
  }
}
